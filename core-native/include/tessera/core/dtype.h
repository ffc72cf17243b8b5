// Element types of the engine. Codes are part of the C ABI (TSR_DTYPE_*): append only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tsr {

enum class DType : int32_t {
  Float32 = 0,
  Float64 = 1,
  Int32 = 2,
  Int64 = 3,
  UInt8 = 4,
  Bool = 5,
};
constexpr int kNumDTypes = 6;

constexpr size_t dtype_size(DType t) {
  switch (t) {
    case DType::Float32: return 4;
    case DType::Float64: return 8;
    case DType::Int32: return 4;
    case DType::Int64: return 8;
    case DType::UInt8: return 1;
    case DType::Bool: return 1;
  }
  return 0;
}

constexpr std::string_view dtype_name(DType t) {
  switch (t) {
    case DType::Float32: return "float32";
    case DType::Float64: return "float64";
    case DType::Int32: return "int32";
    case DType::Int64: return "int64";
    case DType::UInt8: return "uint8";
    case DType::Bool: return "bool";
  }
  return "?";
}

constexpr bool dtype_valid(int32_t code) { return code >= 0 && code < kNumDTypes; }
constexpr bool is_floating(DType t) { return t == DType::Float32 || t == DType::Float64; }

// A set of dtypes as a bit mask, used by operator schemas.
using DTypeSet = uint32_t;
constexpr DTypeSet bit(DType t) { return 1u << static_cast<int>(t); }
constexpr DTypeSet kFloats = bit(DType::Float32) | bit(DType::Float64);
constexpr DTypeSet kIntegers = bit(DType::Int32) | bit(DType::Int64) | bit(DType::UInt8);
constexpr DTypeSet kNumeric = kFloats | kIntegers;
constexpr DTypeSet kSigned = kFloats | bit(DType::Int32) | bit(DType::Int64);
constexpr DTypeSet kAllTypes = kNumeric | bit(DType::Bool);
constexpr bool dtype_in(DType t, DTypeSet s) { return (s & bit(t)) != 0; }

// Maps a C++ element type to its DType.
template <typename T> struct dtype_of;
template <> struct dtype_of<float> { static constexpr DType value = DType::Float32; };
template <> struct dtype_of<double> { static constexpr DType value = DType::Float64; };
template <> struct dtype_of<int32_t> { static constexpr DType value = DType::Int32; };
template <> struct dtype_of<int64_t> { static constexpr DType value = DType::Int64; };
template <> struct dtype_of<uint8_t> { static constexpr DType value = DType::UInt8; };
template <> struct dtype_of<bool> { static constexpr DType value = DType::Bool; };

// Calls f with a value of the element type of `t` (a tag); the single place where dtype
// codes become C++ types.
template <typename F>
decltype(auto) dispatch_dtype(DType t, F&& f) {
  switch (t) {
    case DType::Float32: return f(float{});
    case DType::Float64: return f(double{});
    case DType::Int32: return f(int32_t{});
    case DType::Int64: return f(int64_t{});
    case DType::UInt8: return f(uint8_t{});
    case DType::Bool: return f(bool{});
  }
  return f(float{});
}

}  // namespace tsr
