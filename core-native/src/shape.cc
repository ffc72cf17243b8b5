#include "tessera/core/shape.h"

namespace tsr {

Shape::Shape(std::initializer_list<int64_t> dims) {
  if (dims.size() > kMaxDims) fail(Status::InvalidArgument, "tensors have at most 8 dimensions");
  for (int64_t v : dims) d[ndim++] = v;
}

Shape Shape::of(const int64_t* dims, int64_t n, const char* arg) {
  if (n < 0 || n > kMaxDims)
    fail(Status::InvalidArgument, "tensors have at most 8 dimensions, got " + std::to_string(n), arg);
  Shape s;
  for (int64_t i = 0; i < n; ++i) {
    if (dims[i] < 0)
      fail(Status::InvalidArgument, "dimension " + std::to_string(i) + " is negative (" + std::to_string(dims[i]) + ")", arg);
    s.d[s.ndim++] = dims[i];
  }
  return s;
}

int64_t Shape::numel() const {
  int64_t n = 1;
  for (int i = 0; i < ndim; ++i) n *= d[i];
  return n;
}

bool Shape::operator==(const Shape& o) const {
  if (ndim != o.ndim) return false;
  for (int i = 0; i < ndim; ++i)
    if (d[i] != o.d[i]) return false;
  return true;
}

void Shape::push_back(int64_t v) {
  if (ndim >= kMaxDims) fail(Status::InvalidArgument, "tensors have at most 8 dimensions");
  d[ndim++] = v;
}

std::string Shape::str() const {
  std::string s = "[";
  for (int i = 0; i < ndim; ++i) {
    if (i) s += ", ";
    s += std::to_string(d[i]);
  }
  return s + "]";
}

void contiguous_strides(const Shape& s, int64_t* strides) {
  int64_t acc = 1;
  for (int i = s.ndim - 1; i >= 0; --i) {
    strides[i] = acc;
    acc *= s.d[i] > 0 ? s.d[i] : 1;
  }
}

Shape broadcast_shapes(const Shape& a, const Shape& b, const char* arg) {
  Shape out;
  out.ndim = a.ndim > b.ndim ? a.ndim : b.ndim;
  for (int i = 0; i < out.ndim; ++i) {
    int ia = a.ndim - out.ndim + i, ib = b.ndim - out.ndim + i;
    int64_t da = ia >= 0 ? a.d[ia] : 1, db = ib >= 0 ? b.d[ib] : 1;
    if (da != db && da != 1 && db != 1)
      fail(Status::ShapeMismatch,
           "shapes " + a.str() + " and " + b.str() + " cannot be broadcast together (dimension " +
               std::to_string(i) + ": " + std::to_string(da) + " vs " + std::to_string(db) + ")",
           arg);
    out.d[i] = da == 1 ? db : da;
  }
  return out;
}

int normalize_axis(int64_t axis, int ndim, const char* arg) {
  int64_t lo = -static_cast<int64_t>(ndim), hi = ndim - 1;
  if (axis < lo || axis > hi)
    fail(Status::InvalidAttribute,
         "axis " + std::to_string(axis) + " is out of range for a tensor of " + std::to_string(ndim) +
             " dimensions (valid: " + std::to_string(lo) + ".." + std::to_string(hi) + ")",
         arg);
  return static_cast<int>(axis < 0 ? axis + ndim : axis);
}

}  // namespace tsr
