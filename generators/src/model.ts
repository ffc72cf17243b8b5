// The operator registry as typed, immutable records.
//
// `parseRegistry` reads the text of op-registry/registry.json (schema in op-registry/README.md),
// validates every record on its own (unknown keys, types, defaults against type/enum/range,
// naming, variadic placement), then runs a cross-record pass (duplicate operator names), and
// returns deeply frozen objects. Every problem is reported with the operator, the file that
// defines it and the field at fault; all problems are collected before a ModelError is thrown.

export const SCHEMA_VERSION = 1;

/** Attribute types; the index is the C ABI code (tsr_attr_type). */
export const ATTR_TYPES = ["bool", "int", "float", "string", "enum", "int[]", "float[]", "dtype"] as const;
export type AttrType = (typeof ATTR_TYPES)[number];

/** What an attribute or input means, so column-major, 1-based bindings can translate it. */
export const MEANINGS = ["axis", "axes", "perm", "shape", "index", "layout"] as const;
export type Meaning = (typeof MEANINGS)[number];

export const ONNX_STATUSES = ["exact", "decomposed", "unsupported"] as const;
export type OnnxStatus = (typeof ONNX_STATUSES)[number];

/** Names in the registry (operators, inputs, outputs, attributes): lowercase snake_case. */
export const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/** Enum values: identifiers (every target turns them into literals or enum members). */
const ENUM_VALUE = /^[A-Za-z][A-Za-z0-9_]*$/;

export interface Registry {
  readonly schemaVersion: number;
  readonly apiVersion: number;
  /** FNV-1a 64 of the "ops" array text, hex; bindings check it at load time. */
  readonly hash: string;
  /** Element type names; the index is the tsr_dtype code. */
  readonly dtypes: readonly string[];
  readonly attrTypes: readonly AttrType[];
  readonly ops: readonly OpModel[];
}

export interface OpModel {
  readonly name: string;
  readonly family: string;
  readonly summary: string;
  readonly doc: string;
  readonly definedIn: string;
  readonly inputs: readonly TensorModel[];
  readonly outputs: readonly TensorModel[];
  readonly attrs: readonly AttrModel[];
  readonly gradient: GradientModel;
  readonly onnx: OnnxModel;
  readonly examples: readonly ExampleModel[];
}

export interface TensorModel {
  readonly name: string;
  readonly doc: string;
  readonly dtypes: readonly string[];
  readonly optional: boolean;
  /** One or more tensors; only the last input may be variadic. */
  readonly variadic: boolean;
  readonly meaning: Meaning | null;
  /** Position in the op's inputs (or outputs). */
  readonly index: number;
}

export interface NumericRange {
  /** Inclusive bounds; may be -Infinity / Infinity. */
  readonly min: number;
  readonly max: number;
}

interface AttrCommon {
  readonly name: string;
  readonly doc: string;
  readonly meaning: Meaning | null;
  /** Index in the op's attrs: the tsr_attr.slot for this attribute. */
  readonly slot: number;
}

/** A required attribute has no default; every other attribute has one of its type. */
type Defaulted<T> = { readonly required: true; readonly default: null } | { readonly required: false; readonly default: T };

type Attr<K extends AttrType, V, R extends NumericRange | null, E extends readonly string[] | null> = AttrCommon & {
  readonly type: K;
  readonly range: R;
  readonly enumValues: E;
} & Defaulted<V>;

export type BoolAttr = Attr<"bool", boolean, null, null>;
export type IntAttr = Attr<"int", number, NumericRange | null, null>;
export type FloatAttr = Attr<"float", number, NumericRange | null, null>;
export type StringAttr = Attr<"string", string, null, null>;
export type EnumAttr = Attr<"enum", string, null, readonly string[]>;
export type IntsAttr = Attr<"int[]", readonly number[], NumericRange | null, null>;
export type FloatsAttr = Attr<"float[]", readonly number[], NumericRange | null, null>;
export type DTypeAttr = Attr<"dtype", string, null, null>;

export type AttrModel = BoolAttr | IntAttr | FloatAttr | StringAttr | EnumAttr | IntsAttr | FloatsAttr | DTypeAttr;

/** The value of an attribute: default, example argument. */
export type AttrValue = boolean | number | string | readonly number[];

export interface GradientModel {
  /** "planned", "none", ... as the engine reports it. */
  readonly status: string;
  readonly formula: string;
  /** Why there is no gradient (status "none"). */
  readonly reason: string;
}

export interface OnnxModel {
  readonly status: OnnxStatus;
  readonly opType: string;
  readonly sinceOpset: number;
  /** Tessera attribute name -> ONNX attribute name. */
  readonly attrRenames: Readonly<Record<string, string>>;
  readonly note: string;
}

export interface ExampleTensor {
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Row-major values; bool as 0/1; "nan"/"inf"/"-inf" decoded to NaN/Infinity/-Infinity. */
  readonly data: readonly number[];
}

export interface ExampleModel {
  readonly title: string;
  readonly inputs: readonly ExampleTensor[];
  /** Attribute name -> value, in the order written in the registry. */
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly outputs: readonly ExampleTensor[];
  readonly source: string;
}

/** A registry that does not satisfy the schema. `issues` holds one line per problem. */
export class ModelError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(
      issues.length === 1
        ? (issues[0] as string)
        : `${issues.length} problems in the operator registry:\n${issues.map((i) => `  ${i}`).join("\n")}`,
    );
    this.name = "ModelError";
    this.issues = Object.freeze([...issues]);
  }
}

// ---------------------------------------------------------------------------------------------
// Validation helpers

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Where a record lives, for messages: "op-registry/ops/reduce.cc: op \"sum\"". */
class Scope {
  constructor(
    private readonly prefix: string,
    private readonly issues: string[],
  ) {}

  fail(field: string, message: string): void {
    this.issues.push(field === "" ? `${this.prefix}: ${message}` : `${this.prefix}: ${field}: ${message}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks an object's keys: unknown keys and missing required keys are errors. */
function checkKeys(
  scope: Scope,
  field: string,
  obj: JsonObject,
  required: readonly string[],
  optional: readonly string[] = [],
): void {
  const allowed = [...required, ...optional];
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      scope.fail(field, `unknown key ${JSON.stringify(key)} (allowed: ${allowed.join(", ")})`);
    }
  }
  for (const key of required) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) scope.fail(field, `missing key ${JSON.stringify(key)}`);
  }
}

function join(field: string, key: string): string {
  return field === "" ? key : `${field}.${key}`;
}

function readString(scope: Scope, field: string, obj: JsonObject, key: string, opts: { nonEmpty?: boolean } = {}): string {
  const value = obj[key];
  if (value === undefined) return "";
  if (typeof value !== "string") {
    scope.fail(join(field, key), `expected a string, got ${describe(value)}`);
    return "";
  }
  if (opts.nonEmpty === true && value.trim() === "") scope.fail(join(field, key), "must not be empty");
  return value;
}

function readBool(scope: Scope, field: string, obj: JsonObject, key: string): boolean {
  const value = obj[key];
  if (value === undefined) return false;
  if (typeof value !== "boolean") {
    scope.fail(join(field, key), `expected true or false, got ${describe(value)}`);
    return false;
  }
  return value;
}

function readInteger(scope: Scope, field: string, obj: JsonObject, key: string, min: number): number {
  const value = obj[key];
  if (value === undefined) return min;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    scope.fail(join(field, key), `expected an integer >= ${min}, got ${describe(value)}`);
    return min;
  }
  return value;
}

function readArray(scope: Scope, field: string, obj: JsonObject, key: string): readonly Json[] {
  const value = obj[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    scope.fail(join(field, key), `expected an array, got ${describe(value)}`);
    return [];
  }
  return value;
}

function readName(scope: Scope, field: string, obj: JsonObject): string {
  const name = readString(scope, field, obj, "name");
  if (name !== "" && !SNAKE_CASE.test(name)) {
    scope.fail(join(field, "name"), `${JSON.stringify(name)} is not snake_case (lowercase letters, digits, single underscores)`);
  }
  return name;
}

function readMeaning(scope: Scope, field: string, obj: JsonObject): Meaning | null {
  const value = obj["meaning"];
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && (MEANINGS as readonly string[]).includes(value)) return value as Meaning;
  scope.fail(join(field, "meaning"), `expected null or one of ${MEANINGS.join(", ")}, got ${describe(value)}`);
  return null;
}

const NON_FINITE: Readonly<Record<string, number>> = { nan: NaN, inf: Infinity, "-inf": -Infinity };

/** A JSON number, or one of the strings "nan", "inf", "-inf"; undefined when neither. */
function decodeNumber(value: Json | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && Object.prototype.hasOwnProperty.call(NON_FINITE, value)) return NON_FINITE[value];
  return undefined;
}

function formatNumber(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  return String(n);
}

function freeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) freeze(child);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Attribute values

interface ValueRules {
  readonly type: AttrType;
  readonly range: NumericRange | null;
  readonly enumValues: readonly string[] | null;
  readonly dtypes: readonly string[];
}

const TYPE_WORDS: Readonly<Record<AttrType, string>> = {
  bool: "true or false",
  int: "an integer",
  float: "a number",
  string: "a string",
  enum: "an enum value",
  "int[]": "an array of integers",
  "float[]": "an array of numbers",
  dtype: "a dtype name",
};

/** "a bool", "an int", "an enum". */
function withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function inRange(n: number, range: NumericRange | null): boolean {
  return range === null || (n >= range.min && n <= range.max);
}

function rangeText(range: NumericRange): string {
  return `[${formatNumber(range.min)}, ${formatNumber(range.max)}]`;
}

/** Decodes and checks one attribute value; returns undefined (after reporting) when invalid. */
function readValue(scope: Scope, field: string, raw: Json | undefined, rules: ValueRules): AttrValue | undefined {
  const bad = (): undefined => {
    scope.fail(field, `expected ${TYPE_WORDS[rules.type]} for ${withArticle(rules.type)} attribute, got ${describe(raw)}`);
    return undefined;
  };
  const outOfRange = (n: number): undefined => {
    scope.fail(field, `${formatNumber(n)} is outside the range ${rangeText(rules.range as NumericRange)}`);
    return undefined;
  };
  switch (rules.type) {
    case "bool":
      return typeof raw === "boolean" ? raw : bad();
    case "int":
      if (typeof raw !== "number" || !Number.isSafeInteger(raw)) return bad();
      return inRange(raw, rules.range) ? raw : outOfRange(raw);
    case "float": {
      const n = decodeNumber(raw);
      if (n === undefined) return bad();
      return inRange(n, rules.range) ? n : outOfRange(n);
    }
    case "string":
      return typeof raw === "string" ? raw : bad();
    case "enum":
      if (typeof raw !== "string") return bad();
      if (rules.enumValues !== null && !rules.enumValues.includes(raw)) {
        scope.fail(field, `${JSON.stringify(raw)} is not one of the enum values ${rules.enumValues.join(", ")}`);
        return undefined;
      }
      return raw;
    case "dtype":
      if (typeof raw !== "string") return bad();
      if (!rules.dtypes.includes(raw)) {
        scope.fail(field, `${JSON.stringify(raw)} is not a dtype of this registry (${rules.dtypes.join(", ")})`);
        return undefined;
      }
      return raw;
    case "int[]":
    case "float[]": {
      if (!Array.isArray(raw)) return bad();
      const out: number[] = [];
      for (const item of raw) {
        const n = rules.type === "int[]" ? (typeof item === "number" && Number.isSafeInteger(item) ? item : undefined) : decodeNumber(item);
        if (n === undefined) return bad();
        if (!inRange(n, rules.range)) return outOfRange(n);
        out.push(n);
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Records

const REGISTRY_KEYS = ["schema_version", "api_version", "hash", "dtypes", "attr_types", "ops"] as const;
/** "generated": the do-not-edit notice (JSON has no comments). */
const REGISTRY_OPTIONAL_KEYS = ["generated"] as const;
const OP_KEYS = [
  "name",
  "family",
  "summary",
  "doc",
  "defined_in",
  "inputs",
  "outputs",
  "attrs",
  "gradient",
  "onnx",
  "examples",
] as const;
const INPUT_KEYS = ["name", "doc", "dtypes", "optional", "variadic", "meaning"] as const;
const OUTPUT_KEYS = ["name", "doc", "dtypes"] as const;
const ATTR_KEYS = ["name", "type", "doc", "meaning", "required", "default", "range", "enum"] as const;
const GRADIENT_KEYS = ["status"] as const;
const GRADIENT_OPTIONAL_KEYS = ["formula", "reason"] as const;
const ONNX_KEYS = ["status"] as const;
const ONNX_OPTIONAL_KEYS = ["op_type", "since_opset", "attr_renames", "note"] as const;
const EXAMPLE_KEYS = ["title", "inputs", "attrs", "outputs", "source"] as const;
const EXAMPLE_TENSOR_KEYS = ["dtype", "shape", "data"] as const;

/** Which attribute types each meaning may be attached to. */
const MEANING_TYPES: Readonly<Record<Meaning, readonly AttrType[]>> = {
  axis: ["int"],
  axes: ["int[]"],
  perm: ["int[]"],
  shape: ["int[]"],
  index: ["int", "int[]"],
  layout: ["string", "enum"],
};

function readDtypeList(scope: Scope, field: string, raw: Json | undefined, known: readonly string[]): string[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    scope.fail(field, `expected a non-empty array of dtype names, got ${describe(raw)}`);
    return [];
  }
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== "string" || !known.includes(item)) {
      scope.fail(field, `${describe(item)} is not a dtype of this registry (${known.join(", ")})`);
    } else if (out.includes(item)) {
      scope.fail(field, `dtype ${JSON.stringify(item)} is listed twice`);
    } else {
      out.push(item);
    }
  }
  return out;
}

function readTensor(
  scope: Scope,
  list: "inputs" | "outputs",
  index: number,
  raw: Json,
  dtypes: readonly string[],
): TensorModel | undefined {
  const indexed = `${list}[${index}]`;
  if (!isObject(raw)) {
    scope.fail(indexed, `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  const rawName = raw["name"];
  const field = typeof rawName === "string" && SNAKE_CASE.test(rawName) ? `${list}.${rawName}` : indexed;
  if (list === "inputs") {
    checkKeys(scope, field, raw, INPUT_KEYS);
  } else {
    // The engine may also write the input-only keys for outputs; an output may be variadic
    // (a count decided at run time, e.g. split), never optional.
    checkKeys(scope, field, raw, OUTPUT_KEYS, ["optional", "variadic", "meaning"]);
    if (raw["optional"] !== undefined && raw["optional"] !== false) scope.fail(join(field, "optional"), "outputs cannot be optional");
  }
  const tensor: TensorModel = {
    name: readName(scope, field, raw),
    doc: readString(scope, field, raw, "doc"),
    dtypes: readDtypeList(scope, join(field, "dtypes"), raw["dtypes"], dtypes),
    optional: list === "inputs" ? readBool(scope, field, raw, "optional") : false,
    variadic: list === "inputs" || raw["variadic"] !== undefined ? readBool(scope, field, raw, "variadic") : false,
    meaning: readMeaning(scope, field, raw),
    index,
  };
  if (tensor.optional && tensor.variadic) scope.fail(field, "an input cannot be both optional and variadic");
  return tensor;
}

function readRange(scope: Scope, field: string, raw: Json | undefined, type: AttrType | undefined): NumericRange | null {
  if (raw === undefined || raw === null) return null;
  const numeric = type === "int" || type === "float" || type === "int[]" || type === "float[]";
  if (!numeric) {
    scope.fail(join(field, "range"), `${withArticle(type ?? "non-numeric")} attribute cannot have a range`);
    return null;
  }
  const min = Array.isArray(raw) && raw.length === 2 ? decodeNumber(raw[0]) : undefined;
  const max = Array.isArray(raw) && raw.length === 2 ? decodeNumber(raw[1]) : undefined;
  if (min === undefined || max === undefined || Number.isNaN(min) || Number.isNaN(max)) {
    scope.fail(join(field, "range"), `expected null or [min, max], got ${describe(raw)}`);
    return null;
  }
  if (min > max) {
    scope.fail(join(field, "range"), `min ${formatNumber(min)} is greater than max ${formatNumber(max)}`);
    return null;
  }
  return { min, max };
}

function readEnumValues(scope: Scope, field: string, raw: Json | undefined, type: AttrType | undefined): string[] | null {
  if (type !== "enum") {
    if (raw !== undefined && raw !== null) scope.fail(join(field, "enum"), `only enum attributes have enum values (type is ${type ?? "unknown"})`);
    return null;
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    scope.fail(join(field, "enum"), `expected a non-empty array of values, got ${describe(raw)}`);
    return null;
  }
  const values: string[] = [];
  for (const item of raw) {
    if (typeof item !== "string" || !ENUM_VALUE.test(item)) {
      scope.fail(join(field, "enum"), `${describe(item)} is not a valid enum value (letters, digits, underscores)`);
    } else if (values.includes(item)) {
      scope.fail(join(field, "enum"), `value ${JSON.stringify(item)} is listed twice`);
    } else {
      values.push(item);
    }
  }
  return values;
}

function readAttr(scope: Scope, slot: number, raw: Json, dtypes: readonly string[]): AttrModel | undefined {
  const indexed = `attrs[${slot}]`;
  if (!isObject(raw)) {
    scope.fail(indexed, `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  const rawName = raw["name"];
  const field = typeof rawName === "string" && SNAKE_CASE.test(rawName) ? `attrs.${rawName}` : indexed;
  checkKeys(scope, field, raw, ATTR_KEYS);
  const name = readName(scope, field, raw);
  const rawType = raw["type"];
  let type: AttrType | undefined;
  if (typeof rawType === "string" && (ATTR_TYPES as readonly string[]).includes(rawType)) {
    type = rawType as AttrType;
  } else if (rawType !== undefined) {
    scope.fail(join(field, "type"), `unknown attribute type ${describe(rawType)} (known: ${ATTR_TYPES.join(", ")})`);
  }
  const doc = readString(scope, field, raw, "doc");
  const meaning = readMeaning(scope, field, raw);
  const required = readBool(scope, field, raw, "required");
  const range = readRange(scope, field, raw["range"], type);
  const enumValues = readEnumValues(scope, field, raw["enum"], type);
  if (type === undefined) return undefined;
  if (meaning !== null && !MEANING_TYPES[meaning].includes(type)) {
    scope.fail(join(field, "meaning"), `meaning "${meaning}" needs ${withArticle(MEANING_TYPES[meaning].join(" or "))} attribute, not ${type}`);
  }
  let value: AttrValue | null = null;
  if (required) {
    if (raw["default"] !== null && raw["default"] !== undefined) {
      scope.fail(join(field, "default"), `a required attribute has no default (expected null), got ${describe(raw["default"])}`);
    }
  } else {
    const decoded = readValue(scope, join(field, "default"), raw["default"], { type, range, enumValues, dtypes });
    if (decoded === undefined) return undefined;
    value = decoded;
  }
  // The discriminated union is built from checked parts; the cast only restates what was checked.
  return { name, type, doc, meaning, required, default: value, range, enumValues, slot } as AttrModel;
}

function readGradient(scope: Scope, raw: Json | undefined): GradientModel {
  if (!isObject(raw)) {
    scope.fail("gradient", `expected an object, got ${describe(raw)}`);
    return { status: "", formula: "", reason: "" };
  }
  checkKeys(scope, "gradient", raw, GRADIENT_KEYS, GRADIENT_OPTIONAL_KEYS);
  const gradient = {
    status: readString(scope, "gradient", raw, "status", { nonEmpty: true }),
    formula: readString(scope, "gradient", raw, "formula"),
    reason: readString(scope, "gradient", raw, "reason"),
  };
  if (gradient.status === "none" && gradient.reason.trim() === "") {
    scope.fail("gradient.reason", 'status "none" needs the reason the operator is not differentiable');
  }
  return gradient;
}

function readOnnx(scope: Scope, raw: Json | undefined, attrNames: readonly string[]): OnnxModel {
  const fallback: OnnxModel = { status: "unsupported", opType: "", sinceOpset: 0, attrRenames: {}, note: "" };
  if (!isObject(raw)) {
    scope.fail("onnx", `expected an object, got ${describe(raw)}`);
    return fallback;
  }
  checkKeys(scope, "onnx", raw, ONNX_KEYS, ONNX_OPTIONAL_KEYS);
  const status = raw["status"];
  if (typeof status !== "string" || !(ONNX_STATUSES as readonly string[]).includes(status)) {
    scope.fail("onnx.status", `expected one of ${ONNX_STATUSES.join(", ")}, got ${describe(status)}`);
    return fallback;
  }
  // The engine writes null for both when an operator has no ONNX op of its own.
  const opType = raw["op_type"] === null ? "" : readString(scope, "onnx", raw, "op_type");
  const sinceOpset = raw["since_opset"] === null ? 0 : readInteger(scope, "onnx", raw, "since_opset", 0);
  if (status === "exact" && (opType === "" || sinceOpset < 1)) {
    scope.fail("onnx", 'status "exact" needs an op_type and a since_opset >= 1');
  }
  const attrRenames: Record<string, string> = {};
  const renames = raw["attr_renames"];
  if (renames !== undefined && !isObject(renames)) {
    scope.fail("onnx.attr_renames", `expected an object, got ${describe(renames)}`);
  } else if (renames !== undefined) {
    for (const [ours, theirs] of Object.entries(renames)) {
      if (!attrNames.includes(ours)) scope.fail("onnx.attr_renames", `${JSON.stringify(ours)} is not an attribute of this operator`);
      else if (typeof theirs !== "string" || theirs === "") scope.fail(`onnx.attr_renames.${ours}`, `expected an ONNX attribute name, got ${describe(theirs)}`);
      else attrRenames[ours] = theirs;
    }
  }
  return { status: status as OnnxStatus, opType, sinceOpset, attrRenames, note: readString(scope, "onnx", raw, "note") };
}

function readExampleTensor(scope: Scope, field: string, raw: Json, dtypes: readonly string[]): ExampleTensor | undefined {
  if (!isObject(raw)) {
    scope.fail(field, `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  checkKeys(scope, field, raw, EXAMPLE_TENSOR_KEYS);
  const dtype = readString(scope, field, raw, "dtype");
  if (!dtypes.includes(dtype)) scope.fail(join(field, "dtype"), `${JSON.stringify(dtype)} is not a dtype of this registry`);
  const shape: number[] = [];
  for (const dim of readArray(scope, field, raw, "shape")) {
    if (typeof dim !== "number" || !Number.isSafeInteger(dim) || dim < 0) {
      scope.fail(join(field, "shape"), `expected non-negative integers, got ${describe(dim)}`);
      return undefined;
    }
    shape.push(dim);
  }
  const data: number[] = [];
  for (const item of readArray(scope, field, raw, "data")) {
    const n = typeof item === "boolean" ? Number(item) : decodeNumber(item);
    if (n === undefined) {
      scope.fail(join(field, "data"), `expected numbers (or "nan", "inf", "-inf"), got ${describe(item)}`);
      return undefined;
    }
    data.push(n);
  }
  const count = shape.reduce((a, b) => a * b, 1);
  if (data.length !== count) {
    scope.fail(join(field, "data"), `shape [${shape.join(", ")}] holds ${count} values, data has ${data.length}`);
  }
  return { dtype, shape, data };
}

function readExample(
  scope: Scope,
  index: number,
  raw: Json,
  inputs: readonly TensorModel[],
  attrs: readonly AttrModel[],
  dtypes: readonly string[],
): ExampleModel | undefined {
  const field = `examples[${index}]`;
  if (!isObject(raw)) {
    scope.fail(field, `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  checkKeys(scope, field, raw, EXAMPLE_KEYS);
  const tensors = (key: "inputs" | "outputs"): ExampleTensor[] =>
    readArray(scope, field, raw, key).flatMap((t, k) => readExampleTensor(scope, `${field}.${key}[${k}]`, t, dtypes) ?? []);
  const exampleInputs = tensors("inputs");
  const min = inputs.filter((i) => !i.optional).length;
  const variadic = inputs.some((i) => i.variadic);
  if (exampleInputs.length < min || (!variadic && exampleInputs.length > inputs.length)) {
    const expected = variadic ? `at least ${min}` : min === inputs.length ? `${min}` : `${min} to ${inputs.length}`;
    scope.fail(join(field, "inputs"), `expected ${expected} input tensors, got ${exampleInputs.length}`);
  }
  const values: Record<string, AttrValue> = {};
  const rawAttrs = raw["attrs"];
  if (!isObject(rawAttrs)) {
    scope.fail(join(field, "attrs"), `expected an object, got ${describe(rawAttrs)}`);
  } else {
    for (const [key, value] of Object.entries(rawAttrs)) {
      const attr = attrs.find((a) => a.name === key);
      if (attr === undefined) {
        scope.fail(join(field, "attrs"), `${JSON.stringify(key)} is not an attribute of this operator`);
        continue;
      }
      const rules = { type: attr.type, range: attr.range, enumValues: attr.enumValues, dtypes };
      const decoded = readValue(scope, `${field}.attrs.${key}`, value, rules);
      if (decoded !== undefined) values[key] = decoded;
    }
    for (const attr of attrs) {
      if (attr.required && !(attr.name in rawAttrs)) {
        scope.fail(join(field, "attrs"), `required attribute ${JSON.stringify(attr.name)} is missing`);
      }
    }
  }
  return {
    title: readString(scope, field, raw, "title", { nonEmpty: true }),
    inputs: exampleInputs,
    attrs: values,
    outputs: tensors("outputs"),
    source: readString(scope, field, raw, "source", { nonEmpty: true }),
  };
}

/** Reports names used twice in one list (inputs and attributes share the parameter namespace). */
function checkUnique(scope: Scope, entries: readonly { field: string; name: string; what: string }[]): void {
  const seen = new Map<string, string>();
  for (const { field, name, what } of entries) {
    if (name === "") continue;
    const first = seen.get(name);
    if (first !== undefined) scope.fail(field, `duplicate ${what} name ${JSON.stringify(name)} (first at ${first})`);
    else seen.set(name, field);
  }
}

function readOp(index: number, raw: Json, source: string, dtypes: readonly string[], issues: string[]): OpModel | undefined {
  if (!isObject(raw)) {
    new Scope(source, issues).fail(`ops[${index}]`, `expected an object, got ${describe(raw)}`);
    return undefined;
  }
  const rawName = raw["name"];
  const rawFile = raw["defined_in"];
  const file = typeof rawFile === "string" && rawFile !== "" ? rawFile : source;
  const label = typeof rawName === "string" && rawName !== "" ? `op ${JSON.stringify(rawName)}` : `ops[${index}]`;
  const scope = new Scope(`${file}: ${label}`, issues);
  const before = issues.length;

  checkKeys(scope, "", raw, OP_KEYS);
  const name = readName(scope, "", raw);
  const family = readString(scope, "", raw, "family", { nonEmpty: true });
  const summary = readString(scope, "", raw, "summary", { nonEmpty: true });
  const doc = readString(scope, "", raw, "doc");
  const definedIn = readString(scope, "", raw, "defined_in", { nonEmpty: true });

  const inputs = readArray(scope, "", raw, "inputs").flatMap((t, k) => readTensor(scope, "inputs", k, t, dtypes) ?? []);
  const outputs = readArray(scope, "", raw, "outputs").flatMap((t, k) => readTensor(scope, "outputs", k, t, dtypes) ?? []);
  if (Array.isArray(raw["outputs"]) && raw["outputs"].length === 0) {
    scope.fail("outputs", "an operator needs at least one output");
  }
  inputs.forEach((input, k) => {
    if (input.variadic && k !== inputs.length - 1) {
      scope.fail(`inputs.${input.name}.variadic`, "only the last input may be variadic");
    }
  });
  outputs.forEach((output) => {
    if (output.variadic && outputs.length !== 1) {
      scope.fail(`outputs.${output.name}.variadic`, "a variadic output must be the operator's only output");
    }
  });
  const attrs = readArray(scope, "", raw, "attrs").flatMap((a, k) => readAttr(scope, k, a, dtypes) ?? []);
  checkUnique(scope, [
    ...inputs.map((t) => ({ field: `inputs[${t.index}].name`, name: t.name, what: "input/attribute" })),
    ...attrs.map((a) => ({ field: `attrs[${a.slot}].name`, name: a.name, what: "input/attribute" })),
  ]);
  checkUnique(scope, outputs.map((t) => ({ field: `outputs[${t.index}].name`, name: t.name, what: "output" })));

  const gradient = readGradient(scope, raw["gradient"]);
  const onnx = readOnnx(scope, raw["onnx"], attrs.map((a) => a.name));
  const examples = readArray(scope, "", raw, "examples").flatMap((e, k) => readExample(scope, k, e, inputs, attrs, dtypes) ?? []);

  if (issues.length > before) return undefined;
  return { name, family, summary, doc, definedIn, inputs, outputs, attrs, gradient, onnx, examples };
}

/** Cross-record checks, run once every op is valid on its own. */
function checkRegistry(ops: readonly OpModel[], issues: string[]): void {
  const seen = new Map<string, OpModel>();
  for (const op of ops) {
    const first = seen.get(op.name);
    if (first !== undefined) {
      issues.push(`${op.definedIn}: op ${JSON.stringify(op.name)}: name: duplicate operator name (also defined in ${first.definedIn})`);
    } else {
      seen.set(op.name, op);
    }
  }
}

/**
 * Parses and validates the text of registry.json. `source` names the file in messages about
 * the registry as a whole; messages about one operator name the file that defines it.
 */
export function parseRegistry(jsonText: string, source = "op-registry/registry.json"): Registry {
  let raw: Json;
  try {
    raw = JSON.parse(jsonText) as Json;
  } catch (e) {
    throw new ModelError([`${source}: not valid JSON: ${(e as Error).message}`]);
  }
  const issues: string[] = [];
  const top = new Scope(source, issues);
  if (!isObject(raw)) throw new ModelError([`${source}: expected a JSON object at the top level`]);
  checkKeys(top, "", raw, REGISTRY_KEYS, REGISTRY_OPTIONAL_KEYS);
  readString(top, "", raw, "generated");

  if (raw["schema_version"] !== SCHEMA_VERSION) {
    top.fail("schema_version", `this generator reads schema version ${SCHEMA_VERSION}, got ${describe(raw["schema_version"])}`);
  }
  const apiVersion = readInteger(top, "", raw, "api_version", 1);
  const hash = readString(top, "", raw, "hash");
  if (!/^[0-9a-f]{1,16}$/.test(hash)) top.fail("hash", `expected a lowercase hex FNV-1a 64 hash, got ${describe(raw["hash"])}`);

  const dtypes: string[] = [];
  for (const item of readArray(top, "", raw, "dtypes")) {
    if (typeof item !== "string" || !SNAKE_CASE.test(item)) top.fail("dtypes", `expected dtype names, got ${describe(item)}`);
    else if (dtypes.includes(item)) top.fail("dtypes", `dtype ${JSON.stringify(item)} is listed twice`);
    else dtypes.push(item);
  }
  const attrTypes = readArray(top, "", raw, "attr_types");
  if (raw["attr_types"] !== undefined && JSON.stringify(attrTypes) !== JSON.stringify(ATTR_TYPES)) {
    const unknown = attrTypes.filter((t) => !(ATTR_TYPES as readonly Json[]).includes(t));
    top.fail(
      "attr_types",
      unknown.length > 0
        ? `unknown attribute type ${describe(unknown[0])} (this generator knows ${ATTR_TYPES.join(", ")})`
        : `expected ${JSON.stringify(ATTR_TYPES)} (index = tsr_attr_type code), got ${describe(attrTypes)}`,
    );
  }

  const ops = readArray(top, "", raw, "ops").flatMap((op, k) => readOp(k, op, source, dtypes, issues) ?? []);
  if (issues.length > 0) throw new ModelError(issues);
  checkRegistry(ops, issues);
  if (issues.length > 0) throw new ModelError(issues);

  return freeze({ schemaVersion: SCHEMA_VERSION, apiVersion, hash, dtypes, attrTypes: [...ATTR_TYPES], ops });
}
