#include "tessera/registry/grad_ops.h"

namespace tsr::grad {

std::vector<Tensor> call_n(const char* op, const std::vector<Tensor>& inputs, const std::vector<Arg>& attrs) {
  const OpDef* def = Registry::get().find(op);
  if (!def) fail(Status::Internal, std::string("gradient uses unknown operator '") + op + "'");
  std::vector<const Tensor*> ptrs;
  for (const auto& t : inputs) ptrs.push_back(&t);
  std::vector<AttrRecordView> recs;
  for (const auto& a : attrs) {
    int slot = def->attr_slot(a.name);
    if (slot < 0) fail(Status::Internal, std::string("gradient passes unknown attribute '") + a.name + "' to " + op);
    recs.push_back(AttrRecordView{slot, static_cast<int32_t>(a.type), a.i, a.f, nullptr, a.ints.data(), nullptr,
                                  static_cast<int64_t>(a.ints.size())});
  }
  OpCall c;
  invoke(*def, ptrs.data(), static_cast<int>(ptrs.size()), recs.data(), static_cast<int>(recs.size()), c);
  return std::vector<Tensor>(c.outputs, c.outputs + c.n_outputs);
}

Tensor call(const char* op, std::initializer_list<Tensor> inputs, std::initializer_list<Arg> attrs) {
  return call_n(op, std::vector<Tensor>(inputs), std::vector<Arg>(attrs))[0];
}

Tensor scalar(double v, DType dtype) {
  return call("full", {}, {ints("shape", {}), f64("value", v), grad::dtype("dtype", dtype)});
}

Tensor unbroadcast(const Tensor& g, const Shape& to) {
  if (g.shape() == to) return g;
  std::vector<int64_t> axes;
  const int lead = g.ndim() - to.ndim;
  for (int d = 0; d < g.ndim(); ++d)
    if (d < lead || (to.d[d - lead] == 1 && g.dim(d) != 1)) axes.push_back(d);
  Tensor s = axes.empty() ? g : call("sum", {g}, {ints("axes", axes), flag("keepdims", true)});
  return call("reshape", {s}, {ints("shape", std::vector<int64_t>(to.d, to.d + to.ndim))});
}

Tensor expand_to(const Tensor& g, const Shape& to) {
  return call("add", {call("zeros", {}, {ints("shape", std::vector<int64_t>(to.d, to.d + to.ndim)), dtype("dtype", g.dtype())}), g});
}

Shape keepdims_shape(const Shape& in, const AttrValue& axes) {
  Shape s = in;
  if (axes.count == 0)
    for (int d = 0; d < s.ndim; ++d) s.d[d] = 1;
  for (int64_t k = 0; k < axes.count; ++k) s.d[axes.ints[k] < 0 ? axes.ints[k] + in.ndim : axes.ints[k]] = 1;
  return s;
}

}  // namespace tsr::grad
