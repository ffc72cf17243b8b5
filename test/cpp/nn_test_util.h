// Helpers for the "nn" operator tests (conv_test.cc, pool_test.cc, norm_test.cc): calls with
// absent optional inputs, random tensors, N-d index walking for the naive reference loops,
// and a float64 finite-difference check of an operator's gradient at any configuration.
#pragma once
#include <cmath>
#include <functional>
#include <random>
#include <vector>

#include "tessera/core/autograd.h"
#include "test_util.h"

namespace tsr::nntest {
using namespace tsr::test;
using Dims = std::vector<int64_t>;

inline Shape shape_of(const Dims& d) { return Shape::of(d.data(), static_cast<int64_t>(d.size())); }
inline Dims dims_of(const Shape& s) { return Dims(s.d, s.d + s.ndim); }
inline int64_t count(const Dims& d) {
  int64_t n = 1;
  for (auto v : d) n *= v;
  return n;
}

// Runs operator `name`; a null entry in `in` is an absent optional input.
inline Tensor call(const char* name, const std::vector<const Tensor*>& in, std::vector<Attr> attrs = {}) {
  const OpDef& d = op(name);
  std::vector<AttrRecordView> recs;
  for (auto& a : attrs) {
    a.rec.slot = d.attr_slot(a.name);
    if (a.rec.slot < 0) throw std::runtime_error(std::string("test passes unknown attribute ") + a.name);
    recs.push_back(a.rec);
  }
  OpCall c;
  invoke(d, in.data(), static_cast<int>(in.size()), recs.data(), static_cast<int>(recs.size()), c);
  return c.outputs[0];
}

inline Attr enum_attr(const char* n, int64_t index) {
  return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Enum), index, 0, nullptr, nullptr, nullptr, 0}};
}

// Uniform values in [lo, hi) of dtype float32 or float64.
inline Tensor random(DType t, const Dims& dims, std::mt19937& gen, double lo = -1, double hi = 1) {
  Tensor x = Tensor::empty(t, shape_of(dims));
  std::uniform_real_distribution<double> u(lo, hi);
  for (int64_t i = 0; i < x.numel(); ++i) {
    if (t == DType::Float32) x.data_as<float>()[i] = static_cast<float>(u(gen));
    else x.data_as<double>()[i] = u(gen);
  }
  return x;
}

inline std::vector<double> doubles(const Tensor& t) {
  std::vector<double> v(t.numel());
  Tensor c = t.contiguous();
  for (int64_t i = 0; i < t.numel(); ++i)
    v[i] = t.dtype() == DType::Float32 ? static_cast<double>(c.data_as<float>()[i]) : c.data_as<double>()[i];
  return v;
}

inline Tensor to_dtype(const Tensor& t, DType dt) {
  Tensor out = Tensor::empty(dt, t.shape());
  auto v = doubles(t);
  for (int64_t i = 0; i < t.numel(); ++i) {
    if (dt == DType::Float32) out.data_as<float>()[i] = static_cast<float>(v[i]);
    else out.data_as<double>()[i] = v[i];
  }
  return out;
}

// |got - want| <= tol * (1 + |want|) elementwise, with the shape checked first.
inline void expect_close(const Tensor& got, const Dims& want_shape, const std::vector<double>& want, double tol) {
  ASSERT_EQ(dims_of(got.shape()), want_shape);
  auto g = doubles(got);
  ASSERT_EQ(g.size(), want.size());
  for (size_t i = 0; i < g.size(); ++i)
    if (!(std::fabs(g[i] - want[i]) <= tol * (1 + std::fabs(want[i])))) {
      ADD_FAILURE() << "element " << i << ": got " << g[i] << ", want " << want[i];
      return;
    }
}

// Calls f(index) for every index of `dims` in row-major order.
inline void for_each_index(const Dims& dims, const std::function<void(const Dims&)>& f) {
  if (count(dims) == 0) return;
  Dims idx(dims.size(), 0);
  for (;;) {
    f(idx);
    int d = static_cast<int>(dims.size()) - 1;
    for (; d >= 0; --d) {
      if (++idx[d] < dims[d]) break;
      idx[d] = 0;
    }
    if (d < 0) return;
  }
}

inline int64_t flat(const Dims& dims, const Dims& idx) {
  int64_t f = 0;
  for (size_t d = 0; d < dims.size(); ++d) f = f * dims[d] + idx[d];
  return f;
}

struct Recording {
  bool prev;
  Recording() : prev(autograd::set_recording(true)) {}
  ~Recording() { autograd::set_recording(prev); }
};

// Central differences of sum(w * y) against the analytic gradient, for every float64 input
// (undefined tensors are absent optional inputs). Returns the number of elements checked.
inline int check_gradients(const char* name, std::vector<Tensor> in, const std::vector<Attr>& attrs, uint32_t seed = 7, double tol = 1e-6) {
  std::mt19937 gen(seed);
  auto ptrs = [](std::vector<Tensor>& v) {
    std::vector<const Tensor*> p;
    for (auto& t : v) p.push_back(t.defined() ? &t : nullptr);
    return p;
  };
  for (auto& t : in)
    if (t.defined()) autograd::attach_grad(t);
  Tensor y;
  {
    Recording r;
    y = call(name, ptrs(in), attrs);
  }
  std::vector<double> w(y.numel());
  std::uniform_real_distribution<double> u(-1, 1);
  for (auto& v : w) v = u(gen);
  autograd::backward({y}, {make<double>(y.shape(), w)});
  auto objective = [&](std::vector<Tensor>& probe) {
    auto v = values<double>(call(name, ptrs(probe), attrs));
    double s = 0;
    for (size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
    return s;
  };
  int checked = 0;
  for (size_t k = 0; k < in.size(); ++k) {
    if (!in[k].defined()) continue;
    auto analytic = values<double>(in[k].autograd_meta()->grad);
    std::vector<Tensor> probe;
    for (auto& t : in) probe.push_back(t.defined() ? autograd::detach(t) : Tensor());
    Tensor xk = Tensor::empty(DType::Float64, in[k].shape());
    xk.copy_from(in[k]);
    probe[k] = xk;
    for (int64_t i = 0; i < xk.numel(); ++i) {
      double* p = xk.data_as<double>() + i;
      const double orig = *p, eps = 1e-6;
      *p = orig + eps;
      const double up = objective(probe);
      *p = orig - eps;
      const double down = objective(probe);
      *p = orig;
      const double numeric = (up - down) / (2 * eps);
      EXPECT_NEAR(analytic[i], numeric, tol * (1 + std::fabs(numeric))) << name << " input " << k << " element " << i;
      ++checked;
    }
  }
  return checked;
}

// Analytic gradients of sum(w * y) with respect to every defined input (for comparing the
// float32 backward kernels with the float64 ones).
inline std::vector<std::vector<double>> gradients(const char* name, std::vector<Tensor> in, const std::vector<Attr>& attrs,
                                                  const std::vector<double>& w) {
  std::vector<const Tensor*> p;
  for (auto& t : in) {
    if (t.defined()) autograd::attach_grad(t);
    p.push_back(t.defined() ? &t : nullptr);
  }
  Tensor y;
  {
    Recording r;
    y = call(name, p, attrs);
  }
  Tensor head = Tensor::empty(y.dtype(), y.shape());
  for (int64_t i = 0; i < y.numel(); ++i) {
    if (y.dtype() == DType::Float32) head.data_as<float>()[i] = static_cast<float>(w[i]);
    else head.data_as<double>()[i] = w[i];
  }
  autograd::backward({y}, {head});
  std::vector<std::vector<double>> out;
  for (auto& t : in) out.push_back(t.defined() ? doubles(t.autograd_meta()->grad) : std::vector<double>());
  return out;
}

}  // namespace tsr::nntest
