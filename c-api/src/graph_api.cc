// C entry points for graphs (explicit, traced, imported from ONNX) and ONNX export.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "boundary.h"
#include "tessera/core/kernels/conv.h"
#include "tessera/graph/executor.h"
#include "tessera/graph/onnx.h"
#include "tessera/graph/trace.h"

using tsr::Error;
using tsr::Status;
namespace tg = tsr::graph;

// A graph handle: a graph under construction (explicit or traced) that freezes into an executor
// on its first run, or an imported ONNX model.
struct tsr_graph {
  std::unique_ptr<tg::Graph> g = std::make_unique<tg::Graph>();
  std::unique_ptr<tg::Executor> exec;
  std::unique_ptr<tsr::onnx_io::Model> onnx;
  std::unique_ptr<tg::Tracer> tracer;
};

namespace {

// Live graph handles: a released or foreign pointer is recognised without reading its memory
// (a magic number in freed memory could not be read safely). Graph calls are coarse, so
// one lock per call costs nothing measurable.
std::mutex g_live_mu;
std::unordered_set<const tsr_graph*> g_live;

tsr_graph* track(tsr_graph* g) {
  std::lock_guard<std::mutex> lock(g_live_mu);
  g_live.insert(g);
  return g;
}

tsr_graph& graph_of(const tsr_graph* g) {
  if (!g) throw Error(Status::InvalidHandle, "graph handle is null", {}, "graph");
  {
    std::lock_guard<std::mutex> lock(g_live_mu);
    if (!g_live.count(g)) throw Error(Status::InvalidHandle, "graph handle was released or is not a graph", {}, "graph");
  }
  return *const_cast<tsr_graph*>(g);
}

tg::Graph& editable(tsr_graph* h) {
  tsr_graph& g = graph_of(h);
  if (g.onnx) throw Error(Status::InvalidArgument, "an imported ONNX model cannot be edited", {}, "graph");
  if (g.exec) throw Error(Status::InvalidArgument, "the graph has run and can no longer be changed", {}, "graph");
  return *g.g;
}

const tg::Value& input_value(const tsr_graph& g, int32_t k) {
  const int32_t n = g.onnx ? static_cast<int32_t>(g.onnx->inputs().size()) : static_cast<int32_t>(g.g->inputs().size());
  if (k < 0 || k >= n) throw Error(Status::InvalidArgument, "input index " + std::to_string(k) + " is out of range (" + std::to_string(n) + " inputs)", {}, "k");
  return g.onnx ? g.onnx->inputs()[k] : g.g->value(g.g->inputs()[k]);
}

const std::vector<std::string>& output_names(const tsr_graph& g) { return g.onnx ? g.onnx->output_names() : g.g->output_names(); }

std::string export_bytes(tsr_graph& g) {
  if (g.tracer && g.tracer->active()) throw Error(Status::InvalidArgument, "the graph is still tracing", {}, "graph");
  if (g.onnx) {
    if (const tg::Graph* last = g.onnx->last_graph()) return tsr::onnx_io::export_model(tg::optimize(*last));
    std::vector<tsr::Tensor> feeds;
    for (const auto& in : g.onnx->inputs()) {
      bool known = in.shape_known;
      for (auto d : in.dims) known = known && d >= 0;
      if (!known) throw Error(Status::InvalidArgument, "run the model once before exporting: input '" + in.name + "' has no fixed shape", {}, "graph");
      feeds.push_back(tsr::Tensor::zeros(in.dtype, tsr::Shape::of(in.dims.data(), static_cast<int>(in.dims.size()))));
    }
    return tsr::onnx_io::export_model(tg::optimize(g.onnx->specialize(feeds)));
  }
  if (g.g->outputs().empty()) throw Error(Status::InvalidArgument, "the graph has no outputs (tsr_graph_set_outputs)", {}, "graph");
  return tsr::onnx_io::export_model(tg::optimize(*g.g));
}

}  // namespace

extern "C" {

tsr_status tsr_graph_create(tsr_graph** out) {
  TSR_TRY
  require(out, "out");
  *out = track(new tsr_graph());
  TSR_CATCH
}

void tsr_graph_release(tsr_graph* g) {
  if (!g) return;
  {
    std::lock_guard<std::mutex> lock(g_live_mu);
    if (!g_live.erase(g)) return;  // released already, or not a graph
  }
  delete g;
  tsr::conv_drop_dead_weights();  // the model's reordered conv weights go with it
}

tsr_status tsr_graph_add_input(tsr_graph* g, const char* name, tsr_dtype dtype, const int64_t* dims, int32_t ndim, int32_t* out_value) {
  TSR_TRY
  tg::Graph& gr = editable(g);
  require(name, "name");
  require(out_value, "out_value");
  if (ndim < 0 || ndim > TSR_MAX_DIMS) throw Error(Status::InvalidArgument, "ndim must be 0.." + std::to_string(TSR_MAX_DIMS), {}, "ndim");
  if (ndim > 0) require(dims, "dims");
  *out_value = gr.add_input(name, dtype_arg(dtype), std::vector<int64_t>(dims, dims + ndim));
  TSR_CATCH
}

tsr_status tsr_graph_add_constant(tsr_graph* g, const char* name, const tsr_tensor* value, int32_t* out_value) {
  TSR_TRY
  tg::Graph& gr = editable(g);
  require(name, "name");
  require(out_value, "out_value");
  *out_value = gr.add_constant(name, tensor_of(value, "value").contiguous());
  TSR_CATCH
}

tsr_status tsr_graph_add_node(tsr_graph* g, const tsr_op* op, const int32_t* inputs, int32_t n_inputs, const tsr_attr* attrs,
                              int32_t n_attrs, int32_t n_outputs, int32_t* out_values, int32_t capacity, int32_t* out_count) {
  TSR_TRY
  tg::Graph& gr = editable(g);
  const tsr::OpDef& def = op_of(op);
  if (n_inputs < 0 || n_attrs < 0) throw Error(Status::InvalidArgument, "negative count", {}, n_inputs < 0 ? "n_inputs" : "n_attrs");
  if (n_inputs > 0) require(inputs, "inputs");
  if (n_attrs > 0) require(attrs, "attrs");
  require(out_count, "out_count");
  std::vector<int> ins(inputs, inputs + n_inputs);
  std::vector<tg::NodeAttr> as;
  for (int32_t k = 0; k < n_attrs; ++k) {
    const tsr_attr& a = attrs[k];
    if (a.slot < 0 || a.slot >= static_cast<int32_t>(def.attrs.size()))
      throw Error(Status::InvalidAttribute, "attribute slot " + std::to_string(a.slot) + " does not exist", def.name, "attrs");
    tg::NodeAttr na;
    na.slot = a.slot;
    na.type = static_cast<tsr::AttrType>(a.type);
    na.i = a.i;
    na.f = a.f;
    if ((a.type == TSR_ATTR_STRING || a.type == TSR_ATTR_ENUM) && a.s) na.s = a.s;
    if (a.count < 0) throw Error(Status::InvalidAttribute, "attribute list count is negative", def.name, def.attrs[a.slot].name);
    if (a.type == TSR_ATTR_INTS && a.count > 0) { require(a.ints, "ints"); na.ints.assign(a.ints, a.ints + a.count); }
    if (a.type == TSR_ATTR_FLOATS && a.count > 0) { require(a.floats, "floats"); na.floats.assign(a.floats, a.floats + a.count); }
    as.push_back(std::move(na));
  }
  auto outs = gr.add_node(def, ins, std::move(as), n_outputs);
  *out_count = static_cast<int32_t>(outs.size());
  if (out_values)
    for (int32_t k = 0; k < capacity && k < static_cast<int32_t>(outs.size()); ++k) out_values[k] = outs[k];
  TSR_CATCH
}

tsr_status tsr_graph_set_outputs(tsr_graph* g, const int32_t* values, int32_t n, const char* const* names) {
  TSR_TRY
  tg::Graph& gr = editable(g);
  if (n <= 0) throw Error(Status::InvalidArgument, "a graph needs at least one output", {}, "n");
  require(values, "values");
  std::vector<std::string> ns;
  if (names)
    for (int32_t k = 0; k < n; ++k) {
      if (!names[k]) throw Error(Status::InvalidArgument, "output name " + std::to_string(k) + " is null", {}, "names");
      ns.push_back(names[k]);
    }
  gr.set_outputs(std::vector<int>(values, values + n), ns);
  TSR_CATCH
}

tsr_status tsr_graph_input_count(const tsr_graph* g, int32_t* out) {
  TSR_TRY
  const tsr_graph& h = graph_of(g);
  require(out, "out");
  *out = h.onnx ? static_cast<int32_t>(h.onnx->inputs().size()) : static_cast<int32_t>(h.g->inputs().size());
  TSR_CATCH
}

tsr_status tsr_graph_input_info(const tsr_graph* g, int32_t k, const char** name, tsr_dtype* dtype, int64_t* dims, int32_t capacity,
                                int32_t* ndim) {
  TSR_TRY
  const tg::Value& v = input_value(graph_of(g), k);
  if (name) *name = v.name.c_str();
  if (dtype) *dtype = static_cast<tsr_dtype>(v.dtype);
  const bool rank_known = v.shape_known || !v.dims.empty();
  if (ndim) *ndim = rank_known ? static_cast<int32_t>(v.dims.size()) : -1;
  if (dims)
    for (int32_t i = 0; i < capacity && i < static_cast<int32_t>(v.dims.size()); ++i) dims[i] = v.dims[i];
  TSR_CATCH
}

tsr_status tsr_graph_output_count(const tsr_graph* g, int32_t* out) {
  TSR_TRY
  require(out, "out");
  *out = static_cast<int32_t>(output_names(graph_of(g)).size());
  TSR_CATCH
}

tsr_status tsr_graph_output_name(const tsr_graph* g, int32_t k, const char** name) {
  TSR_TRY
  const auto& names = output_names(graph_of(g));
  require(name, "name");
  if (k < 0 || k >= static_cast<int32_t>(names.size()))
    throw Error(Status::InvalidArgument, "output index " + std::to_string(k) + " is out of range", {}, "k");
  *name = names[k].c_str();
  TSR_CATCH
}

tsr_status tsr_graph_run(tsr_graph* g, const tsr_tensor* const* feeds, int32_t n_feeds, tsr_tensor** outputs, int32_t n_outputs) {
  TSR_TRY
  tsr_graph& h = graph_of(g);
  if (h.tracer && h.tracer->active()) throw Error(Status::InvalidArgument, "the graph is still tracing", {}, "graph");
  require(outputs, "outputs");
  if (n_feeds < 0) throw Error(Status::InvalidArgument, "n_feeds is negative", {}, "n_feeds");
  if (n_feeds > 0) require(feeds, "feeds");
  const int32_t want = static_cast<int32_t>(output_names(h).size());
  if (want == 0) throw Error(Status::InvalidArgument, "the graph has no outputs (tsr_graph_set_outputs)", {}, "graph");
  if (n_outputs != want)
    throw Error(Status::InvalidArgument, "the graph has " + std::to_string(want) + " outputs, n_outputs is " + std::to_string(n_outputs), {}, "n_outputs");
  std::vector<tsr::Tensor> fs;
  for (int32_t k = 0; k < n_feeds; ++k) fs.push_back(tensor_of(feeds[k], "feeds"));
  std::vector<tsr::Tensor> res;
  if (h.onnx) {
    res = h.onnx->run(fs);
  } else {
    if (!h.exec) h.exec = std::make_unique<tg::Executor>(*h.g);
    res = h.exec->run(fs);
  }
  for (int32_t k = 0; k < n_outputs; ++k)
    if (!res[k].defined()) throw Error(Status::Internal, "graph output '" + output_names(h)[k] + "' was not computed", {}, "outputs");
  for (int32_t k = 0; k < n_outputs; ++k) outputs[k] = new_handle(res[k]);
  TSR_CATCH
}

tsr_status tsr_graph_plan_stats(const tsr_graph* g, int32_t* nodes, int64_t* arena_bytes, int64_t* unshared_bytes) {
  TSR_TRY
  const tsr_graph& h = graph_of(g);
  tg::PlanStats s = h.onnx ? h.onnx->stats() : h.exec ? h.exec->stats() : tg::PlanStats{};
  if (nodes) *nodes = s.nodes;
  if (arena_bytes) *arena_bytes = static_cast<int64_t>(s.arena_bytes);
  if (unshared_bytes) *unshared_bytes = static_cast<int64_t>(s.unshared_bytes);
  TSR_CATCH
}

tsr_status tsr_graph_trace_begin(tsr_graph* g) {
  TSR_TRY
  tg::Graph& gr = editable(g);
  if (!gr.nodes().empty() || !gr.inputs().empty()) throw Error(Status::InvalidArgument, "tracing needs an empty graph", {}, "graph");
  tsr_graph& h = graph_of(g);
  // Replacing an active tracer would free it while its thread's hook still points at it.
  if (h.tracer && h.tracer->active()) throw Error(Status::InvalidArgument, "the graph is already tracing", {}, "graph");
  h.tracer = std::make_unique<tg::Tracer>();
  h.tracer->begin();
  TSR_CATCH
}

tsr_status tsr_graph_trace_input(tsr_graph* g, const tsr_tensor* t, const char* name) {
  TSR_TRY
  tsr_graph& h = graph_of(g);
  require(name, "name");
  if (!h.tracer || !h.tracer->active()) throw Error(Status::InvalidArgument, "the graph is not tracing (tsr_graph_trace_begin)", {}, "graph");
  h.tracer->input(tensor_of(t, "t"), name);
  TSR_CATCH
}

tsr_status tsr_graph_trace_end(tsr_graph* g, const tsr_tensor* const* outputs, int32_t n, const char* const* names) {
  TSR_TRY
  tsr_graph& h = graph_of(g);
  if (!h.tracer || !h.tracer->active()) throw Error(Status::InvalidArgument, "the graph is not tracing (tsr_graph_trace_begin)", {}, "graph");
  h.tracer->check_thread();  // before anything below may free the tracer
  std::vector<tsr::Tensor> outs;
  std::vector<std::string> ns;
  try {
    if (n <= 0) throw Error(Status::InvalidArgument, "a graph needs at least one output", {}, "n");
    require(outputs, "outputs");
    for (int32_t k = 0; k < n; ++k) {
      outs.push_back(tensor_of(outputs[k], "outputs"));
      if (names) {
        if (!names[k]) throw Error(Status::InvalidArgument, "output name " + std::to_string(k) + " is null", {}, "names");
        ns.push_back(names[k]);
      }
    }
  } catch (...) {
    h.tracer.reset();  // stop recording either way, so the thread is not left tracing
    throw;
  }
  *h.g = h.tracer->end(outs, ns);
  h.tracer.reset();
  TSR_CATCH
}

tsr_status tsr_onnx_import_file(const char* path, tsr_graph** out) {
  TSR_TRY
  require(path, "path");
  require(out, "out");
  auto m = tsr::onnx_io::Model::load_file(path);
  auto* h = new tsr_graph();
  h->onnx = std::move(m);
  *out = track(h);
  TSR_CATCH
}

tsr_status tsr_onnx_import_bytes(const void* data, size_t size, const char* base_dir, tsr_graph** out) {
  TSR_TRY
  require(out, "out");
  auto m = tsr::onnx_io::Model::load_bytes(data, size, base_dir ? base_dir : "");
  auto* h = new tsr_graph();
  h->onnx = std::move(m);
  *out = track(h);
  TSR_CATCH
}

tsr_status tsr_onnx_export_file(tsr_graph* g, const char* path) {
  TSR_TRY
  require(path, "path");
  const std::string bytes = export_bytes(graph_of(g));
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) throw Error(Status::NotFound, std::string("cannot write '") + path + "'", {}, "path");
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) throw Error(Status::Internal, std::string("writing '") + path + "' failed", {}, "path");
  TSR_CATCH
}

tsr_status tsr_onnx_export_bytes(tsr_graph* g, void** out_data, size_t* out_size) {
  TSR_TRY
  require(out_data, "out_data");
  require(out_size, "out_size");
  const std::string bytes = export_bytes(graph_of(g));
  void* p = std::malloc(bytes.empty() ? 1 : bytes.size());
  if (!p) throw std::bad_alloc();
  std::memcpy(p, bytes.data(), bytes.size());
  *out_data = p;
  *out_size = bytes.size();
  TSR_CATCH
}

tsr_status tsr_onnx_read_tensor(const void* data, size_t size, tsr_tensor** out) {
  TSR_TRY
  require(out, "out");
  if (!data && size) throw Error(Status::InvalidArgument, "data is null", {}, "data");
  *out = new_handle(tsr::onnx_io::read_tensor(data, size));
  TSR_CATCH
}

const char* tsr_onnx_importer_json(void) {
  try {
    static const std::string json = tsr::onnx_io::importer_json();
    return json.c_str();
  } catch (const std::exception& e) {
    set_error(TSR_ERR_INTERNAL, std::string("internal error: ") + e.what());
    return "";
  }
}

void tsr_buffer_free(void* data) { std::free(data); }

}  // extern "C"
