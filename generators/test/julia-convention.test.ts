// Julia's column-major, 1-based convention as the generator states it (generators/src/lang/julia.ts):
// registry (engine) values of meaning-tagged attributes in Julia's terms, the operand swap, the
// Base function table.

import {
  juliaBaseFunctionRef,
  juliaConventionValue,
  juliaDefaultLiteral,
  juliaFunctionType,
  juliaLiteral,
  juliaMeaningNote,
  juliaSymbol,
  JULIA_BASE_METHODS,
  JULIA_BASE_NAMES,
  JULIA_SWAPPED_OPERANDS,
} from "../src/lang/julia";
import type { OpModel } from "../src/model";
import { attr, attrOf, op, registry } from "./helpers/registry";

const model = registry([
  op("all_meanings", {
    attrs: [
      attr("axis", "int", -1, { meaning: "axis" }),
      attr("first", "int", 0, { meaning: "axis" }),
      attr("axes", "int[]", [], { meaning: "axes" }),
      attr("perm", "int[]", [], { meaning: "perm" }),
      attr("shape", "int[]", [2, 3, 4], { meaning: "shape" }),
      attr("starts", "int[]", [0, -1, 2], { meaning: "index" }),
      attr("count", "int", 3),
    ],
  }),
  op("reduce", { attrs: [attr("axes", "int[]", [], { meaning: "axes" })] }),
]);
const all = model.ops[0] as OpModel;
const reduce = model.ops[1] as OpModel;

describe("engine values in Julia's convention", () => {
  test("axis: negative engine axes need no rank (-1 = Julia dimension 1); others map to nd - a", () => {
    expect(juliaConventionValue(attrOf(all, "axis"), -1)).toBe(1);
    expect(juliaConventionValue(attrOf(all, "axis"), -3)).toBe(3);
    expect(juliaConventionValue(attrOf(all, "axis"), 0, { ndim: 3 })).toBe(3);
    expect(juliaConventionValue(attrOf(all, "axis"), 2, { ndim: 3 })).toBe(1);
    // Without the rank, a non-negative engine axis counts from Julia's last dimension.
    expect(juliaConventionValue(attrOf(all, "axis"), 0)).toBe(-1);
    expect(juliaConventionValue(attrOf(all, "axis"), 1)).toBe(-2);
  });

  test("axes: element-wise; empty stays empty unless index lists need it spelled out", () => {
    expect(juliaConventionValue(attrOf(all, "axes"), [0, -1], { ndim: 2 })).toEqual([2, 1]);
    expect(juliaConventionValue(attrOf(all, "axes"), [])).toEqual([]);
    expect(juliaConventionValue(attrOf(all, "axes"), [], { ndim: 3, indexCount: 2 })).toEqual([3, 2]);
  });

  test("perm: numpy's perm of the reversed shape is permutedims' perm", () => {
    // Engine perm [1, 0, 2] on shape [a, b, c] gives [b, a, c]; Julia sees (c, b, a) -> (c, a, b),
    // i.e. permutedims(A, (1, 3, 2)).
    expect(juliaConventionValue(attrOf(all, "perm"), [1, 0, 2])).toEqual([1, 3, 2]);
    expect(juliaConventionValue(attrOf(all, "perm"), [1, 2, 0])).toEqual([3, 1, 2]);
    expect(juliaConventionValue(attrOf(all, "perm"), [2, 0, 1])).toEqual([2, 3, 1]);
    expect(juliaConventionValue(attrOf(all, "perm"), [])).toEqual([]);
  });

  test("shape reversed, index 1-based (negative unchanged), other values untouched", () => {
    expect(juliaConventionValue(attrOf(all, "shape"), [2, 3, 4])).toEqual([4, 3, 2]);
    expect(juliaConventionValue(attrOf(all, "shape"), [3, -1])).toEqual([-1, 3]);
    expect(juliaConventionValue(attrOf(all, "starts"), [0, -1, 2])).toEqual([1, -1, 3]);
    expect(juliaConventionValue(attrOf(all, "count"), 3)).toBe(3);
  });

  test("defaults and literals", () => {
    expect(juliaDefaultLiteral(attrOf(all, "axis"), all)).toBe("1");
    expect(juliaDefaultLiteral(attrOf(all, "first"), all)).toBe("-1");
    expect(juliaDefaultLiteral(attrOf(all, "shape"), all)).toBe("(4, 3, 2)");
    expect(juliaDefaultLiteral(attrOf(all, "starts"), all)).toBe("(1, -1, 3)");
    expect(juliaLiteral(attrOf(all, "axes"), [1], { ndim: 2 })).toBe("(1,)");
  });

  test("notes say what each meaning is in Julia", () => {
    expect(juliaMeaningNote(attrOf(all, "axis"), all)).toBe("In Julia: a dimension, 1-based; negative counts from the last (-1 = last).");
    expect(juliaMeaningNote(attrOf(reduce, "axes"), reduce)).toBe("In Julia: dimensions, 1-based; negative count from the last.");
    expect(juliaMeaningNote(attrOf(all, "axes"), all)).toContain("empty means 1, 2, ... (one per index entry)");
    expect(juliaMeaningNote(attrOf(all, "perm"), all)).toContain("as for `permutedims`");
    expect(juliaMeaningNote(attrOf(all, "count"), all)).toBe("");
  });
});

describe("Julia spellings", () => {
  test("symbols, with Symbol(\"...\") for keywords", () => {
    expect(juliaSymbol("edge")).toBe(":edge");
    expect(juliaSymbol("end")).toBe('Symbol("end")');
    expect(juliaSymbol("true")).toBe('Symbol("true")');
  });

  test("Base functions are always qualified (Tessera has its own sum, max, abs, ...)", () => {
    expect(juliaBaseFunctionRef("+")).toBe("Base.:+");
    expect(juliaBaseFunctionRef("==")).toBe("Base.:(==)");
    expect(juliaBaseFunctionRef("<")).toBe("Base.:(<)");
    expect(juliaBaseFunctionRef("abs")).toBe("Base.abs");
    expect(juliaFunctionType("max")).toBe("typeof(Base.max)");
    expect(juliaFunctionType("^")).toBe("typeof(Base.:^)");
  });

  test("the Base table: * of two arrays is the matrix product; matrix functions stay Base's", () => {
    const star = JULIA_BASE_METHODS.filter((m) => m.fn === "*");
    expect(star.map((m) => [m.op, m.kind, m.broadcast])).toEqual([
      ["mul", "scalar", 2],
      ["matmul", "tensor", 0],
    ]);
    for (const fn of ["exp", "log", "sqrt", "tanh", "abs"]) {
      expect(JULIA_BASE_METHODS.find((m) => m.fn === fn)?.kind).toBeNull();
    }
    expect(JULIA_SWAPPED_OPERANDS.has("matmul")).toBe(true);
    for (const name of ["sum", "max", "reshape", "transpose", "zeros", "mean", "abs"]) expect(JULIA_BASE_NAMES.has(name)).toBe(true);
    for (const name of ["add", "relu", "softmax", "matmul"]) expect(JULIA_BASE_NAMES.has(name)).toBe(false);
  });
});
