#include "tessera/core/tensor.h"

#include <cstring>

#include "tessera/core/strided_loop.h"

namespace tsr {

static size_t checked_nbytes(DType dtype, const Shape& shape) {
  // Refuse sizes whose byte count would overflow before asking the allocator.
  unsigned __int128 n = dtype_size(dtype);
  for (int i = 0; i < shape.ndim; ++i) {
    n *= static_cast<uint64_t>(shape.d[i]);
    if (n > (static_cast<unsigned __int128>(1) << 47))
      fail(Status::OutOfMemory, "tensor of shape " + shape.str() + " is too large to allocate");
  }
  return static_cast<size_t>(n);
}

Tensor Tensor::empty(DType dtype, const Shape& shape) {
  Tensor t;
  t.storage_ = Storage::allocate(checked_nbytes(dtype, shape));
  t.dtype_ = dtype;
  t.shape_ = shape;
  contiguous_strides(shape, t.strides_);
  return t;
}

Tensor Tensor::zeros(DType dtype, const Shape& shape) {
  Tensor t = empty(dtype, shape);
  std::memset(t.data(), 0, t.numel() * t.itemsize());
  return t;
}

Tensor Tensor::wrap(DType dtype, const Shape& shape, void* data, ExternalDeleter deleter, void* user) {
  Tensor t;
  t.storage_ = Storage::wrap(data, checked_nbytes(dtype, shape), deleter, user);
  t.dtype_ = dtype;
  t.shape_ = shape;
  contiguous_strides(shape, t.strides_);
  return t;
}

Tensor Tensor::over(std::shared_ptr<Storage> storage, DType dtype, const Shape& shape, size_t byte_offset) {
  const size_t nbytes = checked_nbytes(dtype, shape);
  if (!storage || byte_offset % dtype_size(dtype) != 0 || byte_offset + nbytes > storage->nbytes())
    fail(Status::Internal, "tensor of shape " + shape.str() + " does not fit its storage slot");
  Tensor t;
  t.storage_ = std::move(storage);
  t.dtype_ = dtype;
  t.shape_ = shape;
  t.offset_ = static_cast<int64_t>(byte_offset / dtype_size(dtype));
  contiguous_strides(shape, t.strides_);
  return t;
}

Tensor Tensor::meta(DType dtype, const Shape& shape) {
  Tensor t;
  t.dtype_ = dtype;
  t.shape_ = shape;
  contiguous_strides(shape, t.strides_);
  return t;
}

bool Tensor::is_contiguous() const {
  if (numel() == 0) return true;  // no element to lay out (and reshape must not recurse on it)
  int64_t expect = 1;
  for (int i = ndim() - 1; i >= 0; --i) {
    if (shape_.d[i] != 1 && strides_[i] != expect) return false;
    expect *= shape_.d[i];
  }
  return true;
}

Tensor Tensor::as_strided(const Shape& shape, const int64_t* strides, int64_t offset) const {
  Tensor t = *this;
  t.shape_ = shape;
  for (int i = 0; i < shape.ndim; ++i) t.strides_[i] = strides[i];
  t.offset_ = offset;
  return t;
}

Tensor Tensor::permute(const int* perm) const {
  Tensor t = *this;
  for (int i = 0; i < ndim(); ++i) {
    t.shape_.d[i] = shape_.d[perm[i]];
    t.strides_[i] = strides_[perm[i]];
  }
  return t;
}

Tensor Tensor::reshape(const Shape& shape) const {
  if (is_contiguous()) {
    Tensor t = *this;
    t.shape_ = shape;
    contiguous_strides(shape, t.strides_);
    return t;
  }
  return contiguous().reshape(shape);
}

Tensor Tensor::contiguous() const {
  if (is_contiguous()) return *this;
  Tensor t = empty(dtype_, shape_);
  t.copy_from(*this);
  return t;
}

void Tensor::copy_from(const Tensor& src) {
  StridedOperands<2> ops;
  ops.base = {static_cast<char*>(data()), static_cast<char*>(src.data())};
  broadcast_byte_strides(*this, shape_, ops.strides[0].data());
  broadcast_byte_strides(src, shape_, ops.strides[1].data());
  const size_t isz = itemsize();
  for_each_row<2>(shape_, ops, [isz](const std::array<char*, 2>& p, const std::array<int64_t, 2>& st, int64_t n) {
    if (st[0] == static_cast<int64_t>(isz) && st[1] == static_cast<int64_t>(isz)) {
      std::memcpy(p[0], p[1], n * isz);
      return;
    }
    char* d = p[0];
    const char* s = p[1];
    for (int64_t i = 0; i < n; ++i, d += st[0], s += st[1]) std::memcpy(d, s, isz);
  });
}

void Tensor::copy_to(void* dst) const {
  if (is_contiguous()) {
    std::memcpy(dst, data(), numel() * itemsize());
    return;
  }
  Tensor out = Tensor::wrap(dtype_, shape_, dst, nullptr, nullptr);
  out.copy_from(*this);
}

}  // namespace tsr
