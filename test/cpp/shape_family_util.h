// Helpers shared by reduce_more_test.cc, indexing_test.cc and layout_test.cc: every output of a
// call, enum attributes, and a finite-difference check of one operator's registered gradient.
#pragma once
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "tessera/core/autograd.h"
#include "test_util.h"

namespace tsr::test {

// An enum attribute by value name.
inline Attr choice(const char* op_name, const char* attr, const char* value) {
  const OpDef& d = op(op_name);
  const AttrDef& a = d.attrs[d.attr_slot(attr)];
  int64_t index = -1;
  for (size_t k = 0; k < a.enum_values.size(); ++k)
    if (a.enum_values[k] == value) index = static_cast<int64_t>(k);
  EXPECT_GE(index, 0) << attr << " has no value " << value;
  return {attr, AttrRecordView{0, static_cast<int32_t>(AttrType::Enum), index, 0, nullptr, nullptr, nullptr, 0}};
}

inline std::vector<Tensor> run_all(const char* name, std::vector<Tensor> in, std::vector<Attr> attrs = {}) {
  const OpDef& d = op(name);
  std::vector<const Tensor*> ptrs;
  for (auto& t : in) ptrs.push_back(&t);
  std::vector<AttrRecordView> recs;
  for (auto& a : attrs) {
    a.rec.slot = d.attr_slot(a.name);
    recs.push_back(a.rec);
  }
  OpCall call;
  invoke(d, ptrs.data(), static_cast<int>(ptrs.size()), recs.data(), static_cast<int>(recs.size()), call);
  return std::vector<Tensor>(call.outputs, call.outputs + call.n_outputs);
}

// Bool tensors (std::vector<bool> has no data()): values as 0/1 ints.
inline Tensor make_bools(const Shape& s, const std::vector<int>& v) {
  Tensor t = Tensor::empty(DType::Bool, s);
  EXPECT_EQ(static_cast<int64_t>(v.size()), t.numel());
  for (size_t i = 0; i < v.size(); ++i) t.data_as<bool>()[i] = v[i] != 0;
  return t;
}
inline std::vector<int> bools(const Tensor& t) {
  std::vector<uint8_t> raw(t.numel());
  t.copy_to(raw.data());
  return std::vector<int>(raw.begin(), raw.end());
}

inline std::vector<double> random_doubles(size_t n, unsigned seed, double lo = -2, double hi = 2) {
  std::mt19937 g(seed);
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<double> v(n);
  for (auto& x : v) x = u(g);
  return v;
}

inline std::vector<float> random_floats32(size_t n, unsigned seed, float lo = -2, float hi = 2) {
  std::mt19937 g(seed);
  std::uniform_real_distribution<float> u(lo, hi);
  std::vector<float> v(n);
  for (auto& x : v) x = u(g);
  return v;
}

// Row-major strides of a shape given as a vector.
inline std::vector<int64_t> strides_of(const std::vector<int64_t>& s) {
  std::vector<int64_t> st(s.size(), 1);
  for (int d = static_cast<int>(s.size()) - 2; d >= 0; --d) st[d] = st[d + 1] * s[d + 1];
  return st;
}

// The analytical gradient of sum(w * outputs[output]) w.r.t. every float64 input against central
// differences (eps 1e-6).
inline void expect_gradient_matches(const char* name, std::vector<Tensor> in, std::vector<Attr> attrs, int output = 0,
                                    double tol = 1e-6) {
  SCOPED_TRACE(std::string("gradient of ") + name);
  for (auto& t : in)
    if (t.dtype() == DType::Float64) autograd::attach_grad(t);
  std::vector<Tensor> outs;
  {
    const bool prev = autograd::set_recording(true);
    outs = run_all(name, in, attrs);
    autograd::set_recording(prev);
  }
  const Tensor& y = outs[output];
  std::vector<double> w = random_doubles(y.numel(), 99, -1, 1);
  autograd::backward({y}, {make<double>(y.shape(), w)});
  for (size_t k = 0; k < in.size(); ++k) {
    if (in[k].dtype() != DType::Float64) continue;
    ASSERT_TRUE(in[k].autograd_meta()->grad.defined()) << "input " << k << " got no gradient";
    auto analytic = values<double>(in[k].autograd_meta()->grad);
    std::vector<Tensor> probe;
    for (auto& t : in) probe.push_back(autograd::detach(t));
    Tensor xk = Tensor::empty(DType::Float64, in[k].shape());
    xk.copy_from(in[k]);
    probe[k] = xk;
    auto f = [&]() {
      auto v = values<double>(run_all(name, probe, attrs)[output]);
      double s = 0;
      for (size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
      return s;
    };
    for (int64_t i = 0; i < xk.numel(); ++i) {
      double* p = xk.data_as<double>() + i;
      const double orig = *p;
      *p = orig + 1e-6;
      const double up = f();
      *p = orig - 1e-6;
      const double down = f();
      *p = orig;
      const double numeric = (up - down) / 2e-6;
      EXPECT_NEAR(analytic[i], numeric, tol * (1 + std::fabs(numeric))) << "input " << k << " element " << i;
    }
  }
}

}  // namespace tsr::test
