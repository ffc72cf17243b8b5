// Tensor handles: Externals over a small heap box {tsr_tensor*}, creation from JS data, metadata
// and copies back into typed arrays.
#include <cmath>
#include <cstring>

#include "addon.h"

namespace tsr_node {

namespace {

// Releases slot `index` (which must be live): the tensor, V8's external-memory count and the
// napi_ref; bumps the generation so every copy of the handle reads as disposed.
void ReleaseSlot(napi_env env, AddonData* data, uint32_t index, bool delete_ref) {
  TensorSlot& slot = data->slots[index];
  tsr_tensor_release(slot.t);
  slot.t = nullptr;
  if (slot.bytes != 0) {
    int64_t ignored = 0;
    napi_adjust_external_memory(env, -slot.bytes, &ignored);
    slot.bytes = 0;
  }
  if (slot.ref != nullptr) {
    if (delete_ref) napi_delete_reference(env, slot.ref);
    slot.ref = nullptr;
  }
  slot.gen = slot.gen == 0xffffffffu ? 1 : slot.gen + 1;
  slot.next_free = data->free_head;
  data->free_head = index;
  --data->live;
}

// GC safety net: the External was collected without dispose().
void FinalizeTensor(napi_env env, void* raw, void* hint) {
  auto* data = static_cast<AddonData*>(hint);
  const uint64_t id = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(raw));
  const uint32_t index = static_cast<uint32_t>(id) >> 1;
  const uint32_t gen = static_cast<uint32_t>(id >> 32);
  if (index < data->slots.size() && data->slots[index].gen == gen && data->slots[index].t != nullptr) {
    // The finalizer owns the napi_ref now and must delete it.
    ReleaseSlot(env, data, index, true);
  }
  if (data->torn_down && data->live == 0) delete data;
}

// Reads a dtype code argument (TypeError / RangeError on misuse).
int32_t DTypeArg(Napi::Env env, const Napi::Value& v, const char* fn) {
  if (!v.IsNumber()) ThrowType(env, std::string(fn) + ": dtype must be a dtype code (number)");
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= 0 && d <= 5 && d == std::floor(d))) ThrowRange(env, std::string(fn) + ": unknown dtype code");
  return static_cast<int32_t>(d);
}

// Reads a shape argument: an array of at most TSR_MAX_DIMS non-negative integers.
int32_t ShapeArg(Napi::Env env, const Napi::Value& v, int64_t* shape, const char* fn) {
  if (!v.IsArray()) ThrowType(env, std::string(fn) + ": shape must be an array of integers");
  Napi::Array arr = v.As<Napi::Array>();
  uint32_t n = arr.Length();
  if (n > TSR_MAX_DIMS) ThrowRange(env, std::string(fn) + ": at most " + std::to_string(TSR_MAX_DIMS) + " dimensions");
  for (uint32_t k = 0; k < n; ++k) {
    Napi::Value e = arr.Get(k);
    if (!e.IsNumber()) ThrowType(env, std::string(fn) + ": shape must be an array of integers");
    double d = e.As<Napi::Number>().DoubleValue();
    if (!(d >= 0 && d <= 9007199254740991.0 && d == std::floor(d)))
      ThrowRange(env, std::string(fn) + ": dimension sizes must be non-negative integers");
    shape[k] = static_cast<int64_t>(d);
  }
  return static_cast<int32_t>(n);
}

}  // namespace

napi_value WrapTensor(napi_env env, AddonData* data, tsr_tensor* t) {
  // Take a slot (from the free list, or a new one).
  uint32_t index;
  try {
    if (data->free_head != AddonData::kNoSlot) {
      index = data->free_head;
      data->free_head = data->slots[index].next_free;
    } else {
      if (data->slots.size() >= 0x7fffffffu) throw std::bad_alloc();
      data->slots.emplace_back();
      index = static_cast<uint32_t>(data->slots.size() - 1);
    }
  } catch (const std::bad_alloc&) {
    tsr_tensor_release(t);
    ThrowTessera(Napi::Env(env), TSR_ERR_OUT_OF_MEMORY, "out of memory allocating a tensor handle", "", "");
  }
  TensorSlot& slot = data->slots[index];
  slot.t = t;
  slot.ref = nullptr;
  slot.bytes = 0;
  ++data->live;
  const uint64_t id = (static_cast<uint64_t>(slot.gen) << 32) | (static_cast<uint64_t>(index) << 1) | 1u;
  void* raw = reinterpret_cast<void*>(static_cast<uintptr_t>(id));
  napi_value result = nullptr;
  if (napi_create_external(env, raw, nullptr, nullptr, &result) != napi_ok ||
      napi_add_finalizer(env, result, raw, FinalizeTensor, data, &slot.ref) != napi_ok) {
    ReleaseSlot(env, data, index, true);
    throw Napi::Error::New(env, "Tessera: could not create a tensor handle");
  }
  int64_t numel = 0;
  tsr_dtype dtype = TSR_DTYPE_FLOAT32;
  if (tsr_tensor_numel(t, &numel) == TSR_OK && tsr_tensor_dtype(t, &dtype) == TSR_OK) {
    slot.bytes = numel * static_cast<int64_t>(DTypeSize(dtype));
    if (slot.bytes != 0) {
      int64_t ignored = 0;
      napi_adjust_external_memory(env, slot.bytes, &ignored);
    }
  }
  return result;
}

tsr_tensor* LiveTensorArg(Napi::Env env, napi_value v, const char* what) {
  tsr_tensor* t = nullptr;
  switch (ResolveTensor(env, DataOf(env), v, &t)) {
    case HandleState::kLive: return t;
    case HandleState::kDisposed: ThrowTessera(env, TSR_ERR_INVALID_HANDLE, "tensor was disposed", "", "");
    case HandleState::kForeign: break;
  }
  ThrowType(env, std::string(what) + ": expected a tensor handle");
}

// tensorFromData(dtype, shape, data: TypedArray | ArrayBuffer | DataView) -> handle (copies).
Napi::Value TensorFromData(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 3) ThrowType(env, "tensorFromData(dtype, shape, data): 3 arguments expected");
  int32_t dtype = DTypeArg(env, info[0], "tensorFromData");
  int64_t shape[TSR_MAX_DIMS];
  int32_t ndim = ShapeArg(env, info[1], shape, "tensorFromData");
  const void* ptr = nullptr;
  size_t nbytes = 0;
  Napi::Value data = info[2];
  if (data.IsTypedArray()) {
    Napi::TypedArray ta = data.As<Napi::TypedArray>();
    nbytes = ta.ByteLength();
    ptr = static_cast<const uint8_t*>(ta.ArrayBuffer().Data()) + ta.ByteOffset();
  } else if (data.IsArrayBuffer()) {
    Napi::ArrayBuffer ab = data.As<Napi::ArrayBuffer>();
    nbytes = ab.ByteLength();
    ptr = ab.Data();
  } else if (data.IsDataView()) {
    Napi::DataView dv = data.As<Napi::DataView>();
    nbytes = dv.ByteLength();
    ptr = static_cast<const uint8_t*>(dv.ArrayBuffer().Data()) + dv.ByteOffset();
  } else {
    ThrowType(env, "tensorFromData: data must be a TypedArray, ArrayBuffer or DataView");
  }
  // A zero-size tensor has no bytes to copy; NULL asks for (empty) zero-filled storage.
  if (nbytes == 0) ptr = nullptr;
  tsr_tensor* t = nullptr;
  tsr_status st = tsr_tensor_create(static_cast<tsr_dtype>(dtype), shape, ndim, ptr, nbytes, &t);
  if (st != TSR_OK) ThrowLast(env, st);
  return Napi::Value(env, WrapTensor(env, DataOf(env), t));
}

// tensorScalar(dtype, value: number | bigint | boolean) -> 0-d handle.
Napi::Value TensorScalar(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2) ThrowType(env, "tensorScalar(dtype, value): 2 arguments expected");
  int32_t dtype = DTypeArg(env, info[0], "tensorScalar");
  Napi::Value v = info[1];
  double d = 0;
  int64_t i64 = 0;
  bool is_big = false;
  if (v.IsNumber()) {
    d = v.As<Napi::Number>().DoubleValue();
  } else if (v.IsBoolean()) {
    d = v.As<Napi::Boolean>().Value() ? 1 : 0;
  } else if (v.IsBigInt()) {
    bool lossless = false;
    i64 = v.As<Napi::BigInt>().Int64Value(&lossless);
    if (!lossless) ThrowRange(env, "tensorScalar: bigint value does not fit in int64");
    d = static_cast<double>(i64);
    is_big = true;
  } else {
    ThrowType(env, "tensorScalar: value must be a number, bigint or boolean");
  }
  union {
    float f32;
    double f64;
    int32_t i32;
    int64_t i64;
    uint8_t u8;
  } u;
  std::memset(&u, 0, sizeof(u));
  auto to_int = [&](double lo, double hi) -> int64_t {
    if (is_big) return i64;
    if (!std::isfinite(d)) ThrowRange(env, "tensorScalar: cannot convert a non-finite number to an integer dtype");
    double t = std::trunc(d);
    if (t < lo || t > hi) ThrowRange(env, std::string("tensorScalar: value out of range for ") + DTypeName(dtype));
    return static_cast<int64_t>(t);
  };
  switch (dtype) {
    case TSR_DTYPE_FLOAT32: u.f32 = static_cast<float>(d); break;
    case TSR_DTYPE_FLOAT64: u.f64 = d; break;
    case TSR_DTYPE_INT32: u.i32 = static_cast<int32_t>(to_int(-2147483648.0, 2147483647.0)); break;
    case TSR_DTYPE_INT64: u.i64 = to_int(-9223372036854775808.0, 9223372036854774784.0); break;
    case TSR_DTYPE_UINT8: u.u8 = static_cast<uint8_t>(to_int(0, 255)); break;
    case TSR_DTYPE_BOOL: u.u8 = (is_big ? i64 != 0 : d != 0) ? 1 : 0; break;
  }
  tsr_tensor* t = nullptr;
  tsr_status st = tsr_tensor_create(static_cast<tsr_dtype>(dtype), nullptr, 0, &u, DTypeSize(dtype), &t);
  if (st != TSR_OK) ThrowLast(env, st);
  return Napi::Value(env, WrapTensor(env, DataOf(env), t));
}

Napi::Value TensorShape(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorShape");
  int64_t shape[TSR_MAX_DIMS];
  int32_t ndim = 0;
  tsr_status st = tsr_tensor_shape(t, shape, TSR_MAX_DIMS, &ndim);
  if (st != TSR_OK) ThrowLast(env, st);
  Napi::Array out = Napi::Array::New(env, ndim);
  for (int32_t k = 0; k < ndim; ++k) out.Set(static_cast<uint32_t>(k), Napi::Number::New(env, static_cast<double>(shape[k])));
  return out;
}

Napi::Value TensorStrides(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorStrides");
  int64_t strides[TSR_MAX_DIMS];
  int32_t ndim = 0;
  tsr_status st = tsr_tensor_strides(t, strides, TSR_MAX_DIMS, &ndim);
  if (st != TSR_OK) ThrowLast(env, st);
  Napi::Array out = Napi::Array::New(env, ndim);
  for (int32_t k = 0; k < ndim; ++k) out.Set(static_cast<uint32_t>(k), Napi::Number::New(env, static_cast<double>(strides[k])));
  return out;
}

Napi::Value TensorDtype(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorDtype");
  tsr_dtype dtype = TSR_DTYPE_FLOAT32;
  tsr_status st = tsr_tensor_dtype(t, &dtype);
  if (st != TSR_OK) ThrowLast(env, st);
  return Napi::Number::New(env, static_cast<int32_t>(dtype));
}

Napi::Value TensorNumel(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorNumel");
  int64_t numel = 0;
  tsr_status st = tsr_tensor_numel(t, &numel);
  if (st != TSR_OK) ThrowLast(env, st);
  return Napi::Number::New(env, static_cast<double>(numel));
}

Napi::Value TensorIsContiguous(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorIsContiguous");
  int32_t c = 0;
  tsr_status st = tsr_tensor_is_contiguous(t, &c);
  if (st != TSR_OK) ThrowLast(env, st);
  return Napi::Boolean::New(env, c != 0);
}

// tensorToTypedArray(h): a new typed array of the tensor's dtype with its elements in row-major
// order (bool -> Uint8Array of 0/1, int64 -> BigInt64Array).
Napi::Value TensorToTypedArray(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = LiveTensorArg(env, info[0], "tensorToTypedArray");
  tsr_dtype dtype = TSR_DTYPE_FLOAT32;
  int64_t numel = 0;
  tsr_status st = tsr_tensor_dtype(t, &dtype);
  if (st == TSR_OK) st = tsr_tensor_numel(t, &numel);
  if (st != TSR_OK) ThrowLast(env, st);
  size_t esize = DTypeSize(dtype);
  size_t nbytes = static_cast<size_t>(numel) * esize;
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env, nbytes);
  if (nbytes != 0) {
    st = tsr_tensor_copy_to(t, ab.Data(), nbytes);
    if (st != TSR_OK) ThrowLast(env, st);
  }
  napi_typedarray_type tat = napi_float32_array;
  switch (dtype) {
    case TSR_DTYPE_FLOAT32: tat = napi_float32_array; break;
    case TSR_DTYPE_FLOAT64: tat = napi_float64_array; break;
    case TSR_DTYPE_INT32: tat = napi_int32_array; break;
    case TSR_DTYPE_INT64: tat = napi_bigint64_array; break;
    case TSR_DTYPE_UINT8: tat = napi_uint8_array; break;
    case TSR_DTYPE_BOOL: tat = napi_uint8_array; break;
    default: ThrowTessera(env, TSR_ERR_INTERNAL, "tensor has an unknown dtype code", "", "");
  }
  napi_value out = nullptr;
  if (napi_create_typedarray(env, tat, static_cast<size_t>(numel), ab, 0, &out) != napi_ok)
    throw Napi::Error::New(env, "Tessera: could not create a typed array");
  return Napi::Value(env, out);
}

// dispose(h): releases the tensor now; idempotent (a disposed or stale handle is a no-op).
Napi::Value Dispose(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  AddonData* data = DataOf(env);
  napi_value v = info[0];
  tsr_tensor* t = nullptr;
  switch (ResolveTensor(env, data, v, &t)) {
    case HandleState::kLive: {
      void* raw = nullptr;
      napi_get_value_external(env, v, &raw);
      const uint32_t index = static_cast<uint32_t>(reinterpret_cast<uintptr_t>(raw)) >> 1;
      ReleaseSlot(env, data, index, true);
      return env.Undefined();
    }
    case HandleState::kDisposed: return env.Undefined();
    case HandleState::kForeign: break;
  }
  ThrowType(env, "dispose: expected a tensor handle");
}

Napi::Value IsDisposed(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* t = nullptr;
  switch (ResolveTensor(env, DataOf(env), info[0], &t)) {
    case HandleState::kLive: return Napi::Boolean::New(env, false);
    case HandleState::kDisposed: return Napi::Boolean::New(env, true);
    case HandleState::kForeign: break;
  }
  ThrowType(env, "isDisposed: expected a tensor handle");
}

}  // namespace tsr_node
