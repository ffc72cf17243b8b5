# Tests of Tessera.jl through the real native library (build it first: `npm run build` at the
# repository root, or point ENV["TESSERA_LIB"] at libtessera). Run with
#
#     julia --project=bindings/julia/Tessera -e 'using Pkg; Pkg.test()'
#
# Expected values come from the registry's hand-derived examples (op-registry/registry.json,
# replayed through the generated functions in Julia's column-major convention) and from Julia's
# own Base functions (sum(A; dims), permutedims, reshape, *, broadcasting).

using Test
using Tessera
using Tessera: TesseraError
import JSON3

const REGISTRY_FILE = get(ENV, "TESSERA_REGISTRY",
    normpath(joinpath(@__DIR__, "..", "..", "..", "..", "op-registry", "registry.json")))

# ---- the registry's examples in Julia's convention ----------------------------------------------

const ELTYPES = Dict("float32" => Float32, "float64" => Float64, "int32" => Int32,
                     "int64" => Int64, "uint8" => UInt8, "bool" => Bool)

# Julia keywords a registry name may collide with get a trailing "_" (generators/src/lang/julia.ts).
const JULIA_KEYWORDS = Set(["baremodule", "begin", "break", "catch", "const", "continue", "do", "else",
    "elseif", "end", "export", "false", "finally", "for", "function", "global", "if", "import", "let",
    "local", "macro", "module", "quote", "return", "struct", "true", "try", "using", "while",
    "abstract", "mutable", "primitive", "where", "in", "isa", "outer", "public"])

julia_name(name) = String(name) in JULIA_KEYWORDS ? String(name) * "_" : String(name)

decode(v::AbstractString) = v == "nan" ? NaN : v == "inf" ? Inf : v == "-inf" ? -Inf : error("not a number: $v")
decode(v) = v

# The Julia array whose column-major memory is the example's row-major data: size reversed.
function julia_array(t)
    T = ELTYPES[String(t.dtype)]
    data = T[T(decode(v)) for v in t.data]
    return reshape(data, Tuple(reverse([Int(s) for s in t.shape])))
end

# Engine axis a of an nd-dimensional tensor -> Julia dimension.
julia_axis(a, nd) = a < 0 ? -a : nd - a

# An engine-convention attribute value -> the value the Julia function takes.
function julia_attr(attr, value, nd, index_count)
    type = String(attr.type)
    meaning = attr.meaning === nothing ? "" : String(attr.meaning)
    if type == "dtype"
        return ELTYPES[String(value)]
    elseif type == "enum"
        return Symbol(String(value))
    elseif type == "bool"
        return Bool(value)
    elseif type == "string"
        return String(value)
    elseif type == "float"
        return Float64(decode(value))
    elseif type == "float[]"
        return Float64[decode(x) for x in value]
    elseif type == "int"
        return meaning == "axis" ? julia_axis(Int(value), nd) : Int(value)
    end
    v = Int[x for x in value] # int[]
    if meaning == "axes"
        if isempty(v) && index_count !== nothing
            v = collect(0:index_count-1) # engine default: the first axes
        end
        return Tuple(julia_axis(a, nd) for a in v)
    elseif meaning == "perm"
        n = length(v)
        return Tuple(n - v[n - i + 1] for i in 1:n)
    elseif meaning == "shape"
        return Tuple(reverse(v))
    elseif meaning == "index"
        return Tuple(e >= 0 ? e + 1 : e for e in v)
    end
    return Tuple(v)
end

function check_output(got, t)
    want = julia_array(t)
    @test got isa Tensor
    @test eltype(got) == eltype(want)
    @test size(got) == size(want)
    a = Array(got)
    if eltype(want) <: AbstractFloat
        @test isapprox(a, want; rtol=eltype(want) == Float32 ? 1e-5 : 1e-12, nans=true)
    else
        @test a == want
    end
end

function replay(op, example)
    name = String(op.name)
    f = Tessera.OP_FUNCTIONS[name]
    inputs = Any[julia_array(t) for t in example.inputs]
    name in Tessera.OPERANDS_SWAPPED && reverse!(inputs)
    nd = isempty(example.inputs) ? 0 : length(example.inputs[1].shape)
    args = Any[]
    kwargs = Pair{Symbol,Any}[]
    next = 1
    for input in op.inputs
        if input.variadic
            push!(args, Tessera.TensorLike[inputs[next:end]...])
            next = length(inputs) + 1
        elseif next <= length(inputs)
            if input.optional
                push!(kwargs, Symbol(julia_name(input.name)) => inputs[next])
            else
                push!(args, inputs[next])
            end
            next += 1
        end
    end
    index_attr = findfirst(a -> a.meaning == "index", op.attrs)
    index_count = nothing
    if index_attr !== nothing && haskey(example.attrs, Symbol(op.attrs[index_attr].name))
        index_count = length(example.attrs[Symbol(op.attrs[index_attr].name)])
    end
    for attr in op.attrs
        key = Symbol(attr.name)
        if haskey(example.attrs, key)
            value = example.attrs[key]
        elseif attr.meaning == "axes" && index_count !== nothing && !attr.required
            value = attr.default # empty: engine axes 0, 1, ... -- spelled out for Julia
        else
            continue
        end
        v = julia_attr(attr, value, nd, attr.meaning == "axes" ? index_count : nothing)
        if attr.required
            push!(args, v)
        else
            push!(kwargs, Symbol(julia_name(attr.name)) => v)
        end
    end
    result = f(args...; kwargs...)
    outs = result isa Tuple ? result : (result,)
    @test length(outs) == length(example.outputs)
    for (got, t) in zip(outs, example.outputs)
        check_output(got, t)
    end
end

@testset "Tessera.jl" begin
    if !Tessera.isloaded()
        @error "Tessera could not load its native library" reason = Tessera.load_error()
    end
    @test Tessera.isloaded()

    registry = JSON3.read(read(REGISTRY_FILE, String))

    @testset "library and registry" begin
        @test Tessera.REGISTRY_HASH == String(registry.hash)
        @test Tessera.API_VERSION == registry.api_version
        names = [String(op.name) for op in registry.ops]
        @test collect(Tessera.OP_NAMES) == names
        @test Set(keys(Tessera.OP_FUNCTIONS)) == Set(names)
        @test issubset(names, Tessera.registered_ops())
        @test occursin("\"ops\"", Tessera.registry_json())
        @test Tessera.num_threads() >= 1
        for op in registry.ops
            f = Tessera.OP_FUNCTIONS[String(op.name)]
            doc = sprint(show, Base.Docs.doc(f))
            @test occursin(julia_name(op.name) * "(", doc) && occursin("-> ", doc)
        end
    end

    @testset "registry examples: $(op.name)" for op in registry.ops
        for example in op.examples
            @testset "$(example.title)" begin
                replay(op, example)
            end
        end
    end

    @testset "column-major conversion keeps Julia's size" begin
        A = Float32[1 2 3; 4 5 6] # 2×3, memory 1 4 2 5 3 6
        t = Tensor(A)
        @test size(t) == (2, 3)
        @test size(t, 1) == 2 && size(t, 2) == 3 && size(t, 3) == 1
        @test ndims(t) == 2
        @test length(t) == 6
        @test eltype(t) == Float32
        @test Tessera.engine_shape(t) == [3, 2] # the same memory, read row-major
        @test Array(t) == A
        @test collect(t) == A
        # No copy: the tensor reads A's memory.
        A[2, 1] = 40
        @test Array(t)[2, 1] == 40
        # copy=true copies.
        c = Tensor(A; copy=true)
        A[1, 1] = -1
        @test Array(c)[1, 1] == 1
        @test Array(t)[1, 1] == -1

        B = reshape(collect(Int32, 1:24), 2, 3, 4)
        tb = Tensor(B)
        @test size(tb) == (2, 3, 4)
        @test Tessera.engine_shape(tb) == [4, 3, 2]
        @test Array(tb) == B
        for T in (Float64, Int32, Int64, UInt8, Bool)
            X = T[1 0; 0 1; 1 1]
            @test Array(Tensor(X)) == X
            @test eltype(Tensor(X)) == T
        end
        v = Float64[1, 2, 3]
        @test size(Tensor(v)) == (3,)
        @test Array(Tensor(v)) == v
        s = Tensor(2.5)
        @test size(s) == () && ndims(s) == 0
        @test Array(s)[] == 2.5
        # Non-Array inputs are copied into a dense array first.
        @test Array(Tensor(1:4)) == [1, 2, 3, 4]
        @test Array(Tensor(view(B, :, 2, :))) == B[:, 2, :]
        @test Array(Tensor(permutedims(B, (3, 1, 2)))) == permutedims(B, (3, 1, 2))
        @test Array(Tensor(trues(2, 2))) == trues(2, 2)
        @test Array{Float64}(Tensor(Int32[1, 2])) == [1.0, 2.0]
        @test convert(Tensor, A) isa Tensor
    end

    @testset "dimensions are Julia's (1-based, column-major)" begin
        A = Float64[1 2 3; 4 5 6]
        @test Array(Tessera.sum(A; axes=(1,))) == vec(sum(A; dims=1))
        @test Array(Tessera.sum(A; axes=(2,))) == vec(sum(A; dims=2))
        @test Array(Tessera.sum(A; axes=(1,), keepdims=true)) == sum(A; dims=1)
        @test Array(Tessera.sum(A; axes=-1)) == vec(sum(A; dims=2))
        @test Array(Tessera.sum(A))[] == sum(A)
        @test Array(Tessera.mean(A; axes=(2,), keepdims=true)) ≈ sum(A; dims=2) ./ 3
        @test Array(Tessera.max(A; axes=(1,))) == vec(maximum(A; dims=1))
        B = reshape(collect(1.0:24.0), 2, 3, 4)
        @test Array(Tessera.sum(B; axes=(1, 3))) == vec(sum(B; dims=(1, 3)))

        # softmax normalizes Julia's first dimension by default (engine axis -1).
        S = Float64[1 2; 3 4; 5 7]
        expected = exp.(S) ./ sum(exp.(S); dims=1)
        @test Array(softmax(S)) ≈ expected
        @test Array(softmax(S; axis=2)) ≈ exp.(S) ./ sum(exp.(S); dims=2)
        @test Array(log_softmax(S)) ≈ log.(expected)

        # transpose takes permutedims' permutation; the default reverses the dimensions.
        @test Array(Tessera.transpose(B; perm=(2, 3, 1))) == permutedims(B, (2, 3, 1))
        @test Array(Tessera.transpose(B; perm=(3, 1, 2))) == permutedims(B, (3, 1, 2))
        @test Array(Tessera.transpose(B)) == permutedims(B, (3, 2, 1))
        @test Array(Tessera.transpose(A)) == permutedims(A)

        # reshape takes Julia sizes and keeps Julia's element order.
        @test Array(Tessera.reshape(B, (4, 6))) == reshape(B, 4, 6)
        @test Array(Tessera.reshape(B, (6, -1))) == reshape(B, 6, :)
        @test Array(Tessera.reshape(B, (:, 2))) == reshape(B, :, 2)

        # concat along Julia dimensions.
        C = Float64[7 8 9]
        @test Array(concat([A, C]; axis=1)) == vcat(A, C)
        @test Array(concat([A, A]; axis=2)) == hcat(A, A)
        @test Array(concat([A, A])) == hcat(A, A) # default: the last dimension

        # slice: 1-based starts, exclusive ends, Julia dimensions.
        M = reshape(collect(Int32, 1:20), 4, 5)
        @test Array(slice(M, (2,), (4,))) == M[2:3, :]
        @test Array(slice(M, (2,), (4,); axes=(2,))) == M[:, 2:3]
        @test Array(slice(M, (1, 2), (5, 6); steps=(2, 2))) == M[1:2:4, 2:2:5]
        @test Array(slice(M, (-1,), (0,); axes=(2,), steps=(-1,))) == M[:, end:-1:1]

        # matmul is Julia's matrix product.
        P = Float32[1 2 3; 4 5 6]
        Q = Float32[1 0; 0 1; 2 3]
        @test Array(matmul(P, Q)) == P * Q
        @test Array(Tensor(P) * Tensor(Q)) == P * Q
        @test Array(Tensor(P) * Q) == P * Q
        @test Array(P * Tensor(Q)) == P * Q
        w = Float32[1, 1, 2]
        @test Array(matmul(P, w)) == P * w
        @test Array(matmul(Float32[1, 2], P)) == vec(transpose(Float32[1, 2]) * P)
        # creation takes Julia sizes.
        @test size(Tessera.zeros((2, 3))) == (2, 3)
        @test Array(Tessera.ones((2,); dtype=Int32)) == Int32[1, 1]
        @test Array(full((3, 2), 1.5)) == fill(1.5f0, 3, 2)
        @test Array(arange(0, 5)) == Float32[0, 1, 2, 3, 4]
        @test eltype(cast(A; dtype=Int32)) == Int32
    end

    @testset "Base operators and broadcasting" begin
        A = Float32[1 2; 3 4]
        B = Float32[10 20; 30 40]
        a, b = Tensor(A), Tensor(B)
        @test Array(a + b) == A + B
        @test Array(a - b) == A - B
        @test Array(a + B) == A + B
        @test Array(A - b) == A - B
        @test Array(-a) == -A
        @test Array(2 * a) == 2 * A
        @test Array(a * 2) == A * 2
        @test Array(a / 2) == A / 2
        @test Array(a^2) ≈ A .^ 2
        @test Array(a^0.5f0) ≈ A .^ 0.5f0
        @test Array(a .+ b) == A .+ B
        @test Array(a .* b) == A .* B
        @test Array(a ./ b) == A ./ B
        @test Array(a .- 1) == A .- 1
        @test Array(a .^ 2) ≈ A .^ 2
        @test Array(a .^ b) ≈ A .^ B
        v = Float32[100, 200]
        @test Array(a .+ v) == A .+ v # Julia's broadcasting: v runs along dimension 1
        @test Array(a .+ permutedims(v)) == A .+ permutedims(v)
        @test Array(max.(a, 2.5f0)) == max.(A, 2.5f0)
        @test Array(min.(a, b)) == min.(A, B)
        @test Array(a .== 2) == (A .== 2)
        @test Array(a .< 3) == (A .< 3)
        @test Array(a .> b) == (A .> B)
        @test Array(abs.(-a)) == abs.(-A)
        @test Array(exp.(a)) ≈ exp.(A)
        @test Array(log.(a)) ≈ log.(A)
        @test Array(sqrt.(a)) ≈ sqrt.(A)
        @test Array(tanh.(a)) ≈ tanh.(A)
        @test Array(ifelse.(a .> 2, a, 0)) == ifelse.(A .> 2, A, 0)
        @test Array(a .+ 2 .* 3) == A .+ 2 .* 3 # a nested numeric part is evaluated first
        @test Array(a .* b .+ a) == A .* B .+ A
        @test Array(relu(a .- 2)) == max.(A .- 2, 0)
        @test Array(Tessera.where_(A .> 2, A, B)) == ifelse.(A .> 2, A, B)
        @test_throws TesseraError sin.(a) # no engine operator: a clear error, no silent loop
    end

    @testset "show" begin
        t = Tensor(Float32[1 2 3; 4 5 6])
        @test sprint(show, t) == "Tensor(Float32, 2×3)"
        text = sprint(show, MIME"text/plain"(), t)
        @test startswith(text, "2×3 Tensor{Float32}:")
        @test occursin("4.0", text) && occursin("6.0", text)
        @test sprint(show, Tensor(Int64[1, 2])) == "Tensor(Int64, 2-element)"
        @test occursin("7", sprint(show, MIME"text/plain"(), Tensor(7)))
        release!(t)
        @test sprint(show, t) == "Tensor(<released>)"
    end

    @testset "bad input gives a TesseraError, never a crash" begin
        A = ones(Float32, 2, 3)
        err(f) = try
            f()
            nothing
        catch e
            e
        end

        e = err(() -> Tessera.add(A, ones(Float32, 4)))
        @test e isa TesseraError && e.status === :shape_mismatch && e.op == "add"
        @test occursin("reversed", sprint(showerror, e))
        e = err(() -> Tessera.add(Float32[1, 2], Int32[1, 2]))
        @test e isa TesseraError && e.status === :dtype_mismatch
        e = err(() -> Tensor(Float16[1, 2]))
        @test e isa TesseraError && e.status === :dtype_mismatch
        e = err(() -> Tessera.sqrt(Bool[1, 0]))
        @test e isa TesseraError && e.status === :dtype_mismatch
        e = err(() -> matmul(ones(Float32, 2, 3), ones(Float32, 2, 3)))
        @test e isa TesseraError && e.status === :shape_mismatch

        # attribute values and types, checked in Julia's terms
        e = err(() -> Tessera.sum(A; axes=(3,)))
        @test e isa TesseraError && e.status === :invalid_attribute && e.arg == "axes" && occursin("1..2", e.msg)
        e = err(() -> softmax(A; axis=0))
        @test e isa TesseraError && e.status === :invalid_attribute && e.arg == "axis"
        e = err(() -> Tessera.sum(A; axes="rows"))
        @test e isa TesseraError && e.status === :invalid_attribute
        e = err(() -> Tessera.sum(A; keepdims=1))
        @test e isa TesseraError && e.status === :invalid_attribute && e.arg == "keepdims"
        e = err(() -> cast(A; dtype=String))
        @test e isa TesseraError && e.status === :invalid_attribute && e.arg == "dtype"
        e = err(() -> Tessera.transpose(A; perm=(1, 1)))
        @test e isa TesseraError && e.status === :invalid_attribute && e.arg == "perm"
        e = err(() -> Tessera.reshape(A, (4, 2)))
        @test e isa TesseraError
        e = err(() -> full((2,), "x"))
        @test e isa TesseraError && e.arg == "value"
        e = err(() -> slice(A, (1,), (2, 3)))
        @test e isa TesseraError && e.status === :invalid_attribute
        # enum attributes take Symbols from the registry's list (no enum in this registry's
        # operators: the runtime check is exercised directly)
        e = err(() -> Tessera._enum_attr(0, :bogus, (:constant, :reflect), 1, "mode"))
        @test e isa TesseraError && e.status === :invalid_attribute && occursin(":constant, :reflect", e.msg)
        @test Tessera._enum_attr(0, :reflect, (:constant, :reflect), 1, "mode").i == 1
        e = err(() -> Tessera._enum_attr(0, "reflect", (:constant, :reflect), 1, "mode"))
        @test e isa TesseraError

        # unknown operator, missing arguments, empty variadic input
        e = err(() -> Tessera.op_handle("no_such_op"))
        @test e isa TesseraError && e.status === :not_found
        @test_throws MethodError Tessera.reshape(A)
        @test_throws MethodError Tessera.add(A, "x")
        e = err(() -> concat(Tensor[]))
        @test e isa TesseraError

        # released tensors
        t = Tensor(A)
        release!(t)
        @test isreleased(t)
        release!(t) # twice is fine
        e = err(() -> Array(t))
        @test e isa TesseraError && e.status === :invalid_handle
        e = err(() -> t + t)
        @test e isa TesseraError && e.status === :invalid_handle
        e = err(() -> size(t))
        @test e isa TesseraError && e.status === :invalid_handle
    end

    @testset "memory: views keep borrowed arrays alive, finalizers release" begin
        function make_view()
            X = reshape(collect(Float64, 1:6), 2, 3)
            return Tessera.transpose(Tensor(X)) # a view of X's memory; Tensor(X) is dropped
        end
        GC.gc()
        GC.gc()
        base = Tessera.borrowed_count()
        v = make_view()
        GC.gc()
        GC.gc() # finalizes the dropped Tensor(X): only the view holds X's memory now
        @test Array(v) == permutedims(reshape(collect(Float64, 1:6), 2, 3))
        GC.enable(false) # no finalizer may run between the two counts
        held = Tessera.borrowed_count()
        release!(v) # the last view: the engine calls the deleter, X is let go
        after = Tessera.borrowed_count()
        GC.enable(true)
        @test held >= 1
        @test after == held - 1
        for _ in 1:200
            Tessera.add(Tensor(rand(Float32, 8)), 1)
        end
        GC.gc()
        GC.gc()
        @test Tessera.borrowed_count() <= base # nothing leaked
    end

    @testset "autograd" begin
        # d/dw sum(w .* w) = 2w, hand-derived
        w = attach_grad!(Tensor([1.0, -2.0, 3.0]))
        loss = record() do
            Tessera.sum(Tessera.mul(w, w))
        end
        @test requires_grad(loss)
        backward!(loss)
        @test Array(grad(w)) == [2.0, -4.0, 6.0]
        # accumulation until zero_grad!, and a column-major matrix keeps its size
        backward!(record(() -> Tessera.sum(Tessera.mul(w, w))))
        @test Array(grad(w)) == [4.0, -8.0, 12.0]
        zero_grad!(w)
        @test grad(w) === nothing
        A = attach_grad!(Tensor([1.0 2.0 3.0; 4.0 5.0 6.0]))
        backward!(record(() -> Tessera.sum(A)))
        @test size(grad(A)) == (2, 3)
        @test Array(grad(A)) == ones(2, 3)
        # scopes restore the previous state; pause and detach cut the tape
        @test !is_recording()
        record() do
            @test is_recording()
            @test !requires_grad(pause(() -> Tessera.mul(w, w)))
            @test !requires_grad(Tessera.mul(detach(w), 2.0))
        end
        @test !is_recording()
        @test_throws TesseraError backward!(Tensor([1.0]))
        @test_throws TesseraError attach_grad!(Tensor(Int32[1, 2]))
    end

    @testset "models: ONNX import, tracing, round trip" begin
        err(f) = try
            f()
            nothing
        catch e
            e
        end

        # The ONNX backend node test test_add_bcast from the shared conformance data beside the
        # repository (ENV["TESSERA_CONFORMANCE"] points elsewhere): x float[3, 4, 5] + y float[5].
        conformance = get(ENV, "TESSERA_CONFORMANCE",
            normpath(joinpath(@__DIR__, "..", "..", "..", "..", "..", "shared", "conformance")))
        dir = joinpath(conformance, "onnx-node", "test_add_bcast")
        if isfile(joinpath(dir, "model.onnx"))
            m = load_model(joinpath(dir, "model.onnx"))
            @test [i.name for i in m.inputs] == ["x", "y"]
            @test m.inputs[1].eltype == Float32
            @test m.inputs[1].onnx_shape == (3, 4, 5) # the file's row-major shape
            @test m.inputs[1].size == (5, 4, 3)       # what a Julia array fed to it has
            @test m.inputs[2].size == (5,)
            @test length(m.outputs) == 1
            data = joinpath(dir, "test_data_set_0")
            x = read_tensor_proto(joinpath(data, "input_0.pb"))
            y = read_tensor_proto(read(joinpath(data, "input_1.pb")))
            expected = Array(read_tensor_proto(joinpath(data, "output_0.pb")))
            @test size(x) == (5, 4, 3) && eltype(x) == Float32
            out = m((x = x, y = y))
            @test keys(out) == (Symbol(m.outputs[1]),)
            @test size(out[1]) == (5, 4, 3)
            @test Array(out[1]) ≈ expected
            # Julia's own broadcasting on the same numbers: y runs along ONNX's last axis, which
            # is Julia's first dimension.
            X, Y = Array(x), Array(y)
            @test Array(out[1]) ≈ X .+ Y
            @test Array(run(m, Dict("y" => Y, "x" => X))[1]) ≈ X .+ Y
            @test Array(m((X, Y))[1]) ≈ X .+ Y
            @test Tessera.plan_stats(m).nodes == 1
            m2 = load_model(read(joinpath(dir, "model.onnx")))
            @test Array(m2((x = x, y = y))[1]) ≈ expected
            m3 = load_model(Tessera.onnx_bytes(m2))
            @test Array(m3((x = x, y = y))[1]) ≈ expected
            e = err(() -> m((x = Float64.(X), y = Y)))       # arrays keep their element type
            @test e isa TesseraError && e.status === :dtype_mismatch
            e = err(() -> m((x = Y, y = Y)))
            @test e isa TesseraError && e.status === :shape_mismatch
        else
            @info "models: $dir is not on this machine; the ONNX test data checks are skipped"
            @test_skip isfile(joinpath(dir, "model.onnx"))
        end

        # A TensorProto by hand: dims [2, 3], data_type FLOAT (1), float_data 1..6 packed.
        bytes = vcat(UInt8[0x08, 0x02, 0x08, 0x03, 0x10, 0x01, 0x22, 0x18], reinterpret(UInt8, htol.(Float32.(1:6))))
        t = read_tensor_proto(bytes)
        @test size(t) == (3, 2) && eltype(t) == Float32
        @test Array(t) == Float32[1 4; 2 5; 3 6]
        @test permutedims(Array(t)) == Float32[1 2 3; 4 5 6] # the proto's rows
        e = err(() -> read_tensor_proto(UInt8[0xff, 0xff, 0xff]))
        @test e isa TesseraError && e.status === :invalid_argument

        # trace -> ONNX bytes -> load_model runs like the eager calls and like Base.
        f(a, w) = relu(a * w) .- 0.5
        A0 = [1.0 3.0 2.0; -2.0 0.5 -1.0]
        W0 = reshape(collect(range(-1.0, 1.0; length=12)), 3, 4)
        m = trace(f, (a = A0, w = W0))
        @test [i.size for i in m.inputs] == [(2, 3), (3, 4)]
        @test m.inputs[1].onnx_shape == (3, 2)
        @test m.outputs == ["output_0"]
        A1 = [0.3 -0.7 1.0; 1.5 2.0 -3.0]
        W1 = reshape(cos.(1.0:12.0), 3, 4)
        reference = max.(A1 * W1, 0.0) .- 0.5
        @test Array(f(Tensor(A1), Tensor(W1))) ≈ reference
        @test Array(m((a = A1, w = W1)).output_0) ≈ reference
        onnx = Tessera.onnx_bytes(m)
        m2 = load_model(onnx)
        @test Array(m2((A1, W1))[1]) ≈ reference
        path = tempname() * ".onnx"
        @test save(path, m) == path
        @test read(path) == onnx
        @test Array(load_model(path)([A1, W1])[1]) ≈ reference
        rm(path; force=true)
        @test take!(save(IOBuffer(), m)) == onnx

        # named outputs, a constant made outside, one bare feed
        k = Tensor([10.0, 20.0, 30.0])
        m = trace((v = [1.0, 2.0, 3.0],)) do v
            (total = Tessera.sum(v .* k), twice = v .* 2.0)
        end
        @test m.outputs == ["total", "twice"]
        out = m([4.0, 5.0, 6.0])
        @test Array(out.total)[] == 4 * 10 + 5 * 20 + 6 * 30
        @test Array(out.twice) == [8.0, 10.0, 12.0]
        @test occursin("Model(v::Float64(3,) -> total, twice)", sprint(show, m))

        # a trace stops when f throws; the next one records only its own calls
        function fails(x)
            x .* 3.0 # recorded, then the trace is abandoned
            error("boom")
        end
        @test_throws ErrorException trace(fails, (x = [1.0, 2.0],))
        e = err(() -> trace(x -> "not a tensor", (x = [1.0],)))
        @test e isa TesseraError && e.status === :invalid_argument && e.arg == "f"
        e = err(() -> trace(x -> Tensor([5.0]), (x = [1.0],))) # not computed while tracing
        @test e isa TesseraError && e.status === :invalid_argument
        nested(x) = (trace(z -> z .+ 1.0, (z = [1.0, 2.0],)); x .* 3.0)
        e = err(() -> trace(nested, (x = [1.0, 2.0],))) # traces do not nest
        @test e isa TesseraError && e.arg == "f" && occursin("another trace", e.msg)
        @test Array(Tensor([1.0, 2.0]) .+ 1.0) == [2.0, 3.0]
        m = trace(x -> x .- 1.0, (x = [1.0, 2.0],))
        @test Array(m([5.0, 7.0])[1]) == [4.0, 6.0]
        @test Tessera.plan_stats(m).nodes == 1

        # bad feeds and bytes
        m = trace((x, y) -> x .+ y, ["x" => [1.0, 2.0], "y" => [3.0, 4.0]])
        e = err(() -> m((x = 1.0, z = 2.0)))
        @test e isa TesseraError && e.status === :invalid_argument && e.arg == "feeds" && occursin("missing: y; unknown: z", e.msg)
        e = err(() -> m(([1.0, 2.0],)))
        @test e isa TesseraError && e.arg == "feeds"
        e = err(() -> m([1.0, 2.0]))
        @test e isa TesseraError && e.arg == "feeds"
        e = err(() -> m((x = "a", y = [1.0, 2.0])))
        @test e isa TesseraError && e.arg == "x"
        e = err(() -> m((x = [1.0, 2.0, 3.0], y = [1.0, 2.0, 3.0])))
        @test e isa TesseraError && e.status === :shape_mismatch
        e = err(() -> load_model(UInt8[1, 2, 3, 250, 251]))
        @test e isa TesseraError && e.status === :invalid_argument
        e = err(() -> load_model(tempname() * ".onnx"))
        @test e isa TesseraError && e.status === :not_found
        e = err(() -> trace(x -> x, ["x" => [1.0], "x" => [2.0]]))
        @test e isa TesseraError && e.arg == "inputs"

        # released models
        out = m((x = [1.0, 2.0], y = [3.0, 4.0]))
        release!(m)
        release!(m) # twice is fine
        @test isreleased(m)
        @test Array(out[1]) == [4.0, 6.0] # outputs outlive the model
        e = err(() -> m((x = [1.0, 2.0], y = [3.0, 4.0])))
        @test e isa TesseraError && e.status === :invalid_handle
        e = err(() -> save(tempname(), m))
        @test e isa TesseraError && e.status === :invalid_handle
        @test sprint(show, m) == "Model(<released>)"
    end

    @testset "no method ambiguities" begin
        @test isempty(Test.detect_ambiguities(Tessera; recursive=true))
    end
end
