# Models: graphs imported from ONNX or traced from operator calls, over the C API's "graphs and
# ONNX" section (tsr_graph_*, tsr_onnx_*). Included by src/Tessera.jl after the operators.
#
#     m = trace((x = rand(Float32, 3, 2),)) do x
#         relu(x) .* 2f0
#     end
#     out = m((x = Float32[-1 2; 3 -4; 5 6],))   # or run(m, feeds)
#     Array(out.output_0)
#     save("relu2.onnx", m); m2 = load_model("relu2.onnx")
#
# Layout: a model's tensors have the engine's row-major shapes, the shapes written in the ONNX
# file. Julia arrays cross as everywhere in this package: an array of size (d1, ..., dn) is the
# engine tensor of shape [dn, ..., d1] (same memory), so an ONNX input [N, C, H, W] takes a Julia
# array of size (W, H, C, N), and outputs come back with `size` reversed from the ONNX shapes.
# (Calling these functions inside module Tessera: `sum`, `reshape`, `max`, ... are operators here,
# so Base's are always written `Base.`.)

"""
    ModelInput

One input of a [`Model`](@ref): `name`, `eltype`, `size` in Julia's order (what an array fed to
it has: the reverse of the ONNX shape) and `onnx_shape` (the engine's row-major order, as in the
ONNX file). A size known only at run time is `nothing`; `size` and `onnx_shape` are `nothing`
when even the rank is unknown.
"""
struct ModelInput
    name::String
    eltype::DataType
    size::Union{Nothing,Tuple{Vararg{Union{Int,Nothing}}}}
    onnx_shape::Union{Nothing,Tuple{Vararg{Union{Int,Nothing}}}}
end

"""
    Model

A runnable graph: imported from ONNX ([`load_model`](@ref)) or traced from operator calls
([`trace`](@ref)), run with `m(feeds)` or `run(m, feeds)`, exported with [`save`](@ref). The
engine optimizes it once (constant folding, dead-node removal) and plans buffers per set of input
shapes. `m.inputs` lists the [`ModelInput`](@ref)s in feed order, `m.outputs` the output names.

A finalizer frees the native graph; [`release!`](@ref) does it at once (later use throws a
`TesseraError` with status `:invalid_handle`). Tensors a model returned stay valid.
"""
mutable struct Model
    handle::Ptr{Cvoid}
    inputs::Vector{ModelInput}
    outputs::Vector{String}

    function Model(handle::Ptr{Cvoid})
        handle == C_NULL && throw(TesseraError(:invalid_handle, "null graph handle"))
        # Described first: if that fails, the caller (_model) still owns the handle.
        ins = _graph_inputs(handle)
        outs = _graph_outputs(handle)
        m = new(handle, ins, outs)
        finalizer(_finalize_model, m)
        return m
    end
end

function _finalize_model(m::Model)
    h = m.handle
    m.handle = C_NULL
    h == C_NULL || ccall((:tsr_graph_release, libtessera), Cvoid, (Ptr{Cvoid},), h)
    return nothing
end

"""
    release!(m::Model)

Frees the model's native graph now instead of at garbage collection; releasing twice does nothing.
"""
release!(m::Model) = _finalize_model(m)

"Whether [`release!`](@ref) was called on the model."
isreleased(m::Model) = m.handle == C_NULL

@inline function _graph(m::Model, op::AbstractString)
    h = m.handle
    h == C_NULL && throw(TesseraError(:invalid_handle, "the model was released"; op=op, arg="model"))
    return h
end

_onnx_dims(dims::Vector{Int64}) = Tuple(d < 0 ? nothing : Int(d) for d in dims)

function _graph_inputs(g::Ptr{Cvoid})
    n = Ref{Int32}(0)
    _check(ccall((:tsr_graph_input_count, libtessera), Cint, (Ptr{Cvoid}, Ref{Int32}), g, n), "Model")
    out = ModelInput[]
    for k in 0:n[]-1
        name = Ref{Ptr{UInt8}}(C_NULL)
        code = Ref{Cint}(0)
        dims = Vector{Int64}(undef, _MAX_DIMS)
        nd = Ref{Int32}(0)
        status = ccall((:tsr_graph_input_info, libtessera), Cint,
            (Ptr{Cvoid}, Int32, Ref{Ptr{UInt8}}, Ref{Cint}, Ptr{Int64}, Int32, Ref{Int32}),
            g, k, name, code, dims, _MAX_DIMS, nd)
        _check(status, "Model")
        rank = Int(nd[])
        shape = rank < 0 ? nothing : _onnx_dims(dims[1:Base.min(rank, _MAX_DIMS)])
        jsize = shape === nothing ? nothing : Tuple(Base.reverse(collect(Union{Int,Nothing}, shape)))
        push!(out, ModelInput(_cstr(name[]), _ELTYPES[code[] + 1], jsize, shape))
    end
    return out
end

function _graph_outputs(g::Ptr{Cvoid})
    n = Ref{Int32}(0)
    _check(ccall((:tsr_graph_output_count, libtessera), Cint, (Ptr{Cvoid}, Ref{Int32}), g, n), "Model")
    names = String[]
    for k in 0:n[]-1
        name = Ref{Ptr{UInt8}}(C_NULL)
        _check(ccall((:tsr_graph_output_name, libtessera), Cint, (Ptr{Cvoid}, Int32, Ref{Ptr{UInt8}}), g, k, name), "Model")
        push!(names, _cstr(name[]))
    end
    return names
end

# A graph handle into a Model; the graph is released if describing it fails.
function _model(g::Ptr{Cvoid})
    try
        return Model(g)
    catch
        ccall((:tsr_graph_release, libtessera), Cvoid, (Ptr{Cvoid},), g)
        rethrow()
    end
end

function _nul_free(s::AbstractString, op::AbstractString, arg::AbstractString)
    str = String(s)
    occursin('\0', str) && throw(TesseraError(:invalid_argument, "$arg must not contain NUL characters"; op=op, arg=arg))
    return str
end

# ---- import and export ------------------------------------------------------------------------

"""
    load_model(path::AbstractString) -> Model
    load_model(data::AbstractVector{UInt8}; base_dir=nothing) -> Model

Imports an ONNX model from a file (external data is read from its folder) or from the bytes of a
serialized `ModelProto` (external data from `base_dir`; `nothing` refuses it). Unsupported
operators, opsets or element types throw a `TesseraError` `:unsupported` naming the node;
malformed files `:invalid_argument`.

```julia
m = load_model("model.onnx")
m2 = load_model(read("model.onnx"))
```
"""
function load_model(path::AbstractString)
    _check_loaded()
    p = _nul_free(path, "load_model", "path")
    isfile(p) || throw(TesseraError(:not_found, "no such file: $p"; op="load_model", arg="path"))
    out = Ref{Ptr{Cvoid}}(C_NULL)
    _check(ccall((:tsr_onnx_import_file, libtessera), Cint, (Cstring, Ref{Ptr{Cvoid}}), p, out), "load_model")
    return _model(out[])
end

function load_model(data::AbstractVector{UInt8}; base_dir::Union{AbstractString,Nothing}=nothing)
    _check_loaded()
    bytes = Vector{UInt8}(data)
    dir = base_dir === nothing ? nothing : _nul_free(base_dir, "load_model", "base_dir")
    out = Ref{Ptr{Cvoid}}(C_NULL)
    status = GC.@preserve bytes dir ccall((:tsr_onnx_import_bytes, libtessera), Cint,
        (Ptr{Cvoid}, Csize_t, Ptr{UInt8}, Ref{Ptr{Cvoid}}),
        pointer(bytes), length(bytes), dir === nothing ? Ptr{UInt8}(C_NULL) : pointer(dir), out)
    _check(status, "load_model")
    return _model(out[])
end

"""
    onnx_bytes(m::Model) -> Vector{UInt8}

The model as a serialized ONNX `ModelProto` (default-domain opset 20). An imported model is
written as run last (its shapes fixed by the most recent feeds).
"""
function onnx_bytes(m::Model)
    data = Ref{Ptr{Cvoid}}(C_NULL)
    nbytes = Ref{Csize_t}(0)
    _check(ccall((:tsr_onnx_export_bytes, libtessera), Cint, (Ptr{Cvoid}, Ref{Ptr{Cvoid}}, Ref{Csize_t}),
                 _graph(m, "onnx_bytes"), data, nbytes), "onnx_bytes")
    try
        n = Int(nbytes[])
        return n == 0 ? UInt8[] : copy(unsafe_wrap(Array, Ptr{UInt8}(data[]), n))
    finally
        ccall((:tsr_buffer_free, libtessera), Cvoid, (Ptr{Cvoid},), data[])
    end
end

"""
    save(path::AbstractString, m::Model) -> path
    save(io::IO, m::Model) -> io

Writes the model as an ONNX file (default-domain opset 20), FileIO's argument order.
"""
function save(path::AbstractString, m::Model)
    p = _nul_free(path, "save", "path")
    _check(ccall((:tsr_onnx_export_file, libtessera), Cint, (Ptr{Cvoid}, Cstring), _graph(m, "save"), p), "save")
    return path
end

function save(io::IO, m::Model)
    write(io, onnx_bytes(m))
    return io
end

"""
    read_tensor_proto(data::AbstractVector{UInt8}) -> Tensor
    read_tensor_proto(path::AbstractString) -> Tensor

A tensor from a serialized ONNX `TensorProto` (an `input_0.pb` of the ONNX test data). Its
`size` is Julia's view of the proto's row-major dims (reversed), so it feeds a model and compares
with its outputs directly.

```julia
x = read_tensor_proto("test_data_set_0/input_0.pb")
```
"""
function read_tensor_proto(data::AbstractVector{UInt8})
    _check_loaded()
    bytes = Vector{UInt8}(data)
    out = Ref{Ptr{Cvoid}}(C_NULL)
    status = GC.@preserve bytes ccall((:tsr_onnx_read_tensor, libtessera), Cint, (Ptr{Cvoid}, Csize_t, Ref{Ptr{Cvoid}}),
        pointer(bytes), length(bytes), out)
    _check(status, "read_tensor_proto")
    return Tensor(out[])
end

function read_tensor_proto(path::AbstractString)
    isfile(path) || throw(TesseraError(:not_found, "no such file: $path"; op="read_tensor_proto", arg="path"))
    return read_tensor_proto(read(path))
end

# ---- tracing ----------------------------------------------------------------------------------

_named_inputs(inputs::NamedTuple) = [String(k) => v for (k, v) in pairs(inputs)]
_named_inputs(inputs::AbstractVector{<:Pair}) = [String(k) => v for (k, v) in inputs]
_named_inputs(inputs::Tuple{Vararg{Pair}}) = [String(k) => v for (k, v) in inputs]

_named_outputs(r::Tensor) = (["output_0"], Tensor[r])
_named_outputs(r::NamedTuple) = ([String(k) for k in keys(r)], collect(Any, values(r)))
_named_outputs(r::Union{Tuple,AbstractVector}) = (["output_$(k - 1)" for k in 1:length(r)], collect(Any, r))
_named_outputs(r) = throw(TesseraError(:invalid_argument,
    "the traced function must return a Tensor, a tuple/vector or a NamedTuple of Tensors, got $(typeof(r))";
    op="trace", arg="f"))

"""
    trace(f, inputs) -> Model

Records the operator calls `f(inputs...)` makes into a new [`Model`](@ref) (MXNet's hybridize).
`inputs` is a `NamedTuple` (or a vector of `name => value` pairs) of tensors or arrays: they become
the model's inputs, named by the keys, and are passed to `f` in order. Any other tensor `f` reads
becomes a constant, held by reference (a constant viewing a Julia array sees later writes to
it, as every `Tensor(A)` does). `f` returns a `Tensor` (output `output_0`), a tuple or vector of them
(`output_0`, `output_1`, ...) or a `NamedTuple` (named outputs). Recording stops when `trace`
returns, also when `f` throws. Only operator calls are recorded (Julia control flow runs once);
`f` must run on the calling thread (no `Threads.@spawn` inside).

```julia
m = trace((x = rand(Float32, 3, 2), w = rand(Float32, 2, 4))) do x, w
    (y = relu(x * w), s = Tessera.sum(x))
end
```
"""
function trace(f, inputs::Union{NamedTuple,AbstractVector{<:Pair},Tuple{Vararg{Pair}}})
    _check_loaded()
    named = _named_inputs(inputs)
    isempty(named) && throw(TesseraError(:invalid_argument, "trace needs at least one input"; op="trace", arg="inputs"))
    names = [_nul_free(k, "trace", "inputs") for (k, _) in named]
    allunique(names) || throw(TesseraError(:invalid_argument, "input names must be distinct"; op="trace", arg="inputs"))
    # The engine records one trace per thread: an inner trace would end the outer one's recording.
    get(task_local_storage(), :tessera_tracing, false) === true && throw(TesseraError(:invalid_argument,
        "trace cannot be called while another trace is recording"; op="trace", arg="f"))
    tensors = Tensor[v isa Tensor ? v : Tensor(v) for (_, v) in named]
    out = Ref{Ptr{Cvoid}}(C_NULL)
    _check(ccall((:tsr_graph_create, libtessera), Cint, (Ref{Ptr{Cvoid}},), out), "trace")
    g = out[]
    ended = false
    task_local_storage(:tessera_tracing, true)
    try
        _check(ccall((:tsr_graph_trace_begin, libtessera), Cint, (Ptr{Cvoid},), g), "trace")
        for (name, t) in zip(names, tensors)
            _check(ccall((:tsr_graph_trace_input, libtessera), Cint, (Ptr{Cvoid}, Ptr{Cvoid}, Cstring),
                         g, _handle(t, "trace"), name), "trace")
        end
        result = f(tensors...)
        onames, outs = _named_outputs(result)
        isempty(outs) && throw(TesseraError(:invalid_argument, "the traced function returned no outputs"; op="trace", arg="f"))
        all(o -> o isa Tensor, outs) || throw(TesseraError(:invalid_argument,
            "every output of the traced function must be a Tensor"; op="trace", arg="f"))
        onames = [_nul_free(n, "trace", "f") for n in onames]
        handles = Ptr{Cvoid}[_handle(o, "trace") for o in outs]
        cnames = Ptr{UInt8}[pointer(n) for n in onames]
        ended = true # trace_end stops recording whether it succeeds or not
        status = GC.@preserve outs onames ccall((:tsr_graph_trace_end, libtessera), Cint,
            (Ptr{Cvoid}, Ptr{Ptr{Cvoid}}, Int32, Ptr{Ptr{UInt8}}), g, handles, length(handles), cnames)
        _check(status, "trace")
    catch
        if !ended # stop recording (this call fails: no outputs), keeping f's error
            ccall((:tsr_graph_trace_end, libtessera), Cint, (Ptr{Cvoid}, Ptr{Ptr{Cvoid}}, Int32, Ptr{Ptr{UInt8}}),
                  g, C_NULL, 0, C_NULL)
        end
        ccall((:tsr_graph_release, libtessera), Cvoid, (Ptr{Cvoid},), g)
        rethrow()
    finally
        task_local_storage(:tessera_tracing, false)
    end
    return _model(g)
end

# ---- running ----------------------------------------------------------------------------------

# A feed for input `info`: tensors and arrays keep their element type (checked by the engine), a
# number takes the input's.
_feed(v::Tensor, ::ModelInput, ::Vector{Tensor}) = v
function _feed(v::Union{AbstractArray,Number}, info::ModelInput, temps::Vector{Tensor})
    t = v isa Number ? Tensor(convert(info.eltype, v)) : Tensor(v)
    push!(temps, t)
    return t
end
_feed(v, info::ModelInput, ::Vector{Tensor}) = throw(TesseraError(:invalid_argument,
    "feed \"$(info.name)\" must be a Tensor, an array or a number, got $(typeof(v))"; op="run", arg=info.name))

function _ordered_feeds(m::Model, feeds::Union{NamedTuple,AbstractDict})
    given = Set(String(k) for k in keys(feeds))
    wanted = [i.name for i in m.inputs]
    missing_ = [n for n in wanted if !(n in given)]
    unknown = Base.sort([n for n in given if !(n in wanted)])
    if !isempty(missing_) || !isempty(unknown)
        throw(TesseraError(:invalid_argument,
            "feeds do not match the model inputs (missing: $(join(missing_, ", ")); unknown: $(join(unknown, ", ")))";
            op="run", arg="feeds"))
    end
    lookup = Dict(String(k) => v for (k, v) in pairs(feeds))
    return Any[lookup[n] for n in wanted]
end

function _ordered_feeds(m::Model, feeds::Tuple)
    length(feeds) == length(m.inputs) || throw(TesseraError(:invalid_argument,
        "the model has $(length(m.inputs)) inputs, $(length(feeds)) feeds were given"; op="run", arg="feeds"))
    return collect(Any, feeds)
end

# A vector of numbers is one array feed; any other vector lists the feeds in input order.
function _ordered_feeds(m::Model, feeds::AbstractVector)
    eltype(feeds) <: Number && return _single_feed(m, feeds)
    return _ordered_feeds(m, Tuple(feeds))
end

_ordered_feeds(m::Model, feed::Union{Tensor,AbstractArray,Number}) = _single_feed(m, feed)

function _single_feed(m::Model, feed)
    length(m.inputs) == 1 || throw(TesseraError(:invalid_argument,
        "the model has $(length(m.inputs)) inputs: pass a NamedTuple or Dict of feeds"; op="run", arg="feeds"))
    return Any[feed]
end

_ordered_feeds(::Model, feeds) = throw(TesseraError(:invalid_argument,
    "feeds must be a NamedTuple, a Dict, a tuple or vector in input order, or one Tensor or array, got $(typeof(feeds))";
    op="run", arg="feeds"))

"""
    run(m::Model, feeds) -> NamedTuple
    (m::Model)(feeds) -> NamedTuple

Runs the model. `feeds` is a `NamedTuple` or `Dict` by input name, a tuple or vector in input
order, or, for a one-input model, the input alone. Tensors and arrays keep their element type
(a mismatch is a `TesseraError` `:dtype_mismatch`); numbers take the input's. Arrays are Julia's
view (size reversed from the ONNX shape, see [`ModelInput`](@ref)). Returns the outputs as new
tensors in a `NamedTuple` keyed by output name, in output order.

```julia
out = m((x = Float32[1 2; 3 4],))
Array(out.output_0)
```
"""
function Base.run(m::Model, feeds)
    g = _graph(m, "run")
    given = _ordered_feeds(m, feeds)
    temps = Tensor[]
    try
        tensors = Tensor[_feed(v, info, temps) for (v, info) in zip(given, m.inputs)]
        handles = Ptr{Cvoid}[_handle(t, "run") for t in tensors]
        outs = fill(C_NULL, length(m.outputs))
        status = GC.@preserve tensors ccall((:tsr_graph_run, libtessera), Cint,
            (Ptr{Cvoid}, Ptr{Ptr{Cvoid}}, Int32, Ptr{Ptr{Cvoid}}, Int32),
            g, handles, length(handles), outs, length(outs))
        _check(status, "run")
        results = Tuple(Tensor(h) for h in outs)
        return NamedTuple{Tuple(Symbol(n) for n in m.outputs)}(results)
    finally
        foreach(release!, temps) # the engine holds its own references to what it keeps
    end
end

(m::Model)(feeds) = run(m, feeds)

"""
    plan_stats(m::Model) -> NamedTuple

Figures of the most recent run's plan: `nodes` (after optimization), `arena_bytes` (the shared
intermediate buffer) and `unshared_bytes` (what the intermediates would take unshared).
"""
function plan_stats(m::Model)
    nodes = Ref{Int32}(0)
    arena = Ref{Int64}(0)
    unshared = Ref{Int64}(0)
    _check(ccall((:tsr_graph_plan_stats, libtessera), Cint, (Ptr{Cvoid}, Ref{Int32}, Ref{Int64}, Ref{Int64}),
                 _graph(m, "plan_stats"), nodes, arena, unshared), "plan_stats")
    return (nodes=Int(nodes[]), arena_bytes=Int(arena[]), unshared_bytes=Int(unshared[]))
end

_size_text(s) = s === nothing ? "?" : "(" * join((d === nothing ? "?" : string(d) for d in s), ", ") * (length(s) == 1 ? ",)" : ")")

function Base.show(io::IO, m::Model)
    if isreleased(m)
        print(io, "Model(<released>)")
        return nothing
    end
    ins = join(("$(i.name)::$(i.eltype)$(_size_text(i.size))" for i in m.inputs), ", ")
    print(io, "Model(", ins, " -> ", join(m.outputs, ", "), ")")
    return nothing
end
