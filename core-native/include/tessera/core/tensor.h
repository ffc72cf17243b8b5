// A strided view over shared storage. Copying a Tensor copies the view, never the data.
#pragma once
#include <cstdint>
#include <memory>

#include "tessera/core/dtype.h"
#include "tessera/core/shape.h"
#include "tessera/core/storage.h"

namespace tsr {

struct AutogradMeta;

class Tensor {
 public:
  Tensor() = default;
  // New contiguous tensor with uninitialized (empty) or zeroed (zeros) memory.
  static Tensor empty(DType dtype, const Shape& shape);
  static Tensor zeros(DType dtype, const Shape& shape);
  // Contiguous tensor over caller memory; see Storage::wrap.
  static Tensor wrap(DType dtype, const Shape& shape, void* data, ExternalDeleter deleter, void* user);
  // Contiguous tensor at `byte_offset` inside existing storage (a slot of a planned arena).
  // The offset must be a multiple of the item size and the view must fit.
  static Tensor over(std::shared_ptr<Storage> storage, DType dtype, const Shape& shape, size_t byte_offset);
  // Shape and dtype only, no storage: what shape inference reads (defined() is false).
  static Tensor meta(DType dtype, const Shape& shape);

  DType dtype() const { return dtype_; }
  const Shape& shape() const { return shape_; }
  int ndim() const { return shape_.ndim; }
  int64_t dim(int i) const { return shape_.d[i]; }
  const int64_t* strides() const { return strides_; }
  int64_t offset() const { return offset_; }
  int64_t numel() const { return shape_.numel(); }
  size_t itemsize() const { return dtype_size(dtype_); }
  const std::shared_ptr<Storage>& storage() const { return storage_; }
  bool defined() const { return storage_ != nullptr; }
  bool is_contiguous() const;

  // Address of the first element of this view.
  void* data() const { return static_cast<char*>(storage_->data()) + offset_ * itemsize(); }
  template <typename T> T* data_as() const { return static_cast<T*>(data()); }

  // Views (no copy).
  Tensor as_strided(const Shape& shape, const int64_t* strides, int64_t offset) const;
  Tensor permute(const int* perm) const;
  // Reshape: a view when the layout allows it, else a contiguous copy.
  Tensor reshape(const Shape& shape) const;
  // Same data, contiguous: `*this` when already contiguous, else a copy.
  Tensor contiguous() const;
  // Copies the elements of `src` (same shape and dtype, any strides) into this tensor.
  void copy_from(const Tensor& src);
  // Copies the elements in row-major order to `dst` (numel * itemsize bytes).
  void copy_to(void* dst) const;

  // Autograd bookkeeping (see autograd.h); null for tensors off the tape.
  const std::shared_ptr<AutogradMeta>& autograd_meta() const { return meta_; }
  void set_autograd_meta(std::shared_ptr<AutogradMeta> m) { meta_ = std::move(m); }
  // The same view without autograd bookkeeping.
  Tensor without_autograd() const {
    Tensor t = *this;
    t.meta_.reset();
    return t;
  }

 private:
  std::shared_ptr<Storage> storage_;
  DType dtype_ = DType::Float32;
  Shape shape_;
  int64_t strides_[kMaxDims] = {};
  int64_t offset_ = 0;
  std::shared_ptr<AutogradMeta> meta_;
};

}  // namespace tsr
