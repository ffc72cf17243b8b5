// Fixed-capacity shapes (no heap allocation on the dispatch path) and NumPy broadcasting.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>

#include "tessera/core/error.h"

namespace tsr {

constexpr int kMaxDims = 8;

struct Shape {
  int32_t ndim = 0;
  int64_t d[kMaxDims] = {};

  Shape() = default;
  Shape(std::initializer_list<int64_t> dims);
  static Shape of(const int64_t* dims, int64_t n, const char* arg = "shape");

  int64_t operator[](int i) const { return d[i]; }
  int64_t& operator[](int i) { return d[i]; }
  int64_t numel() const;
  bool operator==(const Shape& o) const;
  bool operator!=(const Shape& o) const { return !(*this == o); }
  void push_back(int64_t v);
  std::string str() const;  // "[2, 3]"
};

// Row-major (C order) strides in elements.
void contiguous_strides(const Shape& s, int64_t* strides);

// NumPy broadcasting of two shapes; throws ShapeMismatch naming both shapes.
Shape broadcast_shapes(const Shape& a, const Shape& b, const char* arg = "b");

// Normalizes a possibly negative axis into [0, ndim); throws InvalidAttribute otherwise.
int normalize_axis(int64_t axis, int ndim, const char* arg = "axis");

}  // namespace tsr
