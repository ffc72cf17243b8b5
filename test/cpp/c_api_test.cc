// The C boundary: statuses, thread-local error text, handles and zero-copy memory.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <thread>

#include "tessera/c_api.h"

TEST(CApi, VersionAndRegistry) {
  EXPECT_EQ(tsr_api_version(), TSR_API_VERSION);
  EXPECT_GE(tsr_op_count(), 30);
  EXPECT_NE(std::string(tsr_registry_json()).find("\"ops\""), std::string::npos);
  EXPECT_EQ(std::strlen(tsr_registry_hash()), 16u);
}

TEST(CApi, UnknownOperatorIsNotFound) {
  const tsr_op* op = reinterpret_cast<const tsr_op*>(1);
  EXPECT_EQ(tsr_op_lookup("no_such_op", &op), TSR_ERR_NOT_FOUND);
  EXPECT_EQ(op, nullptr);
  EXPECT_NE(std::string(tsr_last_error()).find("no_such_op"), std::string::npos);
  EXPECT_EQ(tsr_last_error_status(), TSR_ERR_NOT_FOUND);
}

TEST(CApi, InvokeWithAttributesAndErrors) {
  const tsr_op* sum;
  ASSERT_EQ(tsr_op_lookup("sum", &sum), TSR_OK);
  int32_t slot, type;
  ASSERT_EQ(tsr_op_attr_index(sum, "axes", &slot, &type), TSR_OK);
  EXPECT_EQ(type, TSR_ATTR_INTS);
  float data[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, shape, 2, data, sizeof data, &x), TSR_OK);
  int64_t axes[1] = {0};
  tsr_attr a{};
  a.slot = slot;
  a.type = TSR_ATTR_INTS;
  a.ints = axes;
  a.count = 1;
  tsr_tensor* out[1];
  int32_t n = 0;
  const tsr_tensor* in[1] = {x};
  ASSERT_EQ(tsr_op_invoke(sum, in, 1, &a, 1, out, 1, &n), TSR_OK);
  ASSERT_EQ(n, 1);
  float got[3];
  ASSERT_EQ(tsr_tensor_copy_to(out[0], got, sizeof got), TSR_OK);
  EXPECT_EQ(got[0], 5);
  EXPECT_EQ(got[2], 9);
  tsr_tensor_release(out[0]);

  axes[0] = 5;
  EXPECT_EQ(tsr_op_invoke(sum, in, 1, &a, 1, out, 1, &n), TSR_ERR_INVALID_ATTRIBUTE);
  EXPECT_STREQ(tsr_last_error_op(), "sum");
  EXPECT_STREQ(tsr_last_error_arg(), "axes");
  EXPECT_EQ(n, 0);
  tsr_tensor_release(x);
}

TEST(CApi, BadArgumentsNeverCrash) {
  tsr_tensor* t = nullptr;
  EXPECT_EQ(tsr_tensor_create(static_cast<tsr_dtype>(99), nullptr, 0, nullptr, 0, &t), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, nullptr, 9, nullptr, 0, &t), TSR_ERR_INVALID_ARGUMENT);
  int64_t neg[1] = {-1};
  EXPECT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, neg, 1, nullptr, 0, &t), TSR_ERR_INVALID_ARGUMENT);
  float d[2] = {1, 2};
  int64_t s[1] = {3};
  EXPECT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, s, 1, d, sizeof d, &t), TSR_ERR_INVALID_ARGUMENT);
  EXPECT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT32, s, 1, nullptr, 0, nullptr), TSR_ERR_INVALID_ARGUMENT);
  int32_t nd;
  EXPECT_EQ(tsr_tensor_ndim(nullptr, &nd), TSR_ERR_INVALID_HANDLE);
  EXPECT_EQ(tsr_op_invoke(nullptr, nullptr, 0, nullptr, 0, nullptr, 0, &nd), TSR_ERR_INVALID_HANDLE);
  tsr_tensor_release(nullptr);  // accepted
}

TEST(CApi, ExternalMemoryIsSharedAndReturnedOnce) {
  static int freed = 0;
  freed = 0;
  float buf[4] = {1, 2, 3, 4};
  int64_t shape[1] = {4};
  tsr_tensor* t;
  ASSERT_EQ(tsr_tensor_from_external(TSR_DTYPE_FLOAT32, shape, 1, buf, sizeof buf,
                                     [](void*, void* u) { ++*static_cast<int*>(u); }, &freed, &t),
            TSR_OK);
  void* p;
  ASSERT_EQ(tsr_tensor_data(t, &p), TSR_OK);
  EXPECT_EQ(p, buf);
  buf[0] = 42;  // writes through
  float got[4];
  tsr_tensor_copy_to(t, got, sizeof got);
  EXPECT_EQ(got[0], 42);
  ASSERT_EQ(tsr_tensor_retain(t), TSR_OK);
  tsr_tensor_release(t);
  EXPECT_EQ(freed, 0);
  tsr_tensor_release(t);
  EXPECT_EQ(freed, 1);
}

TEST(CApi, ErrorTextIsThreadLocal) {
  const tsr_op* op;
  tsr_op_lookup("missing_here", &op);
  std::thread([] {
    EXPECT_STREQ(tsr_last_error(), "");
    const tsr_op* o;
    tsr_op_lookup("other_missing", &o);
    EXPECT_NE(std::string(tsr_last_error()).find("other_missing"), std::string::npos);
  }).join();
  EXPECT_NE(std::string(tsr_last_error()).find("missing_here"), std::string::npos);
}

TEST(CApi, ViewOutputsShareStorage) {
  const tsr_op* tr;
  ASSERT_EQ(tsr_op_lookup("transpose", &tr), TSR_OK);
  float data[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  tsr_tensor* x;
  tsr_tensor_create(TSR_DTYPE_FLOAT32, shape, 2, data, sizeof data, &x);
  const tsr_tensor* in[1] = {x};
  tsr_tensor* out[1];
  int32_t n;
  ASSERT_EQ(tsr_op_invoke(tr, in, 1, nullptr, 0, out, 1, &n), TSR_OK);
  void *px, *py;
  tsr_tensor_data(x, &px);
  tsr_tensor_data(out[0], &py);
  EXPECT_EQ(px, py);
  int32_t contig;
  tsr_tensor_is_contiguous(out[0], &contig);
  EXPECT_EQ(contig, 0);
  int64_t st[2];
  int32_t nd;
  tsr_tensor_strides(out[0], st, 2, &nd);
  EXPECT_EQ(st[0], 1);
  EXPECT_EQ(st[1], 3);
  tsr_tensor_release(x);  // the view keeps the storage alive
  float got[6];
  ASSERT_EQ(tsr_tensor_copy_to(out[0], got, sizeof got), TSR_OK);
  EXPECT_EQ(got[1], 4);
  tsr_tensor_release(out[0]);
}

TEST(CApi, AutogradThroughHandles) {
  const tsr_op *mul, *sum;
  ASSERT_EQ(tsr_op_lookup("mul", &mul), TSR_OK);
  ASSERT_EQ(tsr_op_lookup("sum", &sum), TSR_OK);
  double data[3] = {1, 2, 3};
  int64_t shape[1] = {3};
  tsr_tensor* x;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_FLOAT64, shape, 1, data, sizeof data, &x), TSR_OK);
  ASSERT_EQ(tsr_tensor_attach_grad(x), TSR_OK);
  int32_t prev = -1;
  ASSERT_EQ(tsr_autograd_set_recording(1, &prev), TSR_OK);
  EXPECT_EQ(prev, 0);
  const tsr_tensor* in[2] = {x, x};
  tsr_tensor *sq, *y;
  int32_t n;
  ASSERT_EQ(tsr_op_invoke(mul, in, 2, nullptr, 0, &sq, 1, &n), TSR_OK);
  const tsr_tensor* in2[1] = {sq};
  ASSERT_EQ(tsr_op_invoke(sum, in2, 1, nullptr, 0, &y, 1, &n), TSR_OK);
  tsr_autograd_set_recording(prev, nullptr);
  EXPECT_EQ(tsr_autograd_is_recording(), 0);
  const tsr_tensor* heads[1] = {y};
  ASSERT_EQ(tsr_autograd_backward(heads, 1, nullptr), TSR_OK);
  tsr_tensor* g;
  ASSERT_EQ(tsr_tensor_grad(x, &g), TSR_OK);
  ASSERT_NE(g, nullptr);
  double got[3];
  ASSERT_EQ(tsr_tensor_copy_to(g, got, sizeof got), TSR_OK);
  EXPECT_EQ(got[0], 2);
  EXPECT_EQ(got[2], 6);
  tsr_tensor_release(g);
  ASSERT_EQ(tsr_tensor_zero_grad(x), TSR_OK);
  ASSERT_EQ(tsr_tensor_grad(x, &g), TSR_OK);
  EXPECT_EQ(g, nullptr);
  int32_t ints[1] = {0};
  tsr_tensor* xi;
  ASSERT_EQ(tsr_tensor_create(TSR_DTYPE_INT32, shape, 1, nullptr, 0, &xi), TSR_OK);
  EXPECT_EQ(tsr_tensor_attach_grad(xi), TSR_ERR_DTYPE_MISMATCH);
  (void)ints;
  for (tsr_tensor* t : {x, sq, y, xi}) tsr_tensor_release(t);
}
