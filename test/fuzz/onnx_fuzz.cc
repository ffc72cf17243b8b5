// ONNX import fuzz driver: mutates seed models (byte-level and structure-aware, through the onnx
// protobuf classes), imports each through tsr_onnx_import_bytes and runs what imports with inputs
// of the declared shapes. Every call must return a status; a crash, an ASan report or a leak is a
// failure. Built under AddressSanitizer by scripts/build-asan.mjs, run by suites/25-fuzz-asan.mjs.
//
//   tsr_onnx_fuzz [--count N] [--seed S] [--seeds DIR] [--light DIR] [--only K]
//                 [--save-current FILE] [--replay FILE] [--verbose]
// Seeds: every model.onnx under --seeds (default ../shared/conformance/onnx-node; built-in
// models when absent) and, for import only, the full networks in --light (onnx-light).
// Mutation K uses its own PRNG seeded from (S, K), so `--only K` reproduces one input exactly.
#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "onnx/onnx_pb.h"
#include "tessera/c_api.h"

namespace fs = std::filesystem;
using Rng = std::mt19937_64;

namespace {

constexpr int64_t kMaxRunNumel = 1'000'000;  // runs with larger declared inputs are skipped

struct Seed {
  std::string name;
  std::string bytes;
  bool import_only = false;  // full networks: a run takes seconds under ASan
};

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// ---- seeds ----------------------------------------------------------------------------------

onnx::ValueInfoProto* add_value(onnx::GraphProto* g, bool input, const std::string& name, std::vector<int64_t> dims) {
  auto* vi = input ? g->add_input() : g->add_output();
  vi->set_name(name);
  auto* tt = vi->mutable_type()->mutable_tensor_type();
  tt->set_elem_type(onnx::TensorProto::FLOAT);
  for (int64_t d : dims) {
    auto* dim = tt->mutable_shape()->add_dim();
    if (d < 0) dim->set_dim_param("N");
    else dim->set_dim_value(d);
  }
  return vi;
}

onnx::NodeProto* add_node(onnx::GraphProto* g, const std::string& op, std::vector<std::string> ins, std::vector<std::string> outs) {
  auto* n = g->add_node();
  n->set_op_type(op);
  for (auto& s : ins) n->add_input(s);
  for (auto& s : outs) n->add_output(s);
  return n;
}

void add_float_init(onnx::GraphProto* g, const std::string& name, std::vector<int64_t> dims, float start) {
  auto* t = g->add_initializer();
  t->set_name(name);
  t->set_data_type(onnx::TensorProto::FLOAT);
  int64_t n = 1;
  for (int64_t d : dims) t->add_dims(d), n *= d;
  std::vector<float> v(n);
  for (int64_t i = 0; i < n; ++i) v[i] = start + 0.25f * static_cast<float>(i % 7);
  t->set_raw_data(std::string(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float)));
}

std::string finish(onnx::ModelProto& m, int opset) {
  m.set_ir_version(8);
  auto* o = m.add_opset_import();
  o->set_domain("");
  o->set_version(opset);
  return m.SerializeAsString();
}

// A handful of small models for when the conformance folder is absent.
std::vector<Seed> builtin_seeds() {
  std::vector<Seed> out;
  {
    onnx::ModelProto m;
    auto* g = m.mutable_graph();
    add_value(g, true, "x", {-1, 3});
    add_value(g, true, "y", {1, 3});
    add_node(g, "Add", {"x", "y"}, {"s"});
    add_node(g, "Relu", {"s"}, {"z"});
    add_value(g, false, "z", {-1, 3});
    out.push_back({"builtin_add_relu", finish(m, 17)});
  }
  {
    onnx::ModelProto m;
    auto* g = m.mutable_graph();
    add_value(g, true, "x", {2, 4});
    add_float_init(g, "w", {4, 3}, -0.5f);
    add_float_init(g, "b", {3}, 0.1f);
    add_node(g, "Gemm", {"x", "w", "b"}, {"h"});
    add_node(g, "Softmax", {"h"}, {"y"});
    add_value(g, false, "y", {2, 3});
    out.push_back({"builtin_gemm_softmax", finish(m, 13)});
  }
  {
    onnx::ModelProto m;
    auto* g = m.mutable_graph();
    add_value(g, true, "x", {1, 2, 5, 5});
    add_float_init(g, "w", {3, 2, 3, 3}, -0.3f);
    auto* c = add_node(g, "Conv", {"x", "w"}, {"c"});
    auto* a = c->add_attribute();
    a->set_name("pads");
    a->set_type(onnx::AttributeProto::INTS);
    for (int k = 0; k < 4; ++k) a->add_ints(1);
    auto* p = add_node(g, "MaxPool", {"c"}, {"y"});
    auto* ks = p->add_attribute();
    ks->set_name("kernel_shape");
    ks->set_type(onnx::AttributeProto::INTS);
    ks->add_ints(2), ks->add_ints(2);
    add_value(g, false, "y", {1, 3, 2, 2});
    out.push_back({"builtin_conv_pool", finish(m, 11)});
  }
  {
    onnx::ModelProto m;
    auto* g = m.mutable_graph();
    add_value(g, true, "x", {2, 3, 4});
    auto* shape = g->add_initializer();
    shape->set_name("shape");
    shape->set_data_type(onnx::TensorProto::INT64);
    shape->add_dims(2);
    shape->add_int64_data(6), shape->add_int64_data(-1);
    add_node(g, "Reshape", {"x", "shape"}, {"r"});
    auto* t = add_node(g, "Transpose", {"r"}, {"t"});
    auto* perm = t->add_attribute();
    perm->set_name("perm");
    perm->set_type(onnx::AttributeProto::INTS);
    perm->add_ints(1), perm->add_ints(0);
    auto* rs = add_node(g, "ReduceSum", {"t"}, {"y"});
    auto* kd = rs->add_attribute();
    kd->set_name("keepdims");
    kd->set_type(onnx::AttributeProto::INT);
    kd->set_i(0);
    add_value(g, false, "y", {});
    out.push_back({"builtin_reshape_transpose_reduce", finish(m, 11)});
  }
  return out;
}

std::vector<Seed> load_seeds(const std::string& dir, const std::string& light_dir) {
  std::vector<Seed> out;
  std::error_code ec;
  if (!dir.empty() && fs::is_directory(dir, ec)) {
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_regular_file() && it->path().filename() == "model.onnx")
        out.push_back({it->path().parent_path().filename().string(), read_file(it->path())});
    std::sort(out.begin(), out.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
  }
  if (out.empty()) out = builtin_seeds();
  if (!light_dir.empty() && fs::is_directory(light_dir, ec)) {
    std::vector<Seed> light;
    for (const auto& e : fs::directory_iterator(light_dir, ec))
      if (e.path().extension() == ".onnx") light.push_back({e.path().stem().string(), read_file(e.path()), true});
    std::sort(light.begin(), light.end(), [](const Seed& a, const Seed& b) { return a.name < b.name; });
    out.insert(out.end(), light.begin(), light.end());
  }
  return out;
}

// ---- mutations ------------------------------------------------------------------------------

int64_t pick(Rng& r, int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(r); }

int64_t hostile_int(Rng& r) {
  static const int64_t v[] = {0, -1, -2, 1, 2, 7, 255, 1 << 16, int64_t{1} << 31, (int64_t{1} << 31) - 1, int64_t{1} << 40,
                              int64_t{1} << 62, std::numeric_limits<int64_t>::max(), std::numeric_limits<int64_t>::min(),
                              -(int64_t{1} << 40)};
  return v[pick(r, 0, sizeof v / sizeof v[0] - 1)];
}

// Byte-level: what a truncated download or a corrupted disk produces.
std::string mutate_bytes(std::string s, Rng& r, std::string& what) {
  if (s.empty()) s = "x";
  switch (pick(r, 0, 4)) {
    case 0:
      s.resize(static_cast<size_t>(pick(r, 0, static_cast<int64_t>(s.size()) - 1)));
      what = "truncate";
      break;
    case 1: {
      const int n = static_cast<int>(pick(r, 1, 8));
      for (int k = 0; k < n; ++k) s[pick(r, 0, static_cast<int64_t>(s.size()) - 1)] ^= static_cast<char>(1 << pick(r, 0, 7));
      what = "bit flips";
      break;
    }
    case 2: {
      const size_t at = static_cast<size_t>(pick(r, 0, static_cast<int64_t>(s.size())));
      std::string ins(static_cast<size_t>(pick(r, 1, 16)), '\0');
      for (char& c : ins) c = static_cast<char>(pick(r, 0, 255));
      s.insert(at, ins);
      what = "insert bytes";
      break;
    }
    case 3: {
      const size_t at = static_cast<size_t>(pick(r, 0, static_cast<int64_t>(s.size()) - 1));
      s.erase(at, static_cast<size_t>(pick(r, 1, 16)));
      what = "delete bytes";
      break;
    }
    default: {
      // Overwrite with bytes that make large varints or lengths.
      const size_t at = static_cast<size_t>(pick(r, 0, static_cast<int64_t>(s.size()) - 1));
      static const char pat[][5] = {"\xff\xff\xff\xff", "\x7f\x7f\x7f\x7f", "\x80\x80\x80\x80", "\x00\x00\x00\x00"};
      const auto& p = pat[pick(r, 0, 3)];
      for (size_t k = 0; k < 4 && at + k < s.size(); ++k) s[at + k] = p[k];
      what = "overwrite bytes";
    }
  }
  return s;
}

onnx::TensorShapeProto* some_shape(onnx::ModelProto& m, Rng& r) {
  auto* g = m.mutable_graph();
  std::vector<onnx::ValueInfoProto*> vis;
  for (auto& v : *g->mutable_input()) vis.push_back(&v);
  for (auto& v : *g->mutable_output()) vis.push_back(&v);
  if (vis.empty()) return nullptr;
  auto* vi = vis[pick(r, 0, static_cast<int64_t>(vis.size()) - 1)];
  return vi->mutable_type()->mutable_tensor_type()->mutable_shape();
}

onnx::TensorProto* some_initializer(onnx::ModelProto& m, Rng& r) {
  auto* g = m.mutable_graph();
  if (g->initializer_size() > 0) return g->mutable_initializer(static_cast<int>(pick(r, 0, g->initializer_size() - 1)));
  // Constant nodes carry tensors too.
  for (auto& n : *g->mutable_node())
    for (auto& a : *n.mutable_attribute())
      if (a.has_t()) return a.mutable_t();
  return nullptr;
}

onnx::NodeProto* some_node(onnx::ModelProto& m, Rng& r, int* index = nullptr) {
  auto* g = m.mutable_graph();
  if (g->node_size() == 0) return nullptr;
  const int i = static_cast<int>(pick(r, 0, g->node_size() - 1));
  if (index) *index = i;
  return g->mutable_node(i);
}

// One structure-aware mutation; returns a short description (empty when it did not apply).
std::string mutate_structure(onnx::ModelProto& m, Rng& r, const std::vector<std::string>& op_types) {
  auto* g = m.mutable_graph();
  switch (pick(r, 0, 15)) {
    case 0: {  // huge, negative or zero dims on a declared input/output
      auto* s = some_shape(m, r);
      if (!s) return {};
      if (s->dim_size() == 0 || pick(r, 0, 3) == 0) s->add_dim();
      s->mutable_dim(static_cast<int>(pick(r, 0, s->dim_size() - 1)))->set_dim_value(hostile_int(r));
      return "hostile input/output dim";
    }
    case 1: {  // rank change: many dims
      auto* s = some_shape(m, r);
      if (!s) return {};
      const int n = static_cast<int>(pick(r, 1, 12));
      for (int k = 0; k < n; ++k) s->add_dim()->set_dim_value(pick(r, 0, 3));
      return "extra dims";
    }
    case 2: {  // raw_data of the wrong size
      auto* t = some_initializer(m, r);
      if (!t) return {};
      std::string raw = t->raw_data();
      if (raw.empty() || pick(r, 0, 1)) raw.append(static_cast<size_t>(pick(r, 1, 9)), '\x01');
      else raw.resize(static_cast<size_t>(pick(r, 0, static_cast<int64_t>(raw.size()) - 1)));
      t->set_raw_data(raw);
      return "raw_data size";
    }
    case 3: {  // initializer dims that do not match the data (huge, negative, extra)
      auto* t = some_initializer(m, r);
      if (!t) return {};
      if (t->dims_size() == 0 || pick(r, 0, 2) == 0) t->add_dims(hostile_int(r));
      else t->set_dims(static_cast<int>(pick(r, 0, t->dims_size() - 1)), hostile_int(r));
      return "initializer dims";
    }
    case 4: {  // initializer element type
      auto* t = some_initializer(m, r);
      if (!t) return {};
      t->set_data_type(static_cast<int32_t>(pick(r, -1, 25)));
      return "initializer data_type";
    }
    case 5: {  // dangling input name
      auto* n = some_node(m, r);
      if (!n) return {};
      if (n->input_size() == 0) n->add_input("dangling");
      else n->set_input(static_cast<int>(pick(r, 0, n->input_size() - 1)), "dangling_" + std::to_string(pick(r, 0, 99)));
      return "dangling input";
    }
    case 6: {  // a cycle: a node reads its own or a later node's output
      int i = 0;
      auto* n = some_node(m, r, &i);
      if (!n) return {};
      const auto& later = g->node(static_cast<int>(pick(r, i, g->node_size() - 1)));
      if (later.output_size() == 0) return {};
      const std::string out = later.output(static_cast<int>(pick(r, 0, later.output_size() - 1)));
      if (n->input_size() == 0) n->add_input(out);
      else n->set_input(static_cast<int>(pick(r, 0, n->input_size() - 1)), out);
      return "cycle";
    }
    case 7: {  // unknown op type, or another seed's op type (wrong arity and attributes)
      auto* n = some_node(m, r);
      if (!n) return {};
      if (pick(r, 0, 2) == 0 || op_types.empty()) n->set_op_type(pick(r, 0, 1) ? "NoSuchOp" : "");
      else n->set_op_type(op_types[pick(r, 0, static_cast<int64_t>(op_types.size()) - 1)]);
      return "op type";
    }
    case 8: {  // missing or strange opsets
      switch (pick(r, 0, 3)) {
        case 0: m.clear_opset_import(); break;
        case 1: for (auto& o : *m.mutable_opset_import()) o.set_version(hostile_int(r)); break;
        case 2: for (auto& o : *m.mutable_opset_import()) o.set_domain("com.example"); break;
        default: m.add_opset_import()->set_version(pick(r, 1, 30));
      }
      if (pick(r, 0, 1)) m.set_ir_version(pick(r, -1, 12));
      return "opset";
    }
    case 9: {  // huge attribute values
      auto* n = some_node(m, r);
      if (!n) return {};
      if (n->attribute_size() == 0 || pick(r, 0, 3) == 0) {
        static const char* names[] = {"axis", "axes", "perm", "kernel_shape", "pads", "strides", "dilations", "group", "keepdims", "to",
                                      "alpha", "mode", "shape", "value"};
        auto* a = n->add_attribute();
        a->set_name(names[pick(r, 0, sizeof names / sizeof names[0] - 1)]);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(hostile_int(r));
        return "added attribute";
      }
      auto* a = n->mutable_attribute(static_cast<int>(pick(r, 0, n->attribute_size() - 1)));
      switch (pick(r, 0, 4)) {
        case 0: a->set_i(hostile_int(r)); break;
        case 1: {
          const int k = static_cast<int>(pick(r, 0, 8));
          a->clear_ints();
          for (int j = 0; j < k; ++j) a->add_ints(pick(r, 0, 2) ? pick(r, -3, 3) : hostile_int(r));
          break;
        }
        case 2: a->set_f(pick(r, 0, 1) ? std::numeric_limits<float>::infinity() : std::numeric_limits<float>::quiet_NaN()); break;
        case 3: a->set_type(static_cast<onnx::AttributeProto::AttributeType>(pick(r, 0, 14))); break;
        default: a->set_s(std::string(static_cast<size_t>(pick(r, 0, 300)), 'z'));
      }
      return "attribute value";
    }
    case 10: {  // external data paths and offsets
      auto* t = some_initializer(m, r);
      if (!t) return {};
      static const char* locs[] = {"../../etc/passwd", "/etc/passwd", "weights.bin", "", "sub/../../x", "missing.bin"};
      t->set_data_location(onnx::TensorProto::EXTERNAL);
      t->clear_raw_data();
      auto* kv = t->add_external_data();
      kv->set_key("location");
      kv->set_value(locs[pick(r, 0, 5)]);
      if (pick(r, 0, 1)) {
        auto* off = t->add_external_data();
        off->set_key(pick(r, 0, 1) ? "offset" : "length");
        off->set_value(pick(r, 0, 1) ? std::to_string(hostile_int(r)) : "12abc");
      }
      return "external data";
    }
    case 11: {  // node loses or gains inputs / outputs
      auto* n = some_node(m, r);
      if (!n) return {};
      switch (pick(r, 0, 3)) {
        case 0: n->clear_input(); break;
        case 1: if (n->input_size() > 0) n->set_input(static_cast<int>(pick(r, 0, n->input_size() - 1)), ""); break;
        case 2: n->add_input(g->input_size() ? g->input(0).name() : "x"); break;
        default: n->add_output("extra_out_" + std::to_string(pick(r, 0, 9)));
      }
      return "node arity";
    }
    case 12: {  // graph outputs: removed, duplicated or naming inputs/unknowns
      switch (pick(r, 0, 2)) {
        case 0: g->clear_output(); break;
        case 1: if (g->output_size()) *g->add_output() = g->output(0); break;
        default: g->add_output()->set_name(pick(r, 0, 1) && g->input_size() ? g->input(0).name() : "nowhere");
      }
      return "graph outputs";
    }
    case 14:
    case 15: {  // integer tensor values (shapes, axes, indices, pads, repeats, k, depth)
      std::vector<onnx::TensorProto*> ts;
      for (auto& t : *g->mutable_initializer()) ts.push_back(&t);
      for (auto& n : *g->mutable_node())
        for (auto& a : *n.mutable_attribute())
          if (a.has_t()) ts.push_back(a.mutable_t());
      ts.erase(std::remove_if(ts.begin(), ts.end(), [](const onnx::TensorProto* t) {
                 return t->data_type() != onnx::TensorProto::INT64 && t->data_type() != onnx::TensorProto::INT32;
               }), ts.end());
      if (ts.empty()) return {};
      auto* t = ts[static_cast<size_t>(pick(r, 0, static_cast<int64_t>(ts.size()) - 1))];
      const int64_t v = pick(r, 0, 1) ? hostile_int(r) : pick(r, -4, 4);
      const bool i64 = t->data_type() == onnx::TensorProto::INT64;
      const size_t width = i64 ? 8 : 4;
      if (!t->raw_data().empty() && t->raw_data().size() % width == 0) {
        std::string raw = t->raw_data();
        const size_t k = static_cast<size_t>(pick(r, 0, static_cast<int64_t>(raw.size() / width) - 1));
        const int32_t v32 = static_cast<int32_t>(v);
        std::memcpy(&raw[k * width], i64 ? static_cast<const void*>(&v) : static_cast<const void*>(&v32), width);
        t->set_raw_data(raw);
      } else if (i64 && t->int64_data_size() > 0) {
        t->set_int64_data(static_cast<int>(pick(r, 0, t->int64_data_size() - 1)), v);
      } else if (!i64 && t->int32_data_size() > 0) {
        t->set_int32_data(static_cast<int>(pick(r, 0, t->int32_data_size() - 1)), static_cast<int32_t>(v));
      } else {
        return {};
      }
      return "integer tensor value";
    }
    default: {  // declared input element type
      if (g->input_size() == 0) return {};
      auto* tt = g->mutable_input(static_cast<int>(pick(r, 0, g->input_size() - 1)))->mutable_type()->mutable_tensor_type();
      tt->set_elem_type(static_cast<int32_t>(pick(r, 0, 25)));
      return "input elem_type";
    }
  }
}

struct Mutant {
  std::string bytes;
  std::string what;
  bool with_base_dir = false;
  bool import_only = false;
};

Mutant make_mutant(const std::vector<Seed>& seeds, const std::vector<std::string>& op_types, uint64_t seed, int k) {
  Rng r(seed * 0x9E3779B97F4A7C15ull + static_cast<uint64_t>(k));
  // One mutant in ten comes from a full network (import only), when there are any.
  const int64_t n_small = std::count_if(seeds.begin(), seeds.end(), [](const Seed& x) { return !x.import_only; });
  const int64_t n_all = static_cast<int64_t>(seeds.size());
  const bool light = n_small < n_all && (n_small == 0 || pick(r, 0, 9) == 0);
  const Seed& s = seeds[static_cast<size_t>(light ? pick(r, n_small, n_all - 1) : pick(r, 0, n_small - 1))];
  Mutant m;
  m.what = s.name + ": ";
  m.import_only = s.import_only;
  m.with_base_dir = pick(r, 0, 3) == 0;
  onnx::ModelProto proto;
  const bool structured = pick(r, 0, 1) && proto.ParseFromString(s.bytes);
  if (structured) {
    const int n = static_cast<int>(pick(r, 1, 3));
    for (int j = 0; j < n; ++j) {
      const std::string w = mutate_structure(proto, r, op_types);
      if (!w.empty()) m.what += w + "; ";
    }
    m.bytes = proto.SerializeAsString();
    if (pick(r, 0, 4) == 0) {
      std::string w;
      m.bytes = mutate_bytes(m.bytes, r, w);
      m.what += w;
    }
  } else {
    std::string w;
    m.bytes = mutate_bytes(s.bytes, r, w);
    m.what += w;
  }
  return m;
}

// ---- import and run -------------------------------------------------------------------------

struct Counts {
  std::map<std::string, int> import, run;
  int runs_skipped = 0, empty_messages = 0, total = 0;
};

void count(std::map<std::string, int>& m, tsr_status st, Counts& c) {
  ++m[tsr_status_name(st)];
  if (st != TSR_OK && (!tsr_last_error() || !*tsr_last_error())) ++c.empty_messages;
}

size_t dtype_bytes(tsr_dtype d) {
  switch (d) {
    case TSR_DTYPE_FLOAT64:
    case TSR_DTYPE_INT64: return 8;
    case TSR_DTYPE_FLOAT32:
    case TSR_DTYPE_INT32: return 4;
    default: return 1;
  }
}

// Inputs of the declared shapes (unknown dims 1..3), small values so integer inputs used as
// indices or sizes stay plausible.
void run_model(tsr_graph* g, Rng& r, Counts& c, bool verbose) {
  int32_t n_in = 0, n_out = 0;
  if (tsr_graph_input_count(g, &n_in) != TSR_OK || tsr_graph_output_count(g, &n_out) != TSR_OK) {
    count(c.run, tsr_last_error_status(), c);
    return;
  }
  std::vector<tsr_tensor*> feeds;
  bool skip = n_out <= 0 || n_out > 64;
  for (int32_t k = 0; k < n_in && !skip; ++k) {
    const char* name = nullptr;
    tsr_dtype dt;
    int64_t dims[TSR_MAX_DIMS];
    int32_t ndim = 0;
    if (tsr_graph_input_info(g, k, &name, &dt, dims, TSR_MAX_DIMS, &ndim) != TSR_OK) {
      count(c.run, tsr_last_error_status(), c);
      skip = true;
      break;
    }
    if (ndim < 0) ndim = 1, dims[0] = -1;  // rank unknown: try a vector
    if (ndim > TSR_MAX_DIMS) { skip = true; break; }
    int64_t numel = 1;
    for (int32_t i = 0; i < ndim; ++i) {
      if (dims[i] < 0) dims[i] = pick(r, 1, 3);
      numel = dims[i] > kMaxRunNumel ? kMaxRunNumel + 1 : std::min<int64_t>(numel * std::max<int64_t>(dims[i], 0), kMaxRunNumel + 1);
    }
    if (numel > kMaxRunNumel) { skip = true; break; }
    std::vector<unsigned char> data(static_cast<size_t>(numel) * dtype_bytes(dt) + 1);
    // One feed in eight gets a hostile value now and then (NaN, huge or negative integers).
    const bool hostile_feed = pick(r, 0, 7) == 0;
    for (int64_t i = 0; i < numel; ++i) {
      const bool hostile = hostile_feed && pick(r, 0, 3) == 0;
      unsigned char* p = data.data() + i * dtype_bytes(dt);
      switch (dt) {
        case TSR_DTYPE_FLOAT32: {
          float v = hostile ? (pick(r, 0, 1) ? std::numeric_limits<float>::quiet_NaN() : -std::numeric_limits<float>::infinity())
                            : static_cast<float>(pick(r, -8, 8)) / 4;
          std::memcpy(p, &v, 4);
          break;
        }
        case TSR_DTYPE_FLOAT64: { double v = static_cast<double>(pick(r, -8, 8)) / 4; std::memcpy(p, &v, 8); break; }
        case TSR_DTYPE_INT32: { int32_t v = static_cast<int32_t>(hostile ? hostile_int(r) : pick(r, -1, 3)); std::memcpy(p, &v, 4); break; }
        case TSR_DTYPE_INT64: { int64_t v = hostile ? hostile_int(r) : pick(r, -1, 3); std::memcpy(p, &v, 8); break; }
        default: *p = static_cast<unsigned char>(pick(r, 0, 1));
      }
    }
    tsr_tensor* t = nullptr;
    const tsr_status st = tsr_tensor_create(dt, dims, ndim, data.data(), static_cast<size_t>(numel) * dtype_bytes(dt), &t);
    if (st != TSR_OK) {
      count(c.run, st, c);
      skip = true;
      break;
    }
    feeds.push_back(t);
  }
  if (skip) {
    ++c.runs_skipped;
  } else {
    std::vector<tsr_tensor*> outs(static_cast<size_t>(n_out), nullptr);
    const tsr_status st = tsr_graph_run(g, feeds.data(), n_in, outs.data(), n_out);
    count(c.run, st, c);
    if (verbose && st != TSR_OK) std::printf("    run: %s %s\n", tsr_status_name(st), tsr_last_error());
    if (st == TSR_OK)
      for (auto* o : outs) tsr_tensor_release(o);
  }
  for (auto* f : feeds) tsr_tensor_release(f);
}

void import_and_run(const Mutant& m, const std::string& base_dir, Rng& r, Counts& c, bool verbose) {
  tsr_graph* g = nullptr;
  const tsr_status st = tsr_onnx_import_bytes(m.bytes.data(), m.bytes.size(), m.with_base_dir ? base_dir.c_str() : nullptr, &g);
  count(c.import, st, c);
  if (verbose) std::printf("  import: %s %s\n", tsr_status_name(st), st == TSR_OK ? "" : tsr_last_error());
  if (st != TSR_OK) return;
  if (!m.import_only) run_model(g, r, c, verbose);
  tsr_graph_release(g);
}

void print_counts(const char* label, const std::map<std::string, int>& m) {
  std::printf("%s:", label);
  for (const auto& [k, v] : m) std::printf(" %s=%d", k.c_str(), v);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  int count_n = 2000, only = -1;
  uint64_t seed = 20261121;
  bool verbose = false;
  const std::string conformance = std::string(TSR_SOURCE_ROOT) + "../shared/conformance/";
  std::string seeds_dir = conformance + "onnx-node", light_dir = conformance + "onnx-light", save_current, replay;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) { std::fprintf(stderr, "%s needs a value\n", a.c_str()); std::exit(2); }
      return argv[++i];
    };
    if (a == "--count") count_n = std::atoi(next().c_str());
    else if (a == "--seed") seed = std::strtoull(next().c_str(), nullptr, 10);
    else if (a == "--seeds") seeds_dir = next();
    else if (a == "--light") light_dir = next();  // "" for none
    else if (a == "--only") only = std::atoi(next().c_str());
    else if (a == "--save-current") save_current = next();
    else if (a == "--replay") replay = next();
    else if (a == "--verbose") verbose = true;
    else { std::fprintf(stderr, "unknown argument %s\n", a.c_str()); return 2; }
  }

  // A folder for external data: base_dir of some imports, with one small data file in it.
  const fs::path ext_dir = fs::temp_directory_path() / "tsr-onnx-fuzz-ext";
  fs::create_directories(ext_dir);
  { std::ofstream(ext_dir / "weights.bin", std::ios::binary) << std::string(64, '\x3f'); }

  Counts c;
  const auto t0 = std::chrono::steady_clock::now();
  if (!replay.empty()) {
    Mutant m{read_file(replay), "replay", true, false};
    Rng r(seed);
    import_and_run(m, ext_dir.string(), r, c, true);
    print_counts("import", c.import);
    print_counts("run", c.run);
    return 0;
  }

  const std::vector<Seed> seeds = load_seeds(seeds_dir, light_dir);
  std::vector<std::string> op_types;
  for (const auto& s : seeds) {
    onnx::ModelProto p;
    if (p.ParseFromString(s.bytes))
      for (const auto& n : p.graph().node()) op_types.push_back(n.op_type());
  }
  std::sort(op_types.begin(), op_types.end());
  op_types.erase(std::unique(op_types.begin(), op_types.end()), op_types.end());
  std::printf("seeds: %zu models (%s), %zu op types\n", seeds.size(), seeds_dir.c_str(), op_types.size());

  // The unmutated seeds first (they must import or fail cleanly too), then the mutants.
  if (only < 0) {
    Counts seed_counts;
    for (const auto& s : seeds) {
      if (!save_current.empty()) std::ofstream(save_current, std::ios::binary | std::ios::trunc) << s.bytes;
      Rng r(seed);
      import_and_run(Mutant{s.bytes, s.name, false, s.import_only}, ext_dir.string(), r, seed_counts, false);
    }
    print_counts("seed import", seed_counts.import);
    print_counts("seed run", seed_counts.run);
  }
  for (int k = only < 0 ? 0 : only; k < (only < 0 ? count_n : only + 1); ++k) {
    const Mutant m = make_mutant(seeds, op_types, seed, k);
    if (!save_current.empty()) std::ofstream(save_current, std::ios::binary | std::ios::trunc) << m.bytes;
    if (verbose) std::printf("#%d %s (%zu bytes)\n", k, m.what.c_str(), m.bytes.size());
    Rng r(seed + static_cast<uint64_t>(k));
    import_and_run(m, ext_dir.string(), r, c, verbose);
    ++c.total;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  print_counts("import", c.import);
  print_counts("run", c.run);
  std::printf("runs skipped (declared inputs over %" PRId64 " elements): %d\n", kMaxRunNumel, c.runs_skipped);
  std::printf("errors without a message: %d\n", c.empty_messages);
  std::printf("mutated inputs: %d in %.1f s\n", c.total, secs);
  google::protobuf::ShutdownProtobufLibrary();
  if (only < 0 && c.total < 1000) {
    std::printf("FAIL: fewer than 1000 mutated inputs\n");
    return 1;
  }
  if (c.empty_messages > 0) {
    std::printf("FAIL: %d errors came without a message\n", c.empty_messages);
    return 1;
  }
  return 0;
}
