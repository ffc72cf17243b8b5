// The operator registry: every family file contributes its OpDefs; lookups by name happen once
// per binding, invocations go by index.
#pragma once
#include <string>
#include <vector>

#include "tessera/registry/op_def.h"

namespace tsr {

class Registry {
 public:
  static const Registry& get();  // built on first use, validated, immutable afterwards
  const std::vector<OpDef>& ops() const { return ops_; }
  const OpDef* find(const std::string& name) const;
  const std::string& json() const { return json_; }  // see registry_json.cc for the schema
  const std::string& hash() const { return hash_; }

  void add(OpDef def);  // used while building only

 private:
  Registry();
  void validate() const;
  std::vector<OpDef> ops_;
  std::string json_, hash_;
};

// Runs one operator: resolves attributes (defaults, types, ranges, enums), checks input dtypes,
// infers outputs, allocates them and runs the kernel. Throws tsr::Error naming op and argument.
struct AttrRecordView {
  int32_t slot;
  int32_t type;
  int64_t i;
  double f;
  const char* s;
  const int64_t* ints;
  const double* floats;
  int64_t count;
};
void invoke(const OpDef& op, const Tensor* const* inputs, int n_inputs, const AttrRecordView* attrs, int n_attrs,
            OpCall& call);
// The checks and inference of invoke without allocating or running the kernel: fills
// call.n_outputs, out_dtype and out_shape. Inputs may be Tensor::meta (shape and dtype only).
void infer(const OpDef& op, const Tensor* const* inputs, int n_inputs, const AttrRecordView* attrs, int n_attrs,
           OpCall& call);

// Called after every successful invoke on this thread while set (graph tracing); null = off.
using TraceHook = void (*)(void* ctx, const OpDef& op, const OpCall& call);
void set_trace_hook(TraceHook hook, void* ctx);

// Family registration functions, one per file in op-registry/ops/.
void register_elementwise_ops(Registry& r);
void register_compare_ops(Registry& r);
void register_linalg_ops(Registry& r);
void register_reduce_ops(Registry& r);
void register_shape_ops(Registry& r);
void register_softmax_ops(Registry& r);
void register_creation_ops(Registry& r);
void register_math_ops(Registry& r);
void register_logical_ops(Registry& r);
void register_activation_ops(Registry& r);
void register_indexing_ops(Registry& r);
void register_layout_ops(Registry& r);
void register_nn_misc_ops(Registry& r);
void register_loss_ops(Registry& r);
void register_optim_ops(Registry& r);
void register_conv_ops(Registry& r);
void register_pool_ops(Registry& r);
void register_norm_ops(Registry& r);

}  // namespace tsr
