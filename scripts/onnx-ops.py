#!/usr/bin/env python3
"""Print the ONNX default-domain ("" / ai.onnx) operator list as JSON.

Its output is committed as generators/data/onnx-ops.json, an input of the generators (like
op-registry/registry.json): the ONNX emitter (generators/src/emit/onnx.ts) builds the inverse
mapping table of bindings/onnx/ from it. Regenerate it when the onnx pin changes:

    .venv/bin/pip install -r bindings/python/requirements-dev.txt    # pins onnx
    .venv/bin/python scripts/onnx-ops.py > generators/data/onnx-ops.json
    npx tsx generators/src/cli.ts --target onnx

For each operator it lists every opset version that (re)defined it ("since_versions", ascending)
and, when its newest definition is deprecated, the opset that deprecated it ("deprecated_since",
else null). Experimental schemas are left out.
"""

import json
import sys

import onnx
from onnx import defs

COMMAND = ".venv/bin/python scripts/onnx-ops.py > generators/data/onnx-ops.json"


def main() -> int:
    by_name: dict[str, list] = {}
    for schema in defs.get_all_schemas_with_history():
        if schema.domain not in ("", "ai.onnx"):
            continue
        if schema.support_level == defs.OpSchema.SupportType.EXPERIMENTAL:
            continue
        by_name.setdefault(schema.name, []).append(schema)

    ops = []
    for name in sorted(by_name):
        schemas = sorted(by_name[name], key=lambda s: s.since_version)
        newest = schemas[-1]
        ops.append(
            {
                "name": name,
                "since_versions": sorted({s.since_version for s in schemas}),
                "deprecated_since": newest.since_version if newest.deprecated else None,
            }
        )

    out = {
        "generated": f"by {COMMAND} with onnx {onnx.__version__} — do not edit",
        "onnx_version": onnx.__version__,
        "domain": "ai.onnx",
        "max_opset": defs.onnx_opset_version(),
        "ops": ops,
    }
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
