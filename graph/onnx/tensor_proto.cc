// ONNX TensorProto <-> engine Tensor. Every declared size is checked against the data actually
// present before anything is allocated, so hostile files fail with an error instead of a huge
// allocation or an out-of-bounds read.
#include <cstring>
#include <fstream>

#include "convert/context.h"
#include "tessera/graph/onnx.h"

namespace tsr::onnx_io {

using TP = ::onnx::TensorProto;

DType dtype_from_onnx(int32_t elem_type, const std::string& what) {
  switch (elem_type) {
    case TP::FLOAT: return DType::Float32;
    case TP::DOUBLE: return DType::Float64;
    case TP::INT32: return DType::Int32;
    case TP::INT64: return DType::Int64;
    case TP::UINT8: return DType::UInt8;
    case TP::BOOL: return DType::Bool;
    default: break;
  }
  const char* name = TP::DataType_IsValid(elem_type) ? TP::DataType_Name(static_cast<TP::DataType>(elem_type)).c_str() : nullptr;
  fail(Status::Unsupported, what + " has element type " + (name ? std::string(name) : std::to_string(elem_type)) +
                                ", which the engine does not support (float, double, int32, int64, uint8, bool)");
}

int32_t dtype_to_onnx(DType t) {
  switch (t) {
    case DType::Float32: return TP::FLOAT;
    case DType::Float64: return TP::DOUBLE;
    case DType::Int32: return TP::INT32;
    case DType::Int64: return TP::INT64;
    case DType::UInt8: return TP::UINT8;
    case DType::Bool: return TP::BOOL;
  }
  return TP::UNDEFINED;
}

namespace {
constexpr int64_t kMaxElements = int64_t{1} << 36;  // far beyond any real weight; stops overflow games

Shape shape_of(const TP& p, const std::string& what) {
  if (p.dims_size() > kMaxDims) fail(Status::Unsupported, what + " has rank " + std::to_string(p.dims_size()) + " (the engine allows " + std::to_string(kMaxDims) + ")");
  Shape s;
  s.ndim = p.dims_size();
  int64_t n = 1;
  for (int i = 0; i < p.dims_size(); ++i) {
    const int64_t d = p.dims(i);
    if (d < 0) fail(Status::InvalidArgument, what + " has a negative dimension " + std::to_string(d));
    s.d[i] = d;
    if (d != 0 && n > kMaxElements / d) fail(Status::InvalidArgument, what + " declares more than 2^36 elements");
    n *= d;
  }
  return s;
}

// Reads `nbytes` at `offset` of a file beside the model; the path may not leave base_dir.
std::string read_external(const TP& p, const std::string& base_dir, size_t nbytes, const std::string& what) {
  std::string location;
  int64_t offset = 0, length = -1;
  for (const auto& kv : p.external_data()) {
    if (kv.key() == "location") location = kv.value();
    else if (kv.key() == "offset" || kv.key() == "length") {
      char* end = nullptr;
      const long long v = std::strtoll(kv.value().c_str(), &end, 10);
      if (kv.value().empty() || *end != '\0' || v < 0) fail(Status::InvalidArgument, what + ": external data " + kv.key() + " '" + kv.value() + "' is not a size");
      (kv.key() == "offset" ? offset : length) = v;
    }
  }
  if (base_dir.empty()) fail(Status::InvalidArgument, what + " uses external data, which needs the model's folder (import the file, or pass base_dir)");
  if (location.empty() || location[0] == '/' || location.find("..") != std::string::npos)
    fail(Status::InvalidArgument, what + ": external data location '" + location + "' must be a relative path inside the model's folder");
  if (length >= 0 && static_cast<size_t>(length) != nbytes)
    fail(Status::InvalidArgument, what + ": external data length " + std::to_string(length) + " does not match the " + std::to_string(nbytes) + " bytes its shape needs");
  std::ifstream f(base_dir + "/" + location, std::ios::binary);
  if (!f) fail(Status::NotFound, what + ": cannot open external data file '" + location + "'");
  f.seekg(0, std::ios::end);
  const auto size = static_cast<int64_t>(f.tellg());
  if (offset > size || static_cast<int64_t>(nbytes) > size - offset)
    fail(Status::InvalidArgument, what + ": external data file '" + location + "' is too short");
  std::string out(nbytes, '\0');
  f.seekg(offset);
  f.read(out.data(), static_cast<std::streamsize>(nbytes));
  return out;
}

template <typename Dst, typename Src>
void fill(Tensor& t, const Src& src, int64_t n, const std::string& what, const char* field) {
  if (static_cast<int64_t>(src.size()) != n)
    fail(Status::InvalidArgument, what + " has " + std::to_string(src.size()) + " values in " + field + " for " + std::to_string(n) + " elements");
  Dst* d = t.data_as<Dst>();
  for (int64_t i = 0; i < n; ++i) d[i] = static_cast<Dst>(src[static_cast<int>(i)]);
}
}  // namespace

Tensor tensor_from_proto(const TP& p, const std::string& base_dir) {
  const std::string what = "tensor '" + p.name() + "'";
  if (p.has_segment()) fail(Status::Unsupported, what + " is segmented");
  const DType dt = dtype_from_onnx(p.data_type(), what);
  const Shape shape = shape_of(p, what);
  const int64_t n = shape.numel();
  const size_t nbytes = static_cast<size_t>(n) * dtype_size(dt);
  Tensor t = Tensor::empty(dt, shape);
  if (p.data_location() == TP::EXTERNAL) {
    const std::string raw = read_external(p, base_dir, nbytes, what);
    if (nbytes) std::memcpy(t.data(), raw.data(), nbytes);
    return t;
  }
  if (p.has_raw_data()) {
    if (p.raw_data().size() != nbytes)
      fail(Status::InvalidArgument, what + " has " + std::to_string(p.raw_data().size()) + " bytes of raw data; its shape " + shape.str() + " needs " + std::to_string(nbytes));
    if (nbytes) std::memcpy(t.data(), p.raw_data().data(), nbytes);  // ONNX raw data is little-endian, as is this machine
    if (dt == DType::Bool)
      for (int64_t i = 0; i < n; ++i) t.data_as<uint8_t>()[i] = t.data_as<uint8_t>()[i] != 0;
    return t;
  }
  switch (dt) {
    case DType::Float32: fill<float>(t, p.float_data(), n, what, "float_data"); break;
    case DType::Float64: fill<double>(t, p.double_data(), n, what, "double_data"); break;
    case DType::Int64: fill<int64_t>(t, p.int64_data(), n, what, "int64_data"); break;
    case DType::Int32: fill<int32_t>(t, p.int32_data(), n, what, "int32_data"); break;
    case DType::UInt8: fill<uint8_t>(t, p.int32_data(), n, what, "int32_data"); break;
    case DType::Bool: {
      fill<uint8_t>(t, p.int32_data(), n, what, "int32_data");
      for (int64_t i = 0; i < n; ++i) t.data_as<uint8_t>()[i] = t.data_as<uint8_t>()[i] != 0;
      break;
    }
  }
  return t;
}

void tensor_to_proto(const Tensor& t, TP* p) {
  p->set_data_type(dtype_to_onnx(t.dtype()));
  for (int i = 0; i < t.ndim(); ++i) p->add_dims(t.dim(i));
  std::string raw(static_cast<size_t>(t.numel()) * t.itemsize(), '\0');
  if (!raw.empty()) t.copy_to(raw.data());
  p->set_raw_data(std::move(raw));
}

Tensor read_tensor(const void* data, size_t size) {
  TP p;
  if (size > (size_t{2} << 30) || !p.ParseFromArray(data, static_cast<int>(size)))
    fail(Status::InvalidArgument, "not a serialized ONNX TensorProto");
  return tensor_from_proto(p, "");
}

}  // namespace tsr::onnx_io
