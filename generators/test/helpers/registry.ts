// Tiny inline registries for tests: a valid skeleton that each test overrides in place.

import { parseRegistry, type AttrModel, type OpModel, type Registry } from "../../src/model";

export type JsonObject = Record<string, unknown>;

export const DTYPES = ["float32", "float64", "int32", "int64", "uint8", "bool"];
export const ATTR_TYPES = ["bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype"];

export function input(name: string, extra: JsonObject = {}): JsonObject {
  return { name, doc: `The ${name} tensor.`, dtypes: ["float32"], optional: false, variadic: false, meaning: null, ...extra };
}

export function output(name: string, extra: JsonObject = {}): JsonObject {
  return { name, doc: `The ${name} result.`, dtypes: ["float32"], ...extra };
}

export function attr(name: string, type: string, dflt: unknown, extra: JsonObject = {}): JsonObject {
  return { name, type, doc: `The ${name} attribute.`, meaning: null, required: false, default: dflt, range: null, enum: null, ...extra };
}

export function op(name: string, extra: JsonObject = {}): JsonObject {
  return {
    name,
    family: "test",
    summary: `The ${name} operator.`,
    doc: "",
    defined_in: `op-registry/ops/${name}.cc`,
    inputs: [input("x")],
    outputs: [output("y")],
    attrs: [],
    gradient: { status: "planned", formula: "dx = dy" },
    onnx: { status: "unsupported", note: "test operator" },
    examples: [],
    ...extra,
  };
}

export function registryJson(ops: JsonObject[], extra: JsonObject = {}): string {
  return JSON.stringify({
    schema_version: 1,
    api_version: 1,
    hash: "0123456789abcdef",
    dtypes: DTYPES,
    attr_types: ATTR_TYPES,
    ops,
    ...extra,
  });
}

export function registry(ops: JsonObject[], extra: JsonObject = {}): Registry {
  return parseRegistry(registryJson(ops, extra));
}

/** The message parseRegistry throws for these ops (fails the test when it does not throw). */
export function modelError(ops: JsonObject[], extra: JsonObject = {}): string {
  try {
    parseRegistry(registryJson(ops, extra));
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected parseRegistry to fail");
}

/** One operator with an attribute of every type, for the language rule tests. */
export function kitchenSink(): OpModel {
  const reg = registry([
    op("pad_any", {
      attrs: [
        attr("flag", "bool", true),
        attr("count", "int", 3, { range: [1, 10] }),
        attr("axis", "int", -1, { meaning: "axis" }),
        attr("scale", "float", 1),
        attr("eps", "float", 1e-7),
        attr("low", "float", "-inf"),
        attr("label", "string", 'say "hi" $x'),
        attr("mode", "enum", "edge", { enum: ["constant", "reflect", "edge"] }),
        attr("axes", "int[]", [], { meaning: "axes" }),
        attr("one_axis", "int[]", [0], { meaning: "axes" }),
        attr("shape", "int[]", [2, 3], { meaning: "shape" }),
        attr("weights", "float[]", [0.5, 1]),
        attr("no_weights", "float[]", []),
        attr("dtype", "dtype", "uint8"),
        attr("size", "int", null, { required: true }),
      ],
    }),
  ]);
  return reg.ops[0] as OpModel;
}

export function attrOf(o: OpModel, name: string): AttrModel {
  const found = o.attrs.find((a) => a.name === name);
  if (found === undefined) throw new Error(`no attribute ${name}`);
  return found;
}
