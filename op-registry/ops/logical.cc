// Boolean logic on bool tensors and bitwise operations on integer tensors.
#include <type_traits>

#include "common.h"
#include "tessera/core/kernels/elementwise.h"

namespace tsr {
namespace {
using ops::infer_binary_bool;
using ops::infer_binary_same;
using ops::infer_unary_same;

struct And { static bool apply(bool a, bool b) { return a && b; } };
struct Or { static bool apply(bool a, bool b) { return a || b; } };
struct Xor { static bool apply(bool a, bool b) { return a != b; } };

template <typename F>
void logical_kernel(OpCall& c) {
  map_binary<bool, bool, bool>(c.in(0), c.in(1), c.outputs[0], [](bool a, bool b) { return F::apply(a, b); });
}

void logical_not_kernel(OpCall& c) { map_unary<bool, bool>(c.in(0), c.outputs[0], [](bool x) { return !x; }); }

struct BitAnd { template <typename T> static T apply(T a, T b) { return static_cast<T>(a & b); } };
struct BitOr { template <typename T> static T apply(T a, T b) { return static_cast<T>(a | b); } };
struct BitXor { template <typename T> static T apply(T a, T b) { return static_cast<T>(a ^ b); } };

template <typename F>
void bitwise_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
      map_binary<T, T, T>(c.in(0), c.in(1), c.outputs[0], [](T a, T b) { return F::template apply<T>(a, b); });
  });
}

void bitwise_not_kernel(OpCall& c) {
  dispatch_dtype(c.in(0).dtype(), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
      map_unary<T, T>(c.in(0), c.outputs[0], [](T x) { return static_cast<T>(~x); });
  });
}

constexpr DTypeSet kBool = bit(DType::Bool);
const char* kBroadcastDoc = "Inputs broadcast against each other with NumPy rules and must share one dtype.";

void add_logical(Registry& r, const char* name, const char* summary, KernelFn k, const char* onnx_type, Example ex) {
  r.add(OpBuilder(name, "logical", __FILE__)
            .summary(summary)
            .doc("Inputs are bool and broadcast against each other with NumPy rules.")
            .input("a", "First operand.", kBool)
            .input("b", "Second operand, broadcast against a.", kBool)
            .output("y", "Bool tensor with the broadcast shape.", kBool)
            .infer(infer_binary_bool)
            .kernel(k)
            .no_gradient("bool inputs and outputs")
            .onnx(onnx_type, 7)
            .example(std::move(ex))
            .build());
}

void add_bitwise(Registry& r, const char* name, const char* summary, KernelFn k, const char* onnx_type, Example ex) {
  r.add(OpBuilder(name, "logical", __FILE__)
            .summary(summary)
            .doc(std::string(kBroadcastDoc) + " Signed integers are two's complement.")
            .input("a", "First operand.", kIntegers)
            .input("b", "Second operand, broadcast against a.", kIntegers)
            .output("y", "Result with the broadcast shape and the inputs' dtype.", kIntegers)
            .infer(infer_binary_same)
            .kernel(k)
            .no_gradient("integer inputs and outputs")
            .onnx(onnx_type, 18)
            .example(std::move(ex))
            .build());
}

}  // namespace

void register_logical_ops(Registry& r) {
  // Truth tables: a = [F, F, T, T], b = [F, T, F, T].
  add_logical(r, "logical_and", "Element-wise logical AND.", logical_kernel<And>, "And",
              {"truth table", {T("bool", {4}, {0, 0, 1, 1}), T("bool", {4}, {0, 1, 0, 1})}, {}, {T("bool", {4}, {0, 0, 0, 1})}, "hand-derived"});
  add_logical(r, "logical_or", "Element-wise logical OR.", logical_kernel<Or>, "Or",
              {"truth table", {T("bool", {4}, {0, 0, 1, 1}), T("bool", {4}, {0, 1, 0, 1})}, {}, {T("bool", {4}, {0, 1, 1, 1})}, "hand-derived"});
  add_logical(r, "logical_xor", "Element-wise logical exclusive OR.", logical_kernel<Xor>, "Xor",
              {"truth table", {T("bool", {4}, {0, 0, 1, 1}), T("bool", {4}, {0, 1, 0, 1})}, {}, {T("bool", {4}, {0, 1, 1, 0})}, "hand-derived"});
  r.add(OpBuilder("logical_not", "logical", __FILE__)
            .summary("Element-wise logical NOT.")
            .input("x", "Bool input.", kBool)
            .output("y", "Bool tensor with x's shape: true where x is false.", kBool)
            .infer(infer_unary_same)
            .kernel(logical_not_kernel)
            .no_gradient("bool input and output")
            .onnx("Not", 1)
            .example({"negation", {T("bool", {2, 2}, {0, 1, 1, 0})}, {}, {T("bool", {2, 2}, {1, 0, 0, 1})}, "hand-derived"})
            .build());

  add_bitwise(r, "bitwise_and", "Element-wise bitwise AND.", bitwise_kernel<BitAnd>, "BitwiseAnd",
              {"int32 with a negative", {T("int32", {3}, {12, -1, 5}), T("int32", {3}, {10, 7, 3})}, {}, {T("int32", {3}, {8, 7, 1})},
               "hand-derived (1100 & 1010 = 1000; -1 is all ones)"});
  add_bitwise(r, "bitwise_or", "Element-wise bitwise OR.", bitwise_kernel<BitOr>, "BitwiseOr",
              {"uint8 against a scalar", {T("uint8", {3}, {12, 0, 240}), T("uint8", {}, {3})}, {}, {T("uint8", {3}, {15, 3, 243})},
               "hand-derived"});
  add_bitwise(r, "bitwise_xor", "Element-wise bitwise exclusive OR.", bitwise_kernel<BitXor>, "BitwiseXor",
              {"int64", {T("int64", {3}, {12, -1, 5}), T("int64", {3}, {10, 1, 5})}, {}, {T("int64", {3}, {6, -2, 0})},
               "hand-derived (1100 ^ 1010 = 0110; ~0 ^ 1 = -2)"});
  r.add(OpBuilder("bitwise_not", "logical", __FILE__)
            .summary("Element-wise bitwise NOT (one's complement).")
            .doc("Signed integers are two's complement, so bitwise_not(x) = -x - 1.")
            .input("x", "Integer input.", kIntegers)
            .output("y", "~x with x's shape and dtype.", kIntegers)
            .infer(infer_unary_same)
            .kernel(bitwise_not_kernel)
            .no_gradient("integer input and output")
            .onnx("BitwiseNot", 18)
            .example({"int32", {T("int32", {3}, {0, -1, 5})}, {}, {T("int32", {3}, {-1, 0, -6})}, "hand-derived (-x - 1)"})
            .example({"uint8", {T("uint8", {3}, {0, 255, 5})}, {}, {T("uint8", {3}, {255, 0, 250})}, "hand-derived (255 - x)"})
            .build());
}

}  // namespace tsr
