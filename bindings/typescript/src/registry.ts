/**
 * The operator registry as the loaded library reports it (`tsr_registry_json`), parsed once on
 * first use. Schema: op-registry/README.md (schema_version 1).
 */
import { native } from "./native";

export type AttrTypeName = "bool" | "int" | "float" | "string" | "enum" | "int[]" | "float[]" | "dtype";
export type Meaning = null | "axis" | "axes" | "perm" | "shape" | "index" | "layout";

export interface InputSchema {
  readonly name: string;
  readonly doc: string;
  readonly dtypes: readonly string[];
  readonly optional: boolean;
  readonly variadic: boolean;
  readonly meaning: Meaning;
}

export interface OutputSchema {
  readonly name: string;
  readonly doc: string;
  readonly dtypes: readonly string[];
}

export interface AttrSchema {
  readonly name: string;
  readonly type: AttrTypeName;
  readonly doc: string;
  readonly meaning: Meaning;
  readonly required: boolean;
  readonly default: unknown;
  readonly range: readonly [number, number] | null;
  readonly enum: readonly string[] | null;
}

export interface ExampleTensor {
  readonly dtype: string;
  readonly shape: readonly number[];
  readonly data: readonly (number | "nan" | "inf" | "-inf")[];
}

export interface OpExample {
  readonly title: string;
  readonly inputs: readonly ExampleTensor[];
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly outputs: readonly ExampleTensor[];
  readonly source: string;
}

export interface OpSchema {
  readonly name: string;
  readonly family: string;
  readonly summary: string;
  readonly doc: string;
  readonly defined_in: string;
  readonly inputs: readonly InputSchema[];
  readonly outputs: readonly OutputSchema[];
  readonly attrs: readonly AttrSchema[];
  readonly gradient?: { readonly status: string; readonly formula?: string; readonly reason?: string };
  readonly onnx?: Readonly<Record<string, unknown>>;
  readonly examples?: readonly OpExample[];
}

export interface Registry {
  readonly schema_version: number;
  readonly api_version: number;
  readonly hash: string;
  readonly dtypes: readonly string[];
  readonly attr_types: readonly string[];
  readonly ops: readonly OpSchema[];
}

let parsed: Registry | undefined;
let byName: Map<string, OpSchema> | undefined;

/** The parsed registry (parsed on first call, then cached). */
export function registry(): Registry {
  if (parsed === undefined) parsed = JSON.parse(native.registryJson()) as Registry;
  return parsed;
}

/** One operator's schema by registry name, or undefined. */
export function registryOp(name: string): OpSchema | undefined {
  if (byName === undefined) {
    byName = new Map();
    for (const op of registry().ops) byName.set(op.name, op);
  }
  return byName.get(name);
}

/** The registry hash of the loaded library (generated bindings compare it with theirs). */
export function registryHash(): string {
  return native.registryHash();
}
