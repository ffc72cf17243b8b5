// Helpers for calling registry operators from tests.
#pragma once
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "tessera/registry/registry.h"

namespace tsr::test {

template <typename T>
Tensor make(const Shape& s, const std::vector<T>& v) {
  Tensor t = Tensor::empty(dtype_of<T>::value, s);
  EXPECT_EQ(static_cast<int64_t>(v.size()), t.numel());
  std::memcpy(t.data(), v.data(), v.size() * sizeof(T));
  return t;
}

template <typename T>
std::vector<T> values(const Tensor& t) {
  std::vector<T> out(t.numel());
  t.copy_to(out.data());
  return out;
}

struct Attr {
  const char* name;
  AttrRecordView rec;
};
inline Attr ints(const char* n, const std::vector<int64_t>& v) {
  static thread_local std::vector<std::vector<int64_t>> keep;
  keep.push_back(v);
  return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Ints), 0, 0, nullptr, keep.back().data(), nullptr, static_cast<int64_t>(v.size())}};
}
inline Attr i64(const char* n, int64_t v) { return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Int), v, 0, nullptr, nullptr, nullptr, 0}}; }
inline Attr boolean(const char* n, bool v) { return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Bool), v, 0, nullptr, nullptr, nullptr, 0}}; }
inline Attr f64(const char* n, double v) { return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::Float), 0, v, nullptr, nullptr, nullptr, 0}}; }
inline Attr dtype(const char* n, DType v) { return {n, AttrRecordView{0, static_cast<int32_t>(AttrType::DType), static_cast<int64_t>(v), 0, nullptr, nullptr, nullptr, 0}}; }

inline const OpDef& op(const char* name) {
  const OpDef* d = Registry::get().find(name);
  if (!d) throw std::runtime_error(std::string("no op ") + name);
  return *d;
}

inline Tensor run(const char* name, std::vector<Tensor> in, std::vector<Attr> attrs = {}) {
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
  return call.outputs[0];
}

// Expects run() to throw an Error with this status and argument.
#define EXPECT_TSR_ERROR(stmt, st, argname)                   \
  try {                                                       \
    stmt;                                                     \
    ADD_FAILURE() << "expected an error from " #stmt;         \
  } catch (const ::tsr::Error& e) {                           \
    EXPECT_EQ(e.status(), st) << e.what();                    \
    EXPECT_EQ(e.arg(), argname) << e.what();                  \
  }

}  // namespace tsr::test
