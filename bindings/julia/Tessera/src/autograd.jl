# Autograd, MXNet style, over the C API's tape (tsr_autograd_*): mark leaves with
# `attach_grad!`, compute inside `record() do ... end`, call `backward!`, read `grad`.
#
#     w = attach_grad!(Tensor([1.0, 2.0, 3.0]))
#     loss = record() do
#         Tessera.sum(w .* w)
#     end
#     backward!(loss)
#     Array(grad(w))   # [2.0, 4.0, 6.0]
#
# Gradients have the leaf's shape, so Julia's column-major view carries over unchanged.

function _set_recording(on::Bool)::Bool
    prev = Ref{Int32}(0)
    _check(ccall((:tsr_autograd_set_recording, libtessera), Cint, (Int32, Ref{Int32}), on ? 1 : 0, prev),
           "record")
    return prev[] != 0
end

function _scoped(f, on::Bool)
    prev = _set_recording(on)
    try
        return f()
    finally
        _set_recording(prev)
    end
end

"""
    record(f)

Runs `f()` with recording on (use `record() do ... end`): operators on tensors that need
gradients are put on the tape. Scopes nest and the previous state returns, also on error.
"""
record(f) = _scoped(f, true)

"""
    pause(f)

Runs `f()` with recording off (a no-grad scope), e.g. for parameter updates.
"""
pause(f) = _scoped(f, false)

"Whether operators are being recorded on this thread."
is_recording() = ccall((:tsr_autograd_is_recording, libtessera), Int32, ()) != 0

"""
    attach_grad!(t::Tensor) -> t

Marks a floating-point tensor as a leaf whose gradient [`backward!`](@ref) accumulates (MXNet's
`attach_grad`); clears an earlier gradient.
"""
function attach_grad!(t::Tensor)
    _check(ccall((:tsr_tensor_attach_grad, libtessera), Cint, (Ptr{Cvoid},), _handle(t, "attach_grad!")), "attach_grad!")
    return t
end

"Whether `t` takes part in gradient computation (an attached leaf or a recorded result)."
function requires_grad(t::Tensor)
    out = Ref{Int32}(0)
    _check(ccall((:tsr_tensor_requires_grad, libtessera), Cint, (Ptr{Cvoid}, Ref{Int32}), _handle(t, "requires_grad"), out),
           "requires_grad")
    return out[] != 0
end

"""
    grad(t::Tensor) -> Union{Tensor,Nothing}

The gradient accumulated in the leaf `t` (same size as `t`), or `nothing` before any backward
pass reached it.
"""
function grad(t::Tensor)
    out = Ref{Ptr{Cvoid}}(C_NULL)
    _check(ccall((:tsr_tensor_grad, libtessera), Cint, (Ptr{Cvoid}, Ref{Ptr{Cvoid}}), _handle(t, "grad"), out), "grad")
    return out[] == C_NULL ? nothing : Tensor(out[])
end

"Forgets the gradient accumulated in `t`; the next backward pass starts from zero."
function zero_grad!(t::Tensor)
    _check(ccall((:tsr_tensor_zero_grad, libtessera), Cint, (Ptr{Cvoid},), _handle(t, "zero_grad!")), "zero_grad!")
    return t
end

"The same data cut from the tape: no gradient flows through the result."
function detach(t::Tensor)
    out = Ref{Ptr{Cvoid}}(C_NULL)
    _check(ccall((:tsr_tensor_detach, libtessera), Cint, (Ptr{Cvoid}, Ref{Ptr{Cvoid}}), _handle(t, "detach"), out), "detach")
    return Tensor(out[])
end

"""
    backward!(heads; head_grads=nothing)

Backpropagates from one recorded result or a vector of them into every attached leaf.
`head_grads` (same sizes as the heads; `nothing` entries mean ones) defaults to ones.
Gradients accumulate across calls until [`zero_grad!`](@ref).
"""
function backward!(heads; head_grads=nothing)
    hs = heads isa Tensor ? Tensor[heads] : collect(Tensor, heads)
    gs = head_grads === nothing ? fill(nothing, length(hs)) : collect(head_grads)
    length(gs) == length(hs) ||
        throw(TesseraError(:invalid_argument, "head_grads needs one entry per head"; op="backward!", arg="head_grads"))
    temps = Tensor[]
    gts = [g === nothing ? nothing : (g isa Tensor ? g : (push!(temps, Tensor(g)); temps[end])) for g in gs]
    hp = Ptr{Cvoid}[_handle(h, "backward!") for h in hs]
    gp = Ptr{Cvoid}[g === nothing ? C_NULL : _handle(g, "backward!") for g in gts]
    GC.@preserve hs gts temps begin
        _check(ccall((:tsr_autograd_backward, libtessera), Cint, (Ptr{Ptr{Cvoid}}, Int32, Ptr{Ptr{Cvoid}}),
                     hp, length(hp), gp), "backward!")
    end
    return nothing
end
