// Autograd entry points of the addon: recording scope, leaves, gradients and backward.
#include "addon.h"

namespace tsr_node {

namespace {
void Check(Napi::Env env, tsr_status st) {
  if (st != TSR_OK) ThrowLast(env, st);
}
}  // namespace

// setRecording(on): returns the previous state.
Napi::Value AutogradSetRecording(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBoolean()) ThrowType(env, "setRecording(on): on must be a boolean");
  int32_t prev = 0;
  Check(env, tsr_autograd_set_recording(info[0].As<Napi::Boolean>().Value() ? 1 : 0, &prev));
  return Napi::Boolean::New(env, prev != 0);
}

Napi::Value AutogradIsRecording(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), tsr_autograd_is_recording() != 0);
}

Napi::Value TensorAttachGrad(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Check(env, tsr_tensor_attach_grad(LiveTensorArg(env, info[0], "attachGrad")));
  return env.Undefined();
}

Napi::Value TensorRequiresGrad(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int32_t out = 0;
  Check(env, tsr_tensor_requires_grad(LiveTensorArg(env, info[0], "requiresGrad"), &out));
  return Napi::Boolean::New(env, out != 0);
}

// grad(h): a new handle, or null when no gradient has arrived yet.
Napi::Value TensorGrad(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* g = nullptr;
  Check(env, tsr_tensor_grad(LiveTensorArg(env, info[0], "grad"), &g));
  if (!g) return env.Null();
  return Napi::Value(env, WrapTensor(env, DataOf(env), g));
}

Napi::Value TensorZeroGrad(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Check(env, tsr_tensor_zero_grad(LiveTensorArg(env, info[0], "zeroGrad")));
  return env.Undefined();
}

Napi::Value TensorDetach(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsr_tensor* out = nullptr;
  Check(env, tsr_tensor_detach(LiveTensorArg(env, info[0], "detach"), &out));
  return Napi::Value(env, WrapTensor(env, DataOf(env), out));
}

// backward(heads, headGrads): headGrads entries may be null/undefined (ones).
Napi::Value AutogradBackward(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsArray()) ThrowType(env, "backward(heads, headGrads): heads must be an array");
  Napi::Array heads = info[0].As<Napi::Array>();
  const uint32_t n = heads.Length();
  std::vector<const tsr_tensor*> hs(n), gs(n, nullptr);
  for (uint32_t k = 0; k < n; ++k) hs[k] = LiveTensorArg(env, heads.Get(k), "backward heads");
  if (info.Length() >= 2 && info[1].IsArray()) {
    Napi::Array grads = info[1].As<Napi::Array>();
    if (grads.Length() != n) ThrowRange(env, "backward: headGrads must have one entry per head");
    for (uint32_t k = 0; k < n; ++k) {
      Napi::Value v = grads.Get(k);
      if (!v.IsNull() && !v.IsUndefined()) gs[k] = LiveTensorArg(env, v, "backward headGrads");
    }
  }
  Check(env, tsr_autograd_backward(hs.data(), static_cast<int32_t>(n), gs.data()));
  return env.Undefined();
}

}  // namespace tsr_node
