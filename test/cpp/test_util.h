// Helpers for calling registry operators from tests.
#pragma once
#include <gtest/gtest.h>

#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>
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

// ---- registry examples ----------------------------------------------------------------------
inline DType dtype_named(const std::string& n) {
  for (int k = 0; k < kNumDTypes; ++k)
    if (dtype_name(static_cast<DType>(k)) == n) return static_cast<DType>(k);
  throw std::runtime_error("bad dtype " + n);
}

inline Tensor from_example(const ExampleTensor& e) {
  Shape s = Shape::of(e.shape.data(), static_cast<int64_t>(e.shape.size()));
  Tensor t = Tensor::empty(dtype_named(e.dtype), s);
  dispatch_dtype(t.dtype(), [&](auto tag) {
    using T = decltype(tag);
    for (size_t i = 0; i < e.data.size(); ++i) t.data_as<T>()[i] = static_cast<T>(e.data[i]);
  });
  return t;
}

// Example attributes are JSON literals: numbers, bools, lists, dtype names, strings and enum values.
inline AttrRecordView parse_attr(const AttrDef& d, const std::string& lit, std::vector<int64_t>& ints, std::vector<double>& floats) {
  AttrRecordView r{0, static_cast<int32_t>(d.type), 0, 0, nullptr, nullptr, nullptr, 0};
  switch (d.type) {
    case AttrType::Bool: r.i = lit == "true"; break;
    case AttrType::Int: r.i = std::stoll(lit); break;
    case AttrType::Float: r.f = std::stod(lit); break;
    case AttrType::DType: r.i = static_cast<int64_t>(dtype_named(lit.substr(1, lit.size() - 2))); break;
    case AttrType::String: {
      // JSON string literal without escapes; the text outlives the call.
      static thread_local std::deque<std::string> keep;
      keep.push_back(lit.substr(1, lit.size() - 2));
      r.s = keep.back().c_str();
      break;
    }
    case AttrType::Enum: {
      const std::string v = lit.substr(1, lit.size() - 2);
      r.i = -1;
      for (size_t k = 0; k < d.enum_values.size(); ++k)
        if (d.enum_values[k] == v) r.i = static_cast<int64_t>(k);
      EXPECT_GE(r.i, 0) << "'" << v << "' is not a value of enum attribute " << d.name;
      break;
    }
    case AttrType::Ints:
    case AttrType::Floats: {
      std::string body = lit.substr(1, lit.size() - 2);
      size_t pos = 0;
      while (pos < body.size()) {
        size_t next = body.find(',', pos);
        std::string item = body.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        if (item.find_first_not_of(' ') != std::string::npos) {
          ints.push_back(std::stoll(item));
          floats.push_back(std::stod(item));
        }
        if (next == std::string::npos) break;
        pos = next + 1;
      }
      r.ints = ints.data();
      r.floats = floats.data();
      r.count = static_cast<int64_t>(ints.size());
      break;
    }
    default: ADD_FAILURE() << "attribute type not handled by the test: " << attr_type_name(d.type);
  }
  return r;
}

// An example's attributes as records for invoke; the parsed lists live here, so keep the object
// alive (and in place) while the records are used. An attribute outside the schema throws.
struct ExampleAttrs {
  std::vector<std::vector<int64_t>> ints;
  std::vector<std::vector<double>> floats;
  std::vector<AttrRecordView> recs;
  ExampleAttrs(const OpDef& op, const Example& ex) : ints(ex.attrs.size()), floats(ex.attrs.size()) {
    for (size_t a = 0; a < ex.attrs.size(); ++a) {
      const int slot = op.attr_slot(ex.attrs[a].first);
      if (slot < 0) throw std::runtime_error("example attribute '" + ex.attrs[a].first + "' is not in the schema of " + op.name);
      AttrRecordView r = parse_attr(op.attrs[slot], ex.attrs[a].second, ints[a], floats[a]);
      r.slot = slot;
      recs.push_back(r);
    }
  }
  ExampleAttrs(const ExampleAttrs&) = delete;
  ExampleAttrs& operator=(const ExampleAttrs&) = delete;
  const AttrRecordView* data() const { return recs.data(); }
  int size() const { return static_cast<int>(recs.size()); }
};

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
