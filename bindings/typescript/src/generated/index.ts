// generated from op-registry/registry.json by generators/src/emit/typescript.ts — do not edit

export * from "./ops";
export * from "./methods";
