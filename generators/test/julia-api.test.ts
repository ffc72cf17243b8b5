// The Julia package against the registry and the C API, read with tree-sitter-julia:
// - every registry operator has a function with a docstring in src/ops.jl;
// - every ccall matches its declaration in c-api/include/tessera/c_api.h (name, argument count,
//   C types), and TsrAttr mirrors struct tsr_attr field for field;
// - the hand-written runtime never calls, unqualified, a name a generated function shadows;
// - Project.toml declares what the package and its tests use.

import * as fs from "node:fs";
import * as path from "node:path";
import { JULIA_OPS_PATH, JULIA_RUNTIME_NAMES } from "../src/emit/julia";
import {
  analyzeIsolated,
  ccallIssues,
  juliaFiles,
  juliaSpellings,
  parseCHeader,
  structIssues,
  type JuliaAnalysis,
} from "../src/emit/julia-check";
import { julia } from "../src/lang/julia";
import { parseRegistry } from "../src/model";

const REPO = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(REPO, file), "utf8");
const RUNTIME = "bindings/julia/Tessera/src/Tessera.jl";
const header = parseCHeader(read("c-api/include/tessera/c_api.h"));

describe("c_api.h as the checks read it", () => {
  test("declarations, enums, opaque handles, structs, callbacks", () => {
    expect(header.functions.get("tsr_op_invoke")).toEqual({
      name: "tsr_op_invoke",
      returns: "tsr_status",
      params: ["const tsr_op*", "const tsr_tensor* const*", "int32_t", "const tsr_attr*", "int32_t", "tsr_tensor**", "int32_t", "int32_t*"],
    });
    expect(header.functions.get("tsr_api_version")?.params).toEqual([]);
    expect([...header.enums]).toEqual(expect.arrayContaining(["tsr_status", "tsr_dtype", "tsr_attr_type"]));
    expect([...header.opaque]).toEqual(expect.arrayContaining(["tsr_tensor", "tsr_op"]));
    expect(header.structs.get("tsr_attr")?.map((f) => f.name)).toEqual(["slot", "type", "i", "f", "s", "ints", "floats", "count"]);
    expect(header.callbacks.has("tsr_deleter")).toBe(true);
  });

  test("C types map to Julia spellings", () => {
    expect(juliaSpellings("tsr_tensor**", "arg", header)).toEqual(["Ptr{Ptr{Cvoid}}", "Ref{Ptr{Cvoid}}"]);
    expect(juliaSpellings("const tsr_tensor* const*", "arg", header)).toEqual(["Ptr{Ptr{Cvoid}}", "Ref{Ptr{Cvoid}}"]);
    expect(juliaSpellings("const char*", "ret", header)).toEqual(["Ptr{UInt8}", "Ptr{Cchar}", "Cstring"]);
    expect(juliaSpellings("tsr_dtype", "arg", header)).toEqual(["Cint", "Int32"]);
    expect(juliaSpellings("size_t", "arg", header)).toEqual(["Csize_t"]);
    expect(juliaSpellings("tsr_deleter", "arg", header)).toEqual(["Ptr{Cvoid}"]);
    expect(juliaSpellings("const int64_t*", "field", header)).toEqual(["Ptr{Int64}"]);
    expect(juliaSpellings("void", "ret", header)).toEqual(["Cvoid", "Nothing"]);
  });
});

const reg = parseRegistry(read("op-registry/registry.json"));
const files = juliaFiles(REPO, "bindings/julia");
const BAD_CCALLS = [
  "ccall((:tsr_tensor_ndim, libtessera), Cint, (Ptr{Cvoid}, Ref{Int64}), h, n)",
  "ccall((:tsr_tensor_ndim, libtessera), Cint, (Ptr{Cvoid},), h)",
  "ccall((:tsr_api_version, libtessera), Int64, ())",
  "ccall((:tsr_no_such_function, libtessera), Cint, ())",
  'ccall((:tsr_api_version, "libother"), Int32, ())',
  "ccall((:tsr_tensor_release, libtessera), Cvoid, (Ptr{Cvoid},), a, b)",
].join("\n");
const WRONG_STRUCT =
  "struct TsrAttr\n    slot::Int32\n    type::Int32\n    i::Int64\n    f::Float32\n    s::Ptr{UInt8}\n" +
  "    ints::Ptr{Int64}\n    floats::Ptr{Float64}\n    count::Int64\nend\n";
const result = analyzeIsolated([
  ...files.map((f) => ({ name: f, text: read(f) })),
  { name: "bad.jl", text: BAD_CCALLS },
  { name: "x.jl", text: WRONG_STRUCT },
]);

if (result.problem !== undefined) {
  test.skip(`Julia API checks: SKIPPED because ${result.problem}`, () => {});
} else {
  const byName = new Map(result.analyses.map((a) => [a.name, a]));
  const get = (name: string): JuliaAnalysis => {
    const a = byName.get(name);
    if (a === undefined) throw new Error(`no analysis for ${name}`);
    return a;
  };
  const ops = read(JULIA_OPS_PATH);
  const opsAnalysis = get(JULIA_OPS_PATH);
  const runtime = get(RUNTIME);

  describe("every registry operator has a documented function", () => {
    test.each(reg.ops.map((o) => [o.name, julia.functionName(o.name)]))("%s -> %s", (name, fn) => {
      const found = opsAnalysis.functions.filter((d) => d.name === fn);
      expect(found).toHaveLength(1);
      expect(found[0]?.documented).toBe(true);
      expect(ops).toContain(`\n    ${fn}(`); // the docstring's signature line
      expect(ops).toContain(`    "${name}" => ${fn},`);
    });

    test("and nothing else: the generated functions are exactly the registry's", () => {
      const plain = opsAnalysis.functions.filter((d) => !d.name.startsWith("Base."));
      expect(plain.map((d) => d.name).sort()).toEqual(reg.ops.map((o) => julia.functionName(o.name)).sort());
    });
  });

  describe("ccall signatures match c_api.h", () => {
    const sites = files.flatMap((f) => get(f).ccalls);

    test("the runtime calls the C API through ccall", () => {
      expect(new Set(sites.map((s) => s.name))).toEqual(
        new Set([
          "tsr_api_version",
          "tsr_last_error",
          "tsr_last_error_op",
          "tsr_last_error_arg",
          "tsr_status_name",
          "tsr_tensor_create",
          "tsr_tensor_from_external",
          "tsr_tensor_release",
          "tsr_tensor_dtype",
          "tsr_tensor_ndim",
          "tsr_tensor_shape",
          "tsr_tensor_numel",
          "tsr_tensor_copy_to",
          "tsr_op_lookup",
          "tsr_op_count",
          "tsr_op_at",
          "tsr_op_name",
          "tsr_op_invoke",
          "tsr_registry_json",
          "tsr_registry_hash",
          "tsr_num_threads",
          "tsr_set_num_threads",
          "tsr_autograd_set_recording",
          "tsr_autograd_is_recording",
          "tsr_autograd_backward",
          "tsr_tensor_attach_grad",
          "tsr_tensor_requires_grad",
          "tsr_tensor_grad",
          "tsr_tensor_zero_grad",
          "tsr_tensor_detach",
          // src/model.jl: graphs and ONNX
          "tsr_graph_create",
          "tsr_graph_release",
          "tsr_graph_input_count",
          "tsr_graph_input_info",
          "tsr_graph_output_count",
          "tsr_graph_output_name",
          "tsr_graph_run",
          "tsr_graph_plan_stats",
          "tsr_graph_trace_begin",
          "tsr_graph_trace_input",
          "tsr_graph_trace_end",
          "tsr_onnx_import_file",
          "tsr_onnx_import_bytes",
          "tsr_onnx_export_file",
          "tsr_onnx_export_bytes",
          "tsr_onnx_read_tensor",
          "tsr_buffer_free",
        ]),
      );
    });

    test.each(sites.map((s) => [`${s.file}:${s.line} ${s.name}`, s]))("%s", (_label, site) => {
      expect(ccallIssues(site, header)).toEqual([]);
    });

    test("a wrong signature is reported (the check can fail)", () => {
      expect(get("bad.jl").ccalls.map((s) => ccallIssues(s, header))).toEqual([
        ["bad.jl:1: tsr_tensor_ndim argument 2 is int32_t* (Julia Ptr{Int32} or Ptr{Cint} or Ref{Int32} or Ref{Cint}), ccall says Ref{Int64}"],
        ["bad.jl:2: tsr_tensor_ndim takes 2 arguments in c_api.h, ccall declares 1"],
        ["bad.jl:3: tsr_api_version returns int32_t (Julia Int32 or Cint), ccall says Int64"],
        ["bad.jl:4: tsr_no_such_function is not declared in c_api.h"],
        ['bad.jl:5: ccall of tsr_api_version goes to "\\"libother\\"", not libtessera'],
        ["bad.jl:6: tsr_tensor_release: 1 argument types but 2 values"],
      ]);
    });

    test("TsrAttr mirrors struct tsr_attr", () => {
      expect(runtime.structs.map((s) => s.name)).toContain("TsrAttr");
      expect(structIssues(runtime.structs, header, RUNTIME)).toEqual([]);
      expect(structIssues(get("x.jl").structs, header, "x.jl")).toEqual(["x.jl:1: TsrAttr.f is Float32, C double needs Float64 or Cdouble"]);
    });
  });

  describe("the runtime and the generated names", () => {
    test("the runtime calls no Base function unqualified that an operator function shadows", () => {
      const fns = new Set(reg.ops.map((o) => julia.functionName(o.name)));
      expect(runtime.unqualifiedCalls.filter((name) => fns.has(name))).toEqual([]);
    });

    test("every public runtime name is reserved from operator names", () => {
      const publicNames = [...runtime.functions, ...get("bindings/julia/Tessera/src/model.jl").functions]
        .map((f) => f.name)
        .filter((n) => !n.startsWith("_") && !n.startsWith("Base.") && !n.startsWith("(") && n !== "Tensor" && n !== "TesseraError");
      expect(publicNames.length).toBeGreaterThan(5);
      for (const name of new Set(publicNames)) expect(JULIA_RUNTIME_NAMES).toContain(name);
    });
  });
}

describe("package metadata", () => {
  const project = read("bindings/julia/Tessera/Project.toml");

  test("Project.toml: name, UUID, dependencies with compat bounds, test dependencies", () => {
    expect(project).toMatch(/^name = "Tessera"$/m);
    expect(project).toMatch(/^uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/m);
    for (const dep of ["Libdl", "Preferences", "JSON3", "Test", "julia"]) expect(project).toMatch(new RegExp(`^${dep} = "\\d`, "m"));
    expect(project).toContain('Preferences = "21216c6a-2e73-6563-6e65-726566657250"');
    expect(project).toContain('JSON3 = "0f8b85d8-7281-11e9-16c2-39a750bddbf1"');
    expect(project).toContain('test = ["JSON3", "Test"]');
  });

  test("the library path comes from TESSERA_LIB or the libtessera preference", () => {
    const runtime = read(RUNTIME);
    expect(runtime).toContain('const LIB_ENV = "TESSERA_LIB"');
    expect(runtime).toContain("Preferences.load_preference(@__MODULE__, _PREFERENCE, nothing)");
    expect(runtime).toContain('include("ops.jl")');
  });

  test("runtests.jl replays the registry's examples and checks bad input", () => {
    const tests = read("bindings/julia/Tessera/test/runtests.jl");
    expect(tests).toContain("import JSON3");
    expect(tests).toContain("op-registry");
    expect(tests).toContain("replay(op, example)");
    expect(tests).toContain("bad input gives a TesseraError, never a crash");
    expect(tests).toContain("column-major conversion keeps Julia's size");
  });
});
