// Helpers shared by the nn-misc, loss and optim tests: string/enum/float[] attributes, calls
// returning every output, random tensors and a finite-difference gradient check.
#pragma once
#include <cmath>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "tessera/core/autograd.h"
#include "test_util.h"

namespace tsr::test {

inline Attr str(const char* n, const std::string& v) {
  static thread_local std::deque<std::string> keep;
  keep.push_back(v);
  return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::String), 0, 0, keep.back().c_str(), nullptr, nullptr, 0}};
}

// An enum attribute by value name, resolved against the operator's schema.
inline Attr enum_of(const char* op_name, const char* n, const std::string& v) {
  const OpDef& d = op(op_name);
  const int slot = d.attr_slot(n);
  int64_t idx = -1;
  if (slot >= 0)
    for (size_t k = 0; k < d.attrs[slot].enum_values.size(); ++k)
      if (d.attrs[slot].enum_values[k] == v) idx = static_cast<int64_t>(k);
  EXPECT_GE(idx, 0) << op_name << "." << n << " has no value " << v;
  return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Enum), idx, 0, nullptr, nullptr, nullptr, 0}};
}

inline Attr floats(const char* n, const std::vector<double>& v) {
  static thread_local std::deque<std::vector<double>> keep;
  keep.push_back(v);
  return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Floats), 0, 0, nullptr, nullptr, keep.back().data(),
                            static_cast<int64_t>(v.size())}};
}

// Runs an operator and returns all of its outputs. A null entry in `in` is an absent optional input.
inline std::vector<Tensor> run_ptrs(const char* name, const std::vector<const Tensor*>& ptrs, std::vector<Attr> attrs = {}) {
  const OpDef& d = op(name);
  std::vector<AttrRecordView> recs;
  for (auto& a : attrs) {
    a.rec.slot = d.attr_slot(a.name);
    recs.push_back(a.rec);
  }
  OpCall call;
  invoke(d, ptrs.data(), static_cast<int>(ptrs.size()), recs.data(), static_cast<int>(recs.size()), call);
  return std::vector<Tensor>(call.outputs, call.outputs + call.n_outputs);
}

inline std::vector<Tensor> run_all(const char* name, const std::vector<Tensor>& in, std::vector<Attr> attrs = {}) {
  std::vector<const Tensor*> ptrs;
  for (const auto& t : in) ptrs.push_back(&t);
  return run_ptrs(name, ptrs, std::move(attrs));
}

template <typename T>
Tensor random_tensor(const Shape& s, std::mt19937& gen, double lo = -1, double hi = 1) {
  Tensor t = Tensor::empty(dtype_of<T>::value, s);
  std::uniform_real_distribution<double> u(lo, hi);
  for (int64_t i = 0; i < t.numel(); ++i) t.data_as<T>()[i] = static_cast<T>(u(gen));
  return t;
}

inline std::vector<double> as_doubles(const Tensor& t) {
  std::vector<double> out(t.numel());
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    std::unique_ptr<T[]> v(new T[t.numel() + 1]);
    t.copy_to(v.get());
    for (int64_t i = 0; i < t.numel(); ++i) out[i] = static_cast<double>(v[i]);
  });
  return out;
}

// A bool tensor's values as 0/1 ints (std::vector<bool> has no data()).
inline std::vector<int> bools(const Tensor& t) {
  std::vector<int> out;
  for (double v : as_doubles(t)) out.push_back(v != 0);
  return out;
}

// Compares the recorded gradient of sum(w * outputs[out]) with central differences for every
// float64 input (w random). Inputs of other dtypes are held fixed.
inline void check_gradients(const char* name, const std::vector<Tensor>& inputs, const std::vector<Attr>& attrs, int out = 0,
                            double tol = 1e-6) {
  SCOPED_TRACE(std::string("gradient of ") + name);
  std::mt19937 gen(99);
  std::vector<Tensor> in;
  for (const auto& t : inputs) {
    Tensor c = Tensor::empty(t.dtype(), t.shape());
    c.copy_from(t);
    if (c.dtype() == DType::Float64) autograd::attach_grad(c);
    in.push_back(c);
  }
  std::vector<Tensor> ys;
  {
    const bool prev = autograd::set_recording(true);
    ys = run_all(name, in, attrs);
    autograd::set_recording(prev);
  }
  const Tensor& y = ys[out];
  std::vector<double> w(y.numel());
  std::uniform_real_distribution<double> u(-1, 1);
  for (auto& v : w) v = u(gen);
  autograd::backward({y}, {make<double>(y.shape(), w)});
  auto weighted = [&](const std::vector<Tensor>& probe) {
    auto v = as_doubles(run_all(name, probe, attrs)[out]);
    double s = 0;
    for (size_t i = 0; i < v.size(); ++i) s += v[i] * w[i];
    return s;
  };
  const double eps = 1e-6;
  for (size_t k = 0; k < in.size(); ++k) {
    if (in[k].dtype() != DType::Float64) continue;
    ASSERT_TRUE(in[k].autograd_meta() && in[k].autograd_meta()->grad.defined()) << "no gradient for input " << k;
    auto analytic = as_doubles(in[k].autograd_meta()->grad);
    std::vector<Tensor> probe;
    for (const auto& t : in) probe.push_back(autograd::detach(t));
    Tensor xk = Tensor::empty(DType::Float64, in[k].shape());
    xk.copy_from(in[k]);
    probe[k] = xk;
    for (int64_t i = 0; i < xk.numel(); ++i) {
      double* p = xk.data_as<double>() + i;
      const double orig = *p;
      *p = orig + eps;
      const double up = weighted(probe);
      *p = orig - eps;
      const double down = weighted(probe);
      *p = orig;
      const double numeric = (up - down) / (2 * eps);
      EXPECT_NEAR(analytic[i], numeric, tol * (1 + std::fabs(numeric))) << "input " << k << " element " << i;
    }
  }
}

}  // namespace tsr::test
