// DLPack export/import through the C API (tsr_tensor_to_dlpack / tsr_tensor_from_dlpack): the
// memory is shared both ways, strides survive, deleters run exactly once, bad input is a status.
#include <dlpack/dlpack.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "tessera/c_api.h"

namespace {

// A producer-side DLManagedTensor over caller memory that counts its deleter calls.
struct Producer {
  DLManagedTensor managed{};
  std::vector<int64_t> shape, strides;
  int* deleted = nullptr;

  static void deleter(DLManagedTensor* m) {
    auto* p = static_cast<Producer*>(m->manager_ctx);
    ++*p->deleted;
  }

  Producer(void* data, DLDataType dtype, std::vector<int64_t> s, std::vector<int64_t> st, int* counter)
      : shape(std::move(s)), strides(std::move(st)), deleted(counter) {
    DLTensor& d = managed.dl_tensor;
    d.data = data;
    d.device = DLDevice{kDLCPU, 0};
    d.ndim = static_cast<int>(shape.size());
    d.dtype = dtype;
    d.shape = shape.data();
    d.strides = strides.empty() ? nullptr : strides.data();
    d.byte_offset = 0;
    managed.manager_ctx = this;
    managed.deleter = &Producer::deleter;
  }
};

constexpr DLDataType kF32{kDLFloat, 32, 1};

std::vector<float> values(const tsr_tensor* t) {
  int64_t n = 0;
  EXPECT_EQ(tsr_tensor_numel(t, &n), TSR_OK);
  std::vector<float> out(static_cast<size_t>(n));
  EXPECT_EQ(tsr_tensor_copy_to(t, out.data(), out.size() * sizeof(float)), TSR_OK);
  return out;
}

tsr_tensor* invoke1(const char* name, std::vector<const tsr_tensor*> in) {
  const tsr_op* op;
  EXPECT_EQ(tsr_op_lookup(name, &op), TSR_OK);
  tsr_tensor* out[1] = {nullptr};
  int32_t n = 0;
  EXPECT_EQ(tsr_op_invoke(op, in.data(), static_cast<int32_t>(in.size()), nullptr, 0, out, 1, &n), TSR_OK);
  return out[0];
}

}  // namespace

TEST(DLPack, ExportSharesMemoryAndOutlivesTheHandle) {
  float data[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, shape, 2, data, sizeof data, &x), TSR_OK);
  void* raw = nullptr;
  ASSERT_EQ(tsr_tensor_to_dlpack(x, &raw), TSR_OK);
  auto* m = static_cast<DLManagedTensor*>(raw);
  void* px;
  tsr_tensor_data(x, &px);
  EXPECT_EQ(m->dl_tensor.data, px);
  EXPECT_EQ(m->dl_tensor.device.device_type, kDLCPU);
  EXPECT_EQ(m->dl_tensor.ndim, 2);
  EXPECT_EQ(m->dl_tensor.shape[0], 2);
  EXPECT_EQ(m->dl_tensor.shape[1], 3);
  EXPECT_EQ(m->dl_tensor.strides[0], 3);
  EXPECT_EQ(m->dl_tensor.strides[1], 1);
  EXPECT_EQ(m->dl_tensor.dtype.code, kDLFloat);
  EXPECT_EQ(m->dl_tensor.dtype.bits, 32);
  EXPECT_EQ(m->dl_tensor.dtype.lanes, 1);
  EXPECT_EQ(m->dl_tensor.byte_offset, 0u);
  tsr_tensor_release(x);  // the managed tensor keeps the storage alive
  EXPECT_EQ(static_cast<float*>(m->dl_tensor.data)[5], 6);
  m->deleter(m);
}

TEST(DLPack, ExportOfAViewKeepsItsStrides) {
  float data[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, shape, 2, data, sizeof data, &x), TSR_OK);
  tsr_tensor* t = invoke1("transpose", {x});
  void* raw = nullptr;
  ASSERT_EQ(tsr_tensor_to_dlpack(t, &raw), TSR_OK);
  auto* m = static_cast<DLManagedTensor*>(raw);
  EXPECT_EQ(m->dl_tensor.shape[0], 3);
  EXPECT_EQ(m->dl_tensor.shape[1], 2);
  EXPECT_EQ(m->dl_tensor.strides[0], 1);
  EXPECT_EQ(m->dl_tensor.strides[1], 3);
  m->deleter(m);
  tsr_tensor_release(t);
  tsr_tensor_release(x);
}

TEST(DLPack, BoolExportsAsKDLBool) {
  uint8_t data[2] = {1, 0};
  int64_t shape[1] = {2};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_BOOL, shape, 1, data, sizeof data, &x), TSR_OK);
  void* raw = nullptr;
  ASSERT_EQ(tsr_tensor_to_dlpack(x, &raw), TSR_OK);
  auto* m = static_cast<DLManagedTensor*>(raw);
  EXPECT_EQ(m->dl_tensor.dtype.code, 6);  // kDLBool
  EXPECT_EQ(m->dl_tensor.dtype.bits, 8);
  m->deleter(m);
  tsr_tensor_release(x);
}

TEST(DLPack, ImportIsZeroCopyAndDeletesOnce) {
  int deleted = 0;
  float buf[4] = {1, 2, 3, 4};
  auto* p = new Producer(buf, kF32, {4}, {}, &deleted);
  tsr_tensor* t = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(&p->managed, &t), TSR_OK);
  void* pt;
  tsr_tensor_data(t, &pt);
  EXPECT_EQ(pt, buf);
  buf[2] = 30;  // writes through
  EXPECT_EQ(values(t), (std::vector<float>{1, 2, 30, 4}));
  tsr_tensor* y = invoke1("neg", {t});
  tsr_tensor_release(t);
  EXPECT_EQ(deleted, 1);
  EXPECT_EQ(values(y), (std::vector<float>{-1, -2, -30, -4}));
  tsr_tensor_release(y);
  EXPECT_EQ(deleted, 1);
  delete p;
}

TEST(DLPack, ImportKeepsStridesOfATransposedView) {
  int deleted = 0;
  // A 2x3 row-major buffer seen as its 3x2 transpose: strides {1, 3}.
  float buf[6] = {1, 2, 3, 4, 5, 6};
  Producer p(buf, kF32, {3, 2}, {1, 3}, &deleted);
  tsr_tensor* t = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(&p.managed, &t), TSR_OK);
  int32_t contig = 1;
  tsr_tensor_is_contiguous(t, &contig);
  EXPECT_EQ(contig, 0);
  EXPECT_EQ(values(t), (std::vector<float>{1, 4, 2, 5, 3, 6}));
  tsr_tensor* s = invoke1("add", {t, t});
  EXPECT_EQ(values(s), (std::vector<float>{2, 8, 4, 10, 6, 12}));
  tsr_tensor_release(s);
  tsr_tensor_release(t);
  EXPECT_EQ(deleted, 1);
}

TEST(DLPack, ImportNegativeAndZeroStrides) {
  int deleted = 0;
  float buf[4] = {1, 2, 3, 4};
  // Reversed: first element is buf[3], stride -1.
  Producer rev(buf, kF32, {4}, {-1}, &deleted);
  rev.managed.dl_tensor.byte_offset = 3 * sizeof(float);
  tsr_tensor* r = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(&rev.managed, &r), TSR_OK);
  EXPECT_EQ(values(r), (std::vector<float>{4, 3, 2, 1}));
  // Broadcast: a row repeated twice, stride 0.
  Producer bc(buf, kF32, {2, 2}, {0, 1}, &deleted);
  tsr_tensor* b = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(&bc.managed, &b), TSR_OK);
  EXPECT_EQ(values(b), (std::vector<float>{1, 2, 1, 2}));
  tsr_tensor_release(r);
  tsr_tensor_release(b);
  EXPECT_EQ(deleted, 2);
}

TEST(DLPack, RoundTripSharesTheSameMemory) {
  float data[3] = {7, 8, 9};
  int64_t shape[1] = {3};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, shape, 1, data, sizeof data, &x), TSR_OK);
  void* raw = nullptr;
  ASSERT_EQ(tsr_tensor_to_dlpack(x, &raw), TSR_OK);
  tsr_tensor* y = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(raw, &y), TSR_OK);  // y now owns the managed tensor
  void *px, *py;
  tsr_tensor_data(x, &px);
  tsr_tensor_data(y, &py);
  EXPECT_EQ(px, py);
  tsr_tensor_release(x);
  EXPECT_EQ(values(y), (std::vector<float>{7, 8, 9}));
  tsr_tensor_release(y);
}

TEST(DLPack, EmptyTensorHandsTheMemoryBackAtOnce) {
  int deleted = 0;
  Producer p(nullptr, kF32, {0, 3}, {}, &deleted);
  tsr_tensor* t = nullptr;
  ASSERT_EQ(tsr_tensor_from_dlpack(&p.managed, &t), TSR_OK);
  EXPECT_EQ(deleted, 1);
  int64_t n = -1;
  tsr_tensor_numel(t, &n);
  EXPECT_EQ(n, 0);
  tsr_tensor_release(t);
  EXPECT_EQ(deleted, 1);
}

TEST(DLPack, BadInputIsAStatusAndTheCallerKeepsOwnership) {
  int deleted = 0;
  float buf[4] = {1, 2, 3, 4};
  tsr_tensor* t = nullptr;
  EXPECT_EQ(tsr_tensor_from_dlpack(nullptr, &t), TSR_ERR_INVALID_ARGUMENT);
  Producer ok(buf, kF32, {4}, {}, &deleted);
  EXPECT_EQ(tsr_tensor_from_dlpack(&ok.managed, nullptr), TSR_ERR_INVALID_ARGUMENT);

  Producer half(buf, DLDataType{kDLFloat, 16, 1}, {4}, {}, &deleted);
  EXPECT_EQ(tsr_tensor_from_dlpack(&half.managed, &t), TSR_ERR_UNSUPPORTED);
  EXPECT_NE(std::string(tsr_last_error()).find("16 bits"), std::string::npos);
  EXPECT_STREQ(tsr_last_error_arg(), "managed");

  Producer gpu(buf, kF32, {4}, {}, &deleted);
  gpu.managed.dl_tensor.device.device_type = kDLCUDA;
  EXPECT_EQ(tsr_tensor_from_dlpack(&gpu.managed, &t), TSR_ERR_UNSUPPORTED);

  Producer misaligned(buf, kF32, {2}, {}, &deleted);
  misaligned.managed.dl_tensor.byte_offset = 2;
  EXPECT_EQ(tsr_tensor_from_dlpack(&misaligned.managed, &t), TSR_ERR_INVALID_ARGUMENT);

  Producer deep(buf, kF32, std::vector<int64_t>(9, 1), {}, &deleted);
  EXPECT_EQ(tsr_tensor_from_dlpack(&deep.managed, &t), TSR_ERR_INVALID_ARGUMENT);

  Producer negative(buf, kF32, {-2}, {}, &deleted);
  EXPECT_EQ(tsr_tensor_from_dlpack(&negative.managed, &t), TSR_ERR_INVALID_ARGUMENT);

  EXPECT_EQ(t, nullptr);
  EXPECT_EQ(deleted, 0);  // no deleter ran on any failure

  void* raw = reinterpret_cast<void*>(1);
  EXPECT_EQ(tsr_tensor_to_dlpack(nullptr, &raw), TSR_ERR_INVALID_HANDLE);
  EXPECT_EQ(raw, nullptr);
}
