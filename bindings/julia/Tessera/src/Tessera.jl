"""
    Tessera

Julia bindings of the Tessera tensor engine: one function per registry operator (generated in
`src/ops.jl`), a [`Tensor`](@ref) type over the engine's C API (`ccall`), `Base` operators and
broadcasting.

Julia arrays are column-major. `Tensor(A)` hands `A`'s memory to the engine **without copying**
as a row-major tensor of the reversed shape (`engine_shape(Tensor(A)) == reverse(size(A))`), and
every axis, permutation, shape and index argument refers to Julia's own 1-based dimensions:
`Tessera.sum(A; axes=(1,))` sums like `sum(A; dims=1)`, `A * B` with tensors is Julia's matrix
product, and `size(t) == size(A)`.

ONNX models and traced graphs are [`Model`](@ref)s (`src/model.jl`): [`load_model`](@ref),
[`trace`](@ref), `m(feeds)` or `run(m, feeds)`, [`save`](@ref), [`read_tensor_proto`](@ref).

The library is `ENV["TESSERA_LIB"]` if set, else the `libtessera` preference
([`set_library_path!`](@ref)), else `build/lib/libtessera` of the repository this package sits in,
else `libtessera` on the system's library path.
"""
module Tessera

using Libdl: Libdl
using Preferences: Preferences

export Tensor, TensorLike, TesseraError, release!, isreleased
export record, pause, is_recording, attach_grad!, requires_grad, grad, zero_grad!, detach, backward!
export Model, ModelInput, load_model, save, trace, read_tensor_proto

# ---- library ----------------------------------------------------------------------------------

"Environment variable naming the native library; it takes precedence over the preference."
const LIB_ENV = "TESSERA_LIB"
const _PREFERENCE = "libtessera"
const _MAX_DIMS = 8 # TSR_MAX_DIMS

# Path of the native library every `ccall` goes to; set once by `__init__` from library_path().
# (A non-constant library expression in `ccall` is evaluated at run time, Julia >= 1.6.)
libtessera::String = ""

const _LOAD_ERROR = Ref{String}("Tessera has not been initialized")

"""
    library_path() -> String

The native library Tessera loads: `ENV["TESSERA_LIB"]`, else the `libtessera` preference, else
`build/lib/libtessera.<ext>` of the repository this package sits in (when it exists), else
`"libtessera"` (the system's library search path).
"""
function library_path()
    env = get(ENV, LIB_ENV, "")
    isempty(env) || return env
    pref = _preferred_path()
    pref isa AbstractString && !isempty(pref) && return String(pref)
    bundled = normpath(joinpath(@__DIR__, "..", "..", "..", "..", "build", "lib", "libtessera." * Libdl.dlext))
    isfile(bundled) && return bundled
    return "libtessera"
end

function _preferred_path()
    # Preferences need the package's UUID; a plain `include` of this file has none.
    Base.PkgId(@__MODULE__).uuid === nothing && return nothing
    return Preferences.load_preference(@__MODULE__, _PREFERENCE, nothing)
end

"""
    set_library_path!(path; export_prefs=false)
    set_library_path!(nothing)

Saves (or, with `nothing`, deletes) the `libtessera` preference (Preferences.jl, in
`LocalPreferences.toml`, or `Project.toml` with `export_prefs=true`). It takes effect when Julia
restarts; `ENV["TESSERA_LIB"]` still takes precedence.
"""
function set_library_path!(path::Union{AbstractString,Nothing}; export_prefs::Bool=false)
    if path === nothing
        Preferences.delete_preferences!(@__MODULE__, _PREFERENCE; force=true, export_prefs=export_prefs)
    else
        Preferences.set_preferences!(@__MODULE__, _PREFERENCE => String(path); force=true, export_prefs=export_prefs)
    end
    @info "Tessera: library preference saved; restart Julia for it to take effect (ENV[\"$LIB_ENV\"] still wins)."
    return nothing
end

"Whether the native library is loaded and matches these bindings."
isloaded() = isempty(_LOAD_ERROR[])

"Why the native library is not usable (\"\" when it is)."
load_error() = _LOAD_ERROR[]

function _check_loaded()
    isempty(_LOAD_ERROR[]) || throw(TesseraError(:not_loaded, _LOAD_ERROR[]))
    return nothing
end

_cstr(p::Ptr{UInt8}) = p == C_NULL ? "" : unsafe_string(p)

# ---- errors -----------------------------------------------------------------------------------

# tsr_status codes, index = code + 1.
const _STATUS = (:ok, :invalid_argument, :shape_mismatch, :dtype_mismatch, :invalid_attribute,
                 :not_found, :invalid_handle, :out_of_memory, :unsupported, :internal)

"""
    TesseraError

Every failure of the engine or of this package's argument checks. `status` is one of
`:invalid_argument, :shape_mismatch, :dtype_mismatch, :invalid_attribute, :not_found,
:invalid_handle, :out_of_memory, :unsupported, :internal` (the C API's status codes, `code`) or
`:not_loaded` (the library could not be loaded, `code` -1); `op` and `arg` name the operator and
the argument at fault when known.
"""
struct TesseraError <: Exception
    status::Symbol
    code::Int
    msg::String
    op::String
    arg::String
end

function TesseraError(status::Symbol, msg::AbstractString; op::AbstractString="", arg::AbstractString="")
    k = findfirst(==(status), _STATUS)
    return TesseraError(status, k === nothing ? -1 : k - 1, String(msg), String(op), String(arg))
end

function Base.showerror(io::IO, e::TesseraError)
    print(io, "TesseraError(:", e.status, ")")
    isempty(e.op) || print(io, " in ", e.op)
    isempty(e.arg) || print(io, " (argument \"", e.arg, "\")")
    print(io, ": ", e.msg)
    if e.status === :shape_mismatch
        print(io, "\n  (the engine states shapes row-major: Julia's size reversed)")
    end
    return nothing
end

# Reads the thread's last error (same thread: no yield point since the failing call) and throws.
function _throw_last(status::Integer, op::AbstractString)
    msg = _cstr(ccall((:tsr_last_error, libtessera), Ptr{UInt8}, ()))
    eop = _cstr(ccall((:tsr_last_error_op, libtessera), Ptr{UInt8}, ()))
    arg = _cstr(ccall((:tsr_last_error_arg, libtessera), Ptr{UInt8}, ()))
    if isempty(msg)
        msg = _cstr(ccall((:tsr_status_name, libtessera), Ptr{UInt8}, (Cint,), status))
    end
    sym = 0 <= status < length(_STATUS) ? _STATUS[status + 1] : :internal
    throw(TesseraError(sym, Int(status), msg, isempty(eop) ? String(op) : eop, arg))
end

@inline function _check(status::Integer, op::AbstractString="")
    status == 0 || _throw_last(status, op)
    return nothing
end

# ---- element types ----------------------------------------------------------------------------

# Julia element type of each tsr_dtype code (index = code + 1).
const _ELTYPES = (Float32, Float64, Int32, Int64, UInt8, Bool)
const _ELTYPE_NAMES = "Float32, Float64, Int32, Int64, UInt8 or Bool"

"The element types a Tensor can hold."
const Element = Union{Float32,Float64,Int32,Int64,UInt8,Bool}

function _dtype_code(T::Type)::Int32
    k = findfirst(==(T), _ELTYPES)
    return k === nothing ? Int32(-1) : Int32(k - 1)
end

# ---- memory borrowed from Julia arrays --------------------------------------------------------
# A Tensor made from an Array reads the Array's memory in place. The Array stays referenced here
# until the engine calls the deleter, i.e. until the last tensor viewing that memory (the Tensor
# itself, or a reshape/transpose/slice view of it) is released.

const _BORROWED = Dict{UInt,Any}()
const _BORROW_LOCK = Threads.SpinLock()
const _BORROW_NEXT = Threads.Atomic{UInt}(0)
const _DELETER = Ref{Ptr{Cvoid}}(C_NULL)

# Finalizers stay off while the lock is held, so a finalizer (whose release may call the deleter)
# can never wait for a lock its own thread holds.
function _with_borrow_lock(f)
    GC.enable_finalizers(false)
    lock(_BORROW_LOCK)
    try
        return f()
    finally
        unlock(_BORROW_LOCK)
        GC.enable_finalizers(true)
    end
end

function _borrow!(owner)::Ptr{Cvoid}
    key = Threads.atomic_add!(_BORROW_NEXT, UInt(1)) + UInt(1)
    _with_borrow_lock(() -> (_BORROWED[key] = owner))
    return Ptr{Cvoid}(key)
end

function _unborrow!(user::Ptr{Cvoid})
    key = UInt(user)
    _with_borrow_lock(() -> delete!(_BORROWED, key))
    return nothing
end

# The tsr_deleter: called once by the engine, on the releasing thread, when borrowed memory is free.
function _release_borrowed(data::Ptr{Cvoid}, user::Ptr{Cvoid})::Cvoid
    _unborrow!(user)
    return nothing
end

"Number of Julia arrays whose memory engine tensors currently borrow."
borrowed_count() = _with_borrow_lock(() -> length(_BORROWED))

# ---- Tensor -----------------------------------------------------------------------------------

"""
    Tensor(A::AbstractArray; copy=false)
    Tensor(x::Number)

An engine tensor. From an `Array` of `Float32, Float64, Int32, Int64, UInt8` or `Bool` it shares
`A`'s memory (no copy; writes to `A` show through, and `A` stays alive while any tensor views it);
`copy=true` copies instead. Other arrays (views, ranges, `BitArray`) are copied into a dense array
first; a number becomes a 0-dimensional tensor.

`size(t)`, `ndims(t)`, `length(t)` and `eltype(t)` are Julia's (the engine holds the reversed
shape, see [`engine_shape`](@ref)); `Array(t)` copies the elements out. A finalizer releases the
engine handle; [`release!`](@ref) does it at once.
"""
mutable struct Tensor
    handle::Ptr{Cvoid}

    function Tensor(handle::Ptr{Cvoid})
        handle == C_NULL && throw(TesseraError(:invalid_handle, "null tensor handle"))
        t = new(handle)
        finalizer(_finalize, t)
        return t
    end
end

"What operator functions accept as a tensor: a Tensor, an array or a number."
const TensorLike = Union{Tensor,AbstractArray,Number}

# The non-Tensor operand of a Base operator.
const _Operand = Union{Number,AbstractArray}

function _finalize(t::Tensor)
    h = t.handle
    t.handle = C_NULL
    h == C_NULL || ccall((:tsr_tensor_release, libtessera), Cvoid, (Ptr{Cvoid},), h)
    return nothing
end

"""
    release!(t::Tensor)

Releases the engine handle now instead of at garbage collection. Later use of `t` throws a
`TesseraError` with status `:invalid_handle`; releasing twice does nothing.
"""
release!(t::Tensor) = _finalize(t)

"Whether [`release!`](@ref) was called on the tensor."
isreleased(t::Tensor) = t.handle == C_NULL

@inline function _handle(t::Tensor, op::AbstractString="")
    h = t.handle
    h == C_NULL && throw(TesseraError(:invalid_handle, "the tensor was released"; op=op))
    return h
end

function Tensor(a::Array{T}; copy::Bool=false) where {T<:Element}
    _check_loaded()
    nd = ndims(a)
    nd <= _MAX_DIMS || throw(TesseraError(:invalid_argument, "at most $_MAX_DIMS dimensions, got $nd"))
    # The engine reads the column-major memory as row-major with the shape reversed.
    shape = Int64[size(a, nd - k) for k in 0:nd-1]
    out = Ref{Ptr{Cvoid}}(C_NULL)
    if copy
        status = GC.@preserve a shape ccall((:tsr_tensor_create, libtessera), Cint,
            (Cint, Ptr{Int64}, Int32, Ptr{Cvoid}, Csize_t, Ref{Ptr{Cvoid}}),
            _dtype_code(T), shape, nd, pointer(a), sizeof(a), out)
        _check(status)
        return Tensor(out[])
    end
    user = _borrow!(a)
    status = GC.@preserve a shape ccall((:tsr_tensor_from_external, libtessera), Cint,
        (Cint, Ptr{Int64}, Int32, Ptr{Cvoid}, Csize_t, Ptr{Cvoid}, Ptr{Cvoid}, Ref{Ptr{Cvoid}}),
        _dtype_code(T), shape, nd, pointer(a), sizeof(a), _DELETER[], user, out)
    if status != 0
        _unborrow!(user) # on failure the deleter is not called
        _check(status)
    end
    return Tensor(out[])
end

function Tensor(a::AbstractArray{T}; copy::Bool=false) where {T}
    T <: Element || throw(TesseraError(:dtype_mismatch, "element type $T is not supported (use $_ELTYPE_NAMES)"))
    return Tensor(Array{T}(a)) # already a private dense copy
end

Tensor(x::Number) = Tensor(fill(x))
Tensor(t::Tensor) = t

Base.convert(::Type{Tensor}, x::_Operand) = Tensor(x)

"""
    engine_shape(t::Tensor) -> Vector{Int}

The shape the engine holds (row-major): `reverse(collect(size(t)))`.
"""
function engine_shape(t::Tensor)
    buf = Vector{Int64}(undef, _MAX_DIMS)
    nd = Ref{Int32}(0)
    status = ccall((:tsr_tensor_shape, libtessera), Cint, (Ptr{Cvoid}, Ptr{Int64}, Int32, Ref{Int32}),
        _handle(t), buf, _MAX_DIMS, nd)
    _check(status)
    return resize!(buf, Int(nd[]))
end

Base.size(t::Tensor) = Tuple(Base.reverse(engine_shape(t)))

function Base.size(t::Tensor, d::Integer)
    d >= 1 || throw(ArgumentError("dimension must be ≥ 1, got $d"))
    s = size(t)
    return d <= length(s) ? s[d] : 1
end

function Base.ndims(t::Tensor)
    n = Ref{Int32}(0)
    _check(ccall((:tsr_tensor_ndim, libtessera), Cint, (Ptr{Cvoid}, Ref{Int32}), _handle(t), n))
    return Int(n[])
end

function Base.length(t::Tensor)
    n = Ref{Int64}(0)
    _check(ccall((:tsr_tensor_numel, libtessera), Cint, (Ptr{Cvoid}, Ref{Int64}), _handle(t), n))
    return Int(n[])
end

function Base.eltype(t::Tensor)
    code = Ref{Cint}(0)
    _check(ccall((:tsr_tensor_dtype, libtessera), Cint, (Ptr{Cvoid}, Ref{Cint}), _handle(t), code))
    return _ELTYPES[code[] + 1]
end

"""
    Array(t::Tensor)

A new Julia array with the tensor's elements and `size(t)`: one copy, no transpose (the engine's
row-major order of the reversed shape is Julia's column-major order).
"""
function Base.Array(t::Tensor)
    a = Array{eltype(t)}(undef, size(t))
    GC.@preserve a begin
        status = ccall((:tsr_tensor_copy_to, libtessera), Cint, (Ptr{Cvoid}, Ptr{Cvoid}, Csize_t),
            _handle(t), pointer(a), sizeof(a))
        _check(status)
    end
    return a
end

Base.Array{T}(t::Tensor) where {T} = convert(Array{T}, Array(t))
Base.collect(t::Tensor) = Array(t)
Base.convert(::Type{Array}, t::Tensor) = Array(t)
Base.copy(t::Tensor) = Tensor(Array(t))

_dims_text(dims::Tuple) = isempty(dims) ? "0-dimensional" : length(dims) == 1 ? "$(dims[1])-element" : join(dims, "×")

function Base.show(io::IO, t::Tensor)
    if isreleased(t)
        print(io, "Tensor(<released>)")
    else
        print(io, "Tensor(", eltype(t), ", ", _dims_text(size(t)), ")")
    end
    return nothing
end

function Base.show(io::IO, ::MIME"text/plain", t::Tensor)
    if isreleased(t)
        print(io, "Tensor(<released>)")
        return nothing
    end
    a = Array(t)
    print(io, _dims_text(size(a)), " Tensor{", eltype(a), "}")
    if ndims(a) == 0
        print(io, ": ", a[])
    elseif !isempty(a)
        println(io, ":")
        Base.print_array(IOContext(io, :limit => true, :compact => true), a)
    end
    return nothing
end

# ---- broadcasting fallback --------------------------------------------------------------------
# ops.jl maps `.+`, `abs.` and the like to engine operators. Anything else that meets a Tensor
# ends up here: nested dotted calls are evaluated first, then the call is retried; a function with
# no engine operator is an error instead of an element-by-element loop.

struct _TensorStyle <: Base.Broadcast.BroadcastStyle end

Base.Broadcast.broadcastable(t::Tensor) = t
Base.Broadcast.BroadcastStyle(::Type{Tensor}) = _TensorStyle()
Base.Broadcast.BroadcastStyle(s::_TensorStyle, ::_TensorStyle) = s
Base.Broadcast.BroadcastStyle(s::_TensorStyle, ::Base.Broadcast.AbstractArrayStyle) = s
Base.Broadcast.BroadcastStyle(s::_TensorStyle, ::Base.Broadcast.Style{Tuple}) = s

function Base.Broadcast.materialize(bc::Base.Broadcast.Broadcasted{_TensorStyle})
    args = map(a -> a isa Base.Broadcast.Broadcasted ? Base.Broadcast.materialize(a) : a, bc.args)
    r = Base.Broadcast.broadcasted(bc.f, args...)
    if r isa Base.Broadcast.Broadcasted
        throw(TesseraError(:unsupported, "broadcasting $(bc.f) over a Tensor has no engine operator " *
            "(supported: .+ .- .* ./ .^ .== .< .> max. min. abs. exp. log. sqrt. tanh. ifelse.); use Array(t)"))
    end
    return r
end

# ---- attributes ---------------------------------------------------------------------------------

# tsr_attr_type codes.
const _ATTR_BOOL = Int32(0)
const _ATTR_INT = Int32(1)
const _ATTR_FLOAT = Int32(2)
const _ATTR_STRING = Int32(3)
const _ATTR_ENUM = Int32(4)
const _ATTR_INTS = Int32(5)
const _ATTR_FLOATS = Int32(6)
const _ATTR_DTYPE = Int32(7)

"The C struct tsr_attr (c_api.h), field for field."
struct TsrAttr
    slot::Int32
    type::Int32
    i::Int64
    f::Float64
    s::Ptr{UInt8}
    ints::Ptr{Int64}
    floats::Ptr{Float64}
    count::Int64
end

# One checked attribute value in engine form; owns the memory its record points to.
struct _Attr
    slot::Int32
    type::Int32
    i::Int64
    f::Float64
    s::String
    ints::Vector{Int64}
    floats::Vector{Float64}
end

_Attr(slot::Integer, type::Int32; i::Integer=0, f::Real=0.0, s::String="", ints::Vector{Int64}=Int64[],
      floats::Vector{Float64}=Float64[]) = _Attr(Int32(slot), type, Int64(i), Float64(f), s, ints, floats)

# The record pointing into `a`; valid while `a` is preserved.
function _record(a::_Attr)
    count = a.type == _ATTR_INTS ? length(a.ints) : a.type == _ATTR_FLOATS ? length(a.floats) : 0
    return TsrAttr(a.slot, a.type, a.i, a.f,
        a.type == _ATTR_STRING ? pointer(a.s) : Ptr{UInt8}(C_NULL),
        a.type == _ATTR_INTS ? pointer(a.ints) : Ptr{Int64}(C_NULL),
        a.type == _ATTR_FLOATS ? pointer(a.floats) : Ptr{Float64}(C_NULL),
        count)
end

_opname(op::Int) = OP_NAMES[op]

_attr_error(op::Int, name::AbstractString, msg::AbstractString) =
    TesseraError(:invalid_attribute, msg; op=_opname(op), arg=name)

_isint(x) = x isa Integer && !(x isa Bool)

function _int(v, op::Int, name::AbstractString)::Int64
    _isint(v) || throw(_attr_error(op, name, "expected an integer, got $(repr(v))"))
    typemin(Int64) <= v <= typemax(Int64) || throw(_attr_error(op, name, "$v does not fit in 64 bits"))
    return Int64(v)
end

function _float(v, op::Int, name::AbstractString)::Float64
    (v isa Real && !(v isa Bool)) || throw(_attr_error(op, name, "expected a real number, got $(repr(v))"))
    return Float64(v)
end

function _ints(v, op::Int, name::AbstractString)::Vector{Int64}
    _isint(v) && return Int64[_int(v, op, name)]
    v isa Union{Tuple,AbstractVector} || throw(_attr_error(op, name, "expected a tuple of integers, got $(repr(v))"))
    out = Vector{Int64}(undef, length(v))
    for (k, x) in enumerate(v)
        _isint(x) || throw(_attr_error(op, name, "expected a tuple of integers, got $(repr(v))"))
        out[k] = _int(x, op, name)
    end
    return out
end

function _floats(v, op::Int, name::AbstractString)::Vector{Float64}
    v isa Real && !(v isa Bool) && return Float64[v]
    v isa Union{Tuple,AbstractVector} || throw(_attr_error(op, name, "expected a vector of numbers, got $(repr(v))"))
    out = Vector{Float64}(undef, length(v))
    for (k, x) in enumerate(v)
        out[k] = _float(x, op, name)
    end
    return out
end

function _bool_attr(slot::Integer, v, op::Int, name::AbstractString)
    v isa Bool || throw(_attr_error(op, name, "expected true or false, got $(repr(v))"))
    return _Attr(slot, _ATTR_BOOL; i=v ? 1 : 0)
end

_int_attr(slot::Integer, v, op::Int, name::AbstractString) = _Attr(slot, _ATTR_INT; i=_int(v, op, name))
_float_attr(slot::Integer, v, op::Int, name::AbstractString) = _Attr(slot, _ATTR_FLOAT; f=_float(v, op, name))
_ints_attr(slot::Integer, v::Vector{Int64}) = _Attr(slot, _ATTR_INTS; ints=v)
_floats_attr(slot::Integer, v::Vector{Float64}) = _Attr(slot, _ATTR_FLOATS; floats=v)

function _string_attr(slot::Integer, v, op::Int, name::AbstractString)
    v isa AbstractString || throw(_attr_error(op, name, "expected a string, got $(repr(v))"))
    s = String(v)
    occursin('\0', s) && throw(_attr_error(op, name, "the string must not contain NUL characters"))
    return _Attr(slot, _ATTR_STRING; s=s)
end

function _enum_attr(slot::Integer, v, values::Tuple{Vararg{Symbol}}, op::Int, name::AbstractString)
    k = v isa Symbol ? findfirst(==(v), values) : nothing
    if k === nothing
        throw(_attr_error(op, name, "expected one of $(join(map(repr, values), ", ")), got $(repr(v))"))
    end
    return _Attr(slot, _ATTR_ENUM; i=k - 1)
end

function _dtype_attr(slot::Integer, v, op::Int, name::AbstractString)
    code = v isa Type ? _dtype_code(v) : Int32(-1)
    code >= 0 || throw(_attr_error(op, name, "expected one of $_ELTYPE_NAMES, got $(repr(v))"))
    return _Attr(slot, _ATTR_DTYPE; i=code)
end

# ---- Julia's convention -> the engine's ---------------------------------------------------------
# Julia dimension k of an nd-dimensional array is engine axis nd - k (the shape is reversed);
# negative k counts from the last Julia dimension (-1 = nd = engine axis 0).

function _axis(v, nd::Integer, op::Int, name::AbstractString)::Int64
    k = _int(v, op, name)
    1 <= k <= nd && return nd - k
    -nd <= k <= -1 && return -k - 1
    msg = nd == 0 ? "dimension $k does not exist: the input has no dimensions" :
          "dimension $k is out of range for a $nd-dimensional input (use 1..$nd, or -$nd..-1 from the last)"
    throw(_attr_error(op, name, msg))
end

_axes(v, nd::Integer, op::Int, name::AbstractString) = Int64[_axis(k, nd, op, name) for k in _ints(v, op, name)]

# Axes beside index lists (slice): empty means Julia dimensions 1, 2, ..., one per index entry.
function _index_axes(v, nd::Integer, index, op::Int, name::AbstractString)
    ks = _ints(v, op, name)
    isempty(ks) && (ks = collect(Int64, 1:length(_ints(index, op, name))))
    return Int64[_axis(k, nd, op, name) for k in ks]
end

# permutedims-style p (output dimension i is input dimension p[i]) -> the engine's perm.
function _perm(v, nd::Integer, op::Int, name::AbstractString)::Vector{Int64}
    p = _ints(v, op, name)
    isempty(p) && return p
    if length(p) != nd || Base.sort(p) != 1:nd
        throw(_attr_error(op, name, "expected a permutation of 1..$nd, got $(Tuple(p))"))
    end
    return Int64[nd - p[nd - j] for j in 0:nd-1]
end

# Julia sizes (`:` or -1 infers one) -> the engine's reversed shape.
function _shape(v, op::Int, name::AbstractString)::Vector{Int64}
    items = v isa Union{Tuple,AbstractVector} ? Any[x isa Colon ? -1 : x for x in v] : v
    return Base.reverse(_ints(items, op, name))
end

# 1-based positions -> 0-based; negative ones count from the end in both; 0 (before the first)
# becomes a position the engine clamps to "before the first".
function _index(v, op::Int, name::AbstractString)::Vector{Int64}
    return Int64[i >= 1 ? i - 1 : (i == 0 ? typemin(Int64) : i) for i in _ints(v, op, name)]
end

# ---- inputs and invocation ----------------------------------------------------------------------

# A variadic input's list of tensors (flattened into the operator's inputs).
struct _Variadic{V<:AbstractVector}
    items::V
end

_rank(x::Tensor) = ndims(x)
_rank(x::AbstractArray) = ndims(x)
_rank(::Number) = 0
_rank(::Nothing) = 0
_rank_first(xs::AbstractVector) = isempty(xs) ? 0 : _rank(first(xs))

_items(x::_Variadic) = x.items
_items(x) = (x,)

_array_eltype(x::Tensor) = isreleased(x) ? nothing : eltype(x)
_array_eltype(x::AbstractArray) = eltype(x)
_array_eltype(x) = nothing

# The element type a Number input takes: that of the first non-Bool tensor or array input, else
# of the first tensor or array input, else the number's own.
function _scalar_type(inputs::Tuple)
    found = nothing
    for x in inputs, y in _items(x)
        T = _array_eltype(y)
        T === nothing && continue
        T === Bool || return T
        found === nothing && (found = T)
    end
    return found
end

function _to_tensor(x, T, temps::Vector{Tensor})
    x isa Tensor && return x
    t = x isa Number ? Tensor(T === nothing ? x : convert(T, x)) : Tensor(x)
    push!(temps, t)
    return t
end

const _OP_HANDLES = Ptr{Cvoid}[]

# Runs operator number `op` (its position in OP_NAMES) and returns `nout` new handles.
function _invoke(op::Int, inputs::Tuple, attrs::Tuple, nout::Int)
    _check_loaded()
    name = _opname(op)
    T = _scalar_type(inputs)
    temps = Tensor[]
    try
        tensors = Union{Tensor,Nothing}[]
        for x in inputs, y in _items(x)
            push!(tensors, y === nothing ? nothing : _to_tensor(y, T, temps))
        end
        while !isempty(tensors) && tensors[end] === nothing
            pop!(tensors) # absent trailing optional inputs
        end
        handles = Ptr{Cvoid}[t === nothing ? C_NULL : _handle(t, name) for t in tensors]
        outs = fill(C_NULL, nout)
        n = Ref{Int32}(0)
        GC.@preserve tensors attrs begin
            records = TsrAttr[_record(a) for a in attrs]
            status = ccall((:tsr_op_invoke, libtessera), Cint,
                (Ptr{Cvoid}, Ptr{Ptr{Cvoid}}, Int32, Ptr{TsrAttr}, Int32, Ptr{Ptr{Cvoid}}, Int32, Ref{Int32}),
                _OP_HANDLES[op], handles, length(handles), records, length(records), outs, nout, n)
            _check(status, name)
        end
        if n[] != nout
            for h in outs
                h == C_NULL || ccall((:tsr_tensor_release, libtessera), Cvoid, (Ptr{Cvoid},), h)
            end
            throw(TesseraError(:internal, "expected $nout outputs, the engine returned $(n[])"; op=name))
        end
        return outs
    finally
        foreach(release!, temps) # views of them keep the memory alive through the engine
    end
end

_invoke1(op::Int, inputs::Tuple, attrs::Tuple) = Tensor(_invoke(op, inputs, attrs, 1)[1])

function _invoke_n(op::Int, inputs::Tuple, attrs::Tuple, ::Val{N}) where {N}
    outs = _invoke(op, inputs, attrs, N)
    return ntuple(k -> Tensor(outs[k]), Val(N))
end

# ---- registry and runtime -----------------------------------------------------------------------

"""
    op_handle(name) -> Ptr{Cvoid}

The engine's handle of a registry operator (`TesseraError` `:not_found` for an unknown name).
"""
function op_handle(name::AbstractString)
    _check_loaded()
    out = Ref{Ptr{Cvoid}}(C_NULL)
    _check(ccall((:tsr_op_lookup, libtessera), Cint, (Cstring, Ref{Ptr{Cvoid}}), name, out), name)
    return out[]
end

"Registry names of the operators the loaded library registers, in registry order."
function registered_ops()
    _check_loaded()
    n = ccall((:tsr_op_count, libtessera), Int32, ())
    names = String[]
    for k in 0:n-1
        op = Ref{Ptr{Cvoid}}(C_NULL)
        _check(ccall((:tsr_op_at, libtessera), Cint, (Int32, Ref{Ptr{Cvoid}}), k, op))
        push!(names, _cstr(ccall((:tsr_op_name, libtessera), Ptr{UInt8}, (Ptr{Cvoid},), op[])))
    end
    return names
end

"The registry as JSON, as the loaded library reports it (op-registry/README.md)."
function registry_json()
    _check_loaded()
    return _cstr(ccall((:tsr_registry_json, libtessera), Ptr{UInt8}, ()))
end

"Number of threads the engine's kernels use."
function num_threads()
    _check_loaded()
    return Int(ccall((:tsr_num_threads, libtessera), Int32, ()))
end

"Sets the number of kernel threads (n <= 0: one per core)."
function set_num_threads!(n::Integer)
    _check_loaded()
    _check(ccall((:tsr_set_num_threads, libtessera), Cint, (Int32,), n))
    return nothing
end

include("ops.jl")
include("autograd.jl")
include("model.jl")

# Loads the library and checks it against the generated bindings; "" when all is well.
function _load()
    path = libtessera
    try
        Libdl.dlopen(path)
    catch err
        return "Tessera: cannot load the native library \"$path\" ($(sprint(showerror, err))). " *
               "Build it (`npm run build` in the Tessera repository), or point ENV[\"$LIB_ENV\"] or " *
               "Tessera.set_library_path!(path) at libtessera."
    end
    version = ccall((:tsr_api_version, libtessera), Int32, ())
    if version != API_VERSION
        return "Tessera: the library \"$path\" implements C API version $version, these bindings were " *
               "generated for version $API_VERSION; rebuild the library or regenerate the bindings (npm run generate)."
    end
    found = _cstr(ccall((:tsr_registry_hash, libtessera), Ptr{UInt8}, ()))
    if found != REGISTRY_HASH
        return "Tessera: the operator registry of \"$path\" (hash $found) differs from the one these bindings " *
               "were generated from ($REGISTRY_HASH); rebuild the library or regenerate the bindings (npm run generate)."
    end
    _DELETER[] = @cfunction(_release_borrowed, Cvoid, (Ptr{Cvoid}, Ptr{Cvoid}))
    resize!(_OP_HANDLES, length(OP_NAMES))
    for (k, name) in enumerate(OP_NAMES)
        out = Ref{Ptr{Cvoid}}(C_NULL)
        status = ccall((:tsr_op_lookup, libtessera), Cint, (Cstring, Ref{Ptr{Cvoid}}), name, out)
        status == 0 || return "Tessera: the library \"$path\" has no operator \"$name\""
        _OP_HANDLES[k] = out[]
    end
    return ""
end

function __init__()
    global libtessera = library_path()
    _LOAD_ERROR[] = _load()
    isempty(_LOAD_ERROR[]) || @warn _LOAD_ERROR[]
    return nothing
end

end # module Tessera
