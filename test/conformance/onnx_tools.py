"""ONNX-side helpers of the conformance runner, run with the pinned onnx in /work/main/.venv.

  python onnx_tools.py info < paths.json          # {path: summary} for many models, one process
  python onnx_tools.py randomize IN OUT SEED      # light model with random ConstantOfShape weights

Kept in Python because the onnx package already parses every field (subgraphs, value types);
the runner caches `info` results (.cache/conformance/model-info.json).
"""
import json
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def value_info(v):
    """Kind ('tensor', 'sequence', 'optional', 'map', ...), element type and dims of a graph value."""
    t = v.type
    kind = t.WhichOneof("value") or "unknown"
    out = {"name": v.name, "kind": kind.replace("_type", "")}
    if kind == "tensor_type":
        out["elem_type"] = onnx.TensorProto.DataType.Name(t.tensor_type.elem_type)
        if t.tensor_type.HasField("shape"):
            out["dims"] = [d.dim_value if d.HasField("dim_value") else None for d in t.tensor_type.shape.dim]
        else:
            out["dims"] = None
    return out


def op_types(graph, acc):
    """Collects (domain, op_type) of every node, subgraphs (If/Loop/Scan bodies) included."""
    for node in graph.node:
        acc.add((node.domain or "ai.onnx", node.op_type))
        for a in node.attribute:
            if a.type == onnx.AttributeProto.GRAPH:
                op_types(a.g, acc)
            elif a.type == onnx.AttributeProto.GRAPHS:
                for g in a.graphs:
                    op_types(g, acc)
    return acc


def summarize(path):
    try:
        m = onnx.load(path, load_external_data=False)
    except Exception as e:  # a malformed model is the engine's problem to report; note it here
        return {"error": f"{type(e).__name__}: {e}"}
    inits = {i.name for i in m.graph.initializer}
    return {
        "opsets": {(o.domain or "ai.onnx"): o.version for o in m.opset_import},
        "op_types": sorted([list(x) for x in op_types(m.graph, set())]),
        "functions": [f.name for f in m.functions],
        "inputs": [value_info(v) for v in m.graph.input if v.name not in inits],
        "outputs": [value_info(v) for v in m.graph.output],
    }


def info():
    paths = json.load(sys.stdin)
    json.dump({p: summarize(p) for p in paths}, sys.stdout)


def const_value(graph, name):
    """The value of `name` if an initializer or a Constant node produces it, else None."""
    for i in graph.initializer:
        if i.name == name:
            return numpy_helper.to_array(i)
    for n in graph.node:
        if n.op_type == "Constant" and name in n.output:
            for a in n.attribute:
                if a.name == "value":
                    return numpy_helper.to_array(a.t)
    return None


def randomize(src, dst, seed):
    """Replaces each ConstantOfShape that makes a float weight (constant shape, float value) by a
    Constant of seeded uniform[-0.1, 0.1] values of that shape, in node order. Exceptions, so that
    the model stays well defined: a BatchNormalization variance gets 1 + uniform[-0.1, 0.1] (a
    negative variance is NaN in onnxruntime). The input of a final Softmax is added as an extra
    graph output ("logits"), because saturated probabilities hide differences."""
    m = onnx.load(src)
    rng = np.random.default_rng(int(seed))
    replaced = 0
    variances = {n.input[4] for n in m.graph.node if n.op_type == "BatchNormalization" and len(n.input) > 4}
    for idx, node in enumerate(list(m.graph.node)):
        if node.op_type != "ConstantOfShape" or node.domain not in ("", "ai.onnx"):
            continue
        shape = const_value(m.graph, node.input[0]) if node.input else None
        fill = None
        for a in node.attribute:
            if a.name == "value":
                fill = numpy_helper.to_array(a.t)
        dtype = np.float32 if fill is None else fill.dtype
        if shape is None or not np.issubdtype(dtype, np.floating):
            continue
        values = rng.uniform(-0.1, 0.1, size=[int(d) for d in shape.reshape(-1)]).astype(dtype)
        if node.output[0] in variances:
            values = (values + 1).astype(dtype)
        const = onnx.helper.make_node("Constant", [], list(node.output), name=(node.name or f"cos_{idx}") + "_random",
                                      value=numpy_helper.from_array(values))
        m.graph.node.remove(node)
        m.graph.node.insert(idx, const)
        replaced += 1
    logits = None
    producers = {o: n for n in m.graph.node for o in n.output}
    last = producers.get(m.graph.output[0].name) if len(m.graph.output) else None
    if last is not None and last.op_type == "Softmax":
        logits = last.input[0]
        m.graph.output.append(onnx.helper.make_tensor_value_info(logits, onnx.TensorProto.FLOAT, None))
    onnx.save(m, dst)
    json.dump({"replaced": replaced, "logits": logits}, sys.stdout)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "info":
        info()
    elif cmd == "randomize" and len(sys.argv) == 5:
        randomize(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: onnx_tools.py info < paths.json | randomize IN OUT SEED")
