import * as fs from "node:fs";
import * as path from "node:path";
import { emitJulia, JULIA_OPS_PATH } from "../src/emit/julia";
import { juliaArrayLiteral, juliaExampleCode } from "../src/emit/julia-example";
import { ModelError, parseRegistry, type OpModel } from "../src/model";
import { attr, input, op, output, registry } from "./helpers/registry";

const REPO = path.resolve(__dirname, "../..");

const tiny = registry([
  op("add", { inputs: [input("a"), input("b")] }),
  op("sum", { attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)] }),
  op("reshape", { attrs: [attr("shape", "int[]", null, { required: true, meaning: "shape" })] }),
  op("pad", {
    attrs: [
      attr("mode", "enum", "constant", { enum: ["constant", "reflect", "end"] }),
      attr("value", "float", 0, { range: [-10, 10] }),
    ],
  }),
  op("cast", { attrs: [attr("dtype", "dtype", "float32")] }),
  op("concat", { inputs: [input("inputs", { variadic: true })], attrs: [attr("axis", "int", 0, { meaning: "axis" })] }),
  op("top_k", {
    attrs: [attr("k", "int", null, { required: true }), attr("axis", "int", -1, { meaning: "axis" })],
    outputs: [output("values"), output("indices", { dtypes: ["int64"] })],
  }),
  op("linear", { inputs: [input("x"), input("w"), input("bias", { optional: true })] }),
  op("matmul", { inputs: [input("a"), input("b")] }),
  op("slice", {
    attrs: [attr("starts", "int[]", null, { required: true, meaning: "index" }), attr("axes", "int[]", [], { meaning: "axes" })],
  }),
  op("transpose", { attrs: [attr("perm", "int[]", [], { meaning: "perm" })] }),
  op("end", {}),
  op("label", { inputs: [], attrs: [attr("text", "string", "a$b"), attr("weights", "float[]", [0.5])] }),
]);

const files = emitJulia(tiny);
const text = files[0]?.content ?? "";
const lines = text.split("\n");

/** The lines of `function name(...)` up to its `end`. */
function fn(name: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`function ${name}(`));
  if (start < 0) throw new Error(`no function ${name}`);
  const end = lines.findIndex((l, k) => k > start && l === "end");
  return lines.slice(start, end + 1);
}

/** The docstring right above `function name(`. */
function doc(name: string): string[] {
  const start = lines.findIndex((l) => l.startsWith(`function ${name}(`));
  const open = lines.slice(0, start - 1).lastIndexOf('"""');
  return lines.slice(open, start);
}

describe("emitJulia: the file", () => {
  test("one file, bindings/julia/Tessera/src/ops.jl, with the generated header", () => {
    expect(files.map((f) => f.path)).toEqual([JULIA_OPS_PATH]);
    expect(JULIA_OPS_PATH).toBe("bindings/julia/Tessera/src/ops.jl");
    expect(lines[0]).toBe("# generated from op-registry/registry.json by generators/src/emit/julia.ts — do not edit");
    expect(text.endsWith(")\n")).toBe(true);
  });

  test("is pure: the same model gives the same file", () => {
    expect(emitJulia(tiny)).toEqual(files);
  });

  test("tables the runtime checks at load time", () => {
    expect(lines).toContain('const REGISTRY_HASH = "0123456789abcdef"');
    expect(lines).toContain("const API_VERSION = 1");
    const names = lines.indexOf("const OP_NAMES = (");
    expect(lines.slice(names, names + 3)).toEqual(["const OP_NAMES = (", '    "add",', '    "sum",']);
    expect(lines).toContain('const OPERANDS_SWAPPED = ("matmul",)');
    expect(lines).toContain('    "end" => end_,');
  });

  test("exports the functions whose names Base does not have", () => {
    expect(lines).toContain("export add, pad, cast, concat, top_k, linear, matmul, slice, end_, label");
  });
});

describe("emitJulia: operator functions", () => {
  test("inputs positional, optional attributes as keywords with Julia-convention defaults", () => {
    expect(fn("sum")).toEqual([
      "function sum(x::TensorLike; axes=(), keepdims=false)",
      "    _nd = _rank(x)",
      '    return _invoke1(2, (x,), (',
      '        _ints_attr(0, _axes(axes, _nd, 2, "axes")),',
      '        _bool_attr(1, keepdims, 2, "keepdims"),',
      "    ))",
      "end",
    ]);
    expect(fn("add")).toEqual(["function add(a::TensorLike, b::TensorLike)", "    return _invoke1(1, (a, b), ())", "end"]);
  });

  test("required attributes are positional; shapes are reversed by the runtime", () => {
    expect(fn("reshape")).toEqual([
      "function reshape(x::TensorLike, shape)",
      "    return _invoke1(3, (x,), (",
      '        _ints_attr(0, _shape(shape, 3, "shape")),',
      "    ))",
      "end",
    ]);
  });

  test("enums are Symbols checked against the registry's values", () => {
    expect(fn("pad")).toEqual([
      "function pad(x::TensorLike; mode=:constant, value=0.0)",
      "    return _invoke1(4, (x,), (",
      '        _enum_attr(0, mode, (:constant, :reflect, Symbol("end")), 4, "mode"),',
      '        _float_attr(1, value, 4, "value"),',
      "    ))",
      "end",
    ]);
  });

  test("dtype attributes take Julia element types", () => {
    expect(fn("cast")[0]).toBe("function cast(x::TensorLike; dtype=Float32)");
    expect(fn("cast")[2]).toBe('        _dtype_attr(0, dtype, 5, "dtype"),');
  });

  test("a variadic input is a vector; the engine's axis 0 default is Julia's last dimension", () => {
    expect(fn("concat")).toEqual([
      "function concat(inputs::AbstractVector{<:TensorLike}; axis=-1)",
      "    _nd = _rank_first(inputs)",
      "    return _invoke1(6, (_Variadic(inputs),), (",
      '        _int_attr(0, _axis(axis, _nd, 6, "axis"), 6, "axis"),',
      "    ))",
      "end",
    ]);
  });

  test("several outputs come back as a tuple; engine axis -1 is Julia dimension 1", () => {
    expect(fn("top_k")).toEqual([
      "function top_k(x::TensorLike, k; axis=1)",
      "    _nd = _rank(x)",
      "    return _invoke_n(7, (x,), (",
      '        _int_attr(0, k, 7, "k"),',
      '        _int_attr(1, _axis(axis, _nd, 7, "axis"), 7, "axis"),',
      "    ), Val(2))",
      "end",
    ]);
  });

  test("optional inputs are keywords defaulting to nothing", () => {
    expect(fn("linear")).toEqual([
      "function linear(x::TensorLike, w::TensorLike; bias::Union{TensorLike,Nothing}=nothing)",
      "    return _invoke1(8, (x, w, bias), ())",
      "end",
    ]);
  });

  test("matmul swaps its operands for the engine: Julia's a * b is the engine's (b, a)", () => {
    expect(fn("matmul")).toEqual(["function matmul(a::TensorLike, b::TensorLike)", "    return _invoke1(9, (b, a), ())", "end"]);
    expect(doc("matmul")).toContain(
      "Julia arrays are column-major: `matmul(a, b)` is the Julia product `a * b` (the engine multiplies the reversed-shape views as `(b, a)`).",
    );
  });

  test("index lists are 1-based; empty axes beside them mean the first Julia dimensions", () => {
    expect(fn("slice")).toEqual([
      "function slice(x::TensorLike, starts; axes=())",
      "    _nd = _rank(x)",
      "    return _invoke1(10, (x,), (",
      '        _ints_attr(0, _index(starts, 10, "starts")),',
      '        _ints_attr(1, _index_axes(axes, _nd, starts, 10, "axes")),',
      "    ))",
      "end",
    ]);
  });

  test("permutations are permutedims-style", () => {
    expect(fn("transpose")[3]).toBe('        _ints_attr(0, _perm(perm, _nd, 11, "perm")),');
  });

  test("Julia keywords get a trailing _", () => {
    expect(fn("end_")).toEqual(["function end_(x::TensorLike)", "    return _invoke1(12, (x,), ())", "end"]);
  });

  test("strings escape $; float vectors are Vector{Float64}", () => {
    expect(fn("label")[0]).toBe('function label(; text="a\\$b", weights=[0.5])');
    expect(fn("label")[3]).toBe('        _floats_attr(1, _floats(weights, 13, "weights")),');
  });
});

describe("emitJulia: docstrings", () => {
  test("signature, summary, notes, # Arguments with types, defaults and Julia meanings, # Returns", () => {
    expect(doc("sum")).toEqual([
      '"""',
      "    sum(x::TensorLike; axes::Tuple{Vararg{Int}}=(), keepdims::Bool=false) -> Tensor",
      "",
      "The sum operator.",
      "",
      "Not exported (Base or a standard library has a `sum`): call it as `Tessera.sum`.",
      "",
      "# Arguments",
      "- `x::TensorLike`: The x tensor.",
      "- `axes::Tuple{Vararg{Int}}=()`: The axes attribute. In Julia: dimensions, 1-based; negative count from the last.",
      "- `keepdims::Bool=false`: The keepdims attribute.",
      "",
      "# Returns",
      "- `y::Tensor`: The y result.",
      '"""',
    ]);
  });

  test("enum values, ranges and several outputs", () => {
    expect(doc("pad")).toContain('- `mode::Symbol=:constant`: The mode attribute. One of :constant, :reflect, Symbol("end").');
    expect(doc("pad")).toContain("- `value::Float64=0.0`: The value attribute. In -10:10.");
    expect(doc("top_k")[1]).toBe("    top_k(x::TensorLike, k::Int; axis::Int=1) -> Tuple{Tensor,Tensor}");
    expect(doc("top_k")).toContain("- `values::Tensor`: The values result.");
    expect(doc("slice")).toContain(
      "- `starts::Tuple{Vararg{Int}}`: The starts attribute. In Julia: 1-based positions; negative count from the end (-1 = last); 0 is before the first.",
    );
    expect(doc("label")[1]).toBe('    label(; text::String="a\\\\\\$b", weights::Vector{Float64}=[0.5]) -> Tensor');
  });
});

describe("emitJulia: Base methods", () => {
  test("only for operators the registry has", () => {
    expect(lines).toContain("Base.:+(a::Tensor, b::Tensor) = add(a, b)");
    expect(lines).toContain("Base.:+(a::_Operand, b::Tensor) = add(a, b)");
    expect(lines).toContain("Base.Broadcast.broadcasted(::typeof(Base.:+), a::Tensor, b::_Operand) = add(a, b)");
    expect(lines).toContain("Base.:*(a::Tensor, b::Tensor) = matmul(a, b)");
    expect(lines).toContain("Base.:*(a::AbstractArray, b::Tensor) = matmul(a, b)");
    expect(text).not.toContain("Base.:-");
    expect(text).not.toContain("literal_pow");
  });

  test("the full table with every backing operator present", () => {
    const full = registry(
      ["add", "sub", "mul", "div", "pow", "maximum", "neg", "abs", "equal", "less", "where", "matmul"].map((name) =>
        op(name, {
          inputs: name === "where" ? [input("c"), input("x"), input("y")] : ["neg", "abs"].includes(name) ? [input("x")] : [input("a"), input("b")],
        }),
      ),
    );
    const out = emitJulia(full)[0]?.content.split("\n") ?? [];
    expect(out).toEqual(
      expect.arrayContaining([
        "Base.:*(a::Tensor, b::Number) = mul(a, b)",
        "Base.:*(a::Number, b::Tensor) = mul(a, b)",
        "Base.:/(a::Tensor, b::Integer) = div(a, b)",
        "Base.:^(a::Tensor, b::Integer) = pow(a, b)",
        "Base.:^(a::Tensor, b::Number) = pow(a, b)",
        "Base.:-(a::Tensor) = neg(a)",
        "Base.:-(a::Tensor, b::Tensor) = sub(a, b)",
        "Base.Broadcast.broadcasted(::typeof(Base.abs), a::Tensor) = abs(a)",
        "Base.Broadcast.broadcasted(::typeof(Base.max), a::Tensor, b::_Operand) = maximum(a, b)",
        "Base.Broadcast.broadcasted(::typeof(Base.:(==)), a::Tensor, b::Tensor) = equal(a, b)",
        "Base.Broadcast.broadcasted(::typeof(Base.:(<)), a::_Operand, b::Tensor) = less(a, b)",
        "Base.Broadcast.broadcasted(::typeof(Base.ifelse), c::Tensor, a, b) = where_(c, a, b)",
        "Base.Broadcast.broadcasted(::typeof(Base.literal_pow), ::typeof(Base.:^), a::Tensor, ::Val{p}) where {p} = pow(a, p)",
      ]),
    );
    // `*` of two tensors is matmul's, never mul's; exp/abs of a matrix stay Base's.
    expect(out).not.toContain("Base.:*(a::Tensor, b::Tensor) = mul(a, b)");
    expect(out.filter((l) => l.startsWith("Base.abs("))).toEqual([]);
  });
});

describe("emitJulia: examples in Julia's convention", () => {
  const opOf = (o: Record<string, unknown>): OpModel => registry([o]).ops[0] as OpModel;

  test("array literals hand over the same memory: size reversed, column-major", () => {
    expect(juliaArrayLiteral({ dtype: "float32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] })).toBe("Float32[1 4; 2 5; 3 6]");
    expect(juliaArrayLiteral({ dtype: "int32", shape: [3], data: [1, -2, 3] })).toBe("Int32[1, -2, 3]");
    expect(juliaArrayLiteral({ dtype: "float64", shape: [], data: [-1] })).toBe("fill(Float64(-1))");
    expect(juliaArrayLiteral({ dtype: "int64", shape: [3, 1], data: [1, 2, 3] })).toBe("Int64[1 2 3]");
    expect(juliaArrayLiteral({ dtype: "int64", shape: [1, 3], data: [1, 2, 3] })).toBe("reshape(Int64[1, 2, 3], 3, 1)");
    expect(juliaArrayLiteral({ dtype: "uint8", shape: [2, 1, 2], data: [1, 2, 3, 4] })).toBe("reshape(UInt8[1, 2, 3, 4], 2, 1, 2)");
    expect(juliaArrayLiteral({ dtype: "bool", shape: [2], data: [1, 0] })).toBe("Bool[1, 0]");
    expect(juliaArrayLiteral({ dtype: "float32", shape: [3], data: [NaN, Infinity, -Infinity] })).toBe("Float32[NaN, Inf, -Inf]");
    expect(juliaArrayLiteral({ dtype: "float32", shape: [0, 3], data: [] })).toBe("Array{Float32}(undef, 3, 0)");
  });

  test("axes translate to Julia dimensions and the result is checked", () => {
    const sum = opOf(op("sum", { attrs: [attr("axes", "int[]", [], { meaning: "axes" }), attr("keepdims", "bool", false)] }));
    const code = juliaExampleCode(
      sum,
      {
        title: "rows",
        inputs: [{ dtype: "float32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }],
        attrs: { axes: [1] },
        outputs: [{ dtype: "float32", shape: [2], data: [6, 15] }],
        source: "hand-derived",
      },
      "Tessera.sum",
    );
    expect(code.split("\n")).toEqual([
      "# rows",
      "x = Float32[1 4; 2 5; 3 6]",
      "y = Tessera.sum(x; axes=(1,))",
      "Array(y) ≈ Float32[6, 15]",
    ]);
  });

  test("matmul examples swap operands; slice spells out its default axes", () => {
    const mm = opOf(op("matmul", { inputs: [input("a"), input("b")] }));
    const code = juliaExampleCode(
      mm,
      {
        title: "2x3 @ 3x1",
        inputs: [
          { dtype: "int32", shape: [2, 3], data: [1, 2, 3, 4, 5, 6] },
          { dtype: "int32", shape: [3, 1], data: [1, 0, 2] },
        ],
        attrs: {},
        outputs: [{ dtype: "int32", shape: [2, 1], data: [7, 16] }],
        source: "hand-derived",
      },
      "matmul",
    );
    expect(code.split("\n")).toEqual([
      "# 2x3 @ 3x1",
      "a = Int32[1 0 2]",
      "b = Int32[1 4; 2 5; 3 6]",
      "y = matmul(a, b)",
      "Array(y) == Int32[7 16]",
    ]);
    const slice = opOf(
      op("slice", {
        attrs: [
          attr("starts", "int[]", null, { required: true, meaning: "index" }),
          attr("ends", "int[]", null, { required: true, meaning: "index" }),
          attr("axes", "int[]", [], { meaning: "axes" }),
        ],
      }),
    );
    const sliced = juliaExampleCode(
      slice,
      {
        title: "first row",
        inputs: [{ dtype: "int32", shape: [2, 2], data: [1, 2, 3, 4] }],
        attrs: { starts: [0], ends: [1] },
        outputs: [{ dtype: "int32", shape: [1, 2], data: [1, 2] }],
        source: "hand-derived",
      },
      "slice",
    );
    expect(sliced.split("\n")[2]).toBe("y = slice(x, (1,), (2,); axes=(2,))");
  });

  test("variadic inputs and several outputs", () => {
    const concat = opOf(op("concat", { inputs: [input("inputs", { variadic: true })], attrs: [attr("axis", "int", 0, { meaning: "axis" })] }));
    const code = juliaExampleCode(
      concat,
      {
        title: "two vectors",
        inputs: [
          { dtype: "float32", shape: [1], data: [1] },
          { dtype: "float32", shape: [2], data: [2, 3] },
        ],
        attrs: { axis: 0 },
        outputs: [{ dtype: "float32", shape: [3], data: [1, 2, 3] }],
        source: "hand-derived",
      },
      "concat",
    );
    expect(code.split("\n").slice(1, 3)).toEqual(["inputs = [Float32[1], Float32[2, 3]]", "y = concat(inputs; axis=1)"]);
    const topK = opOf(
      op("top_k", { attrs: [attr("k", "int", null, { required: true })], outputs: [output("values"), output("indices", { dtypes: ["int64"] })] }),
    );
    const two = juliaExampleCode(
      topK,
      {
        title: "largest",
        inputs: [{ dtype: "float32", shape: [3], data: [1, 3, 2] }],
        attrs: { k: 1 },
        outputs: [
          { dtype: "float32", shape: [1], data: [3] },
          { dtype: "int64", shape: [1], data: [1] },
        ],
        source: "hand-derived",
      },
      "top_k",
    );
    expect(two.split("\n").slice(2)).toEqual(["(values, indices) = top_k(x, 1)", "Array(values) ≈ Float32[3]", "Array(indices) == Int64[1]"]);
  });
});

describe("emitJulia: what Julia cannot express is a ModelError", () => {
  test("a dimension attribute on an operator without tensor inputs", () => {
    const bad = registry([op("eye", { inputs: [], attrs: [attr("axis", "int", 0, { meaning: "axis" })] })]);
    expect(() => emitJulia(bad)).toThrow(ModelError);
    expect(() => emitJulia(bad)).toThrow(
      'op-registry/ops/eye.cc: op "eye": attrs.axis.meaning: "axis" needs a tensor input to translate Julia dimensions, and the operator has none',
    );
  });

  test("a function name the runtime owns", () => {
    expect(() => emitJulia(registry([op("engine_shape")]))).toThrow(
      'op-registry/ops/engine_shape.cc: op "engine_shape": name: Julia function name "engine_shape" is taken by the Tessera.jl runtime',
    );
  });

  test("a swapped-operand operator without exactly two inputs", () => {
    expect(() => emitJulia(registry([op("matmul", { inputs: [input("a"), input("b"), input("c")] })]))).toThrow(
      "operands swap under Julia's reversed layout, which needs exactly two required inputs",
    );
  });
});

describe("sample registry (generators/test/fixtures/sample-registry.json)", () => {
  const sample = emitJulia(
    parseRegistry(fs.readFileSync(path.join(__dirname, "fixtures/sample-registry.json"), "utf8"), "generators/test/fixtures/sample-registry.json"),
  );
  test("ops.jl", () => {
    expect(sample[0]?.content).toMatchSnapshot();
  });
});

const REAL = path.join(REPO, "op-registry/registry.json");
const realTest = fs.existsSync(REAL) ? test : test.skip;

describe("real registry (op-registry/registry.json)", () => {
  realTest("ops.jl equals the committed generated file (regenerate with npx tsx generators/src/cli.ts --target julia)", () => {
    const out = emitJulia(parseRegistry(fs.readFileSync(REAL, "utf8")));
    expect(out[0]?.content).toBe(fs.readFileSync(path.join(REPO, JULIA_OPS_PATH), "utf8"));
  });
});
