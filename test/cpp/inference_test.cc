// Shape and dtype inference, and the errors bad input gets: status, operator and argument.
#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

TEST(Inference, BroadcastMismatchNamesOperatorAndArgument) {
  try {
    run("add", {Tensor::zeros(DType::Float32, Shape{2, 3}), Tensor::zeros(DType::Float32, Shape{4})});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::ShapeMismatch);
    EXPECT_EQ(e.op(), "add");
    EXPECT_EQ(e.arg(), "b");
    EXPECT_NE(std::string(e.what()).find("[2, 3] and [4]"), std::string::npos) << e.what();
  }
}

TEST(Inference, DTypeRulesFromTheSchema) {
  EXPECT_TSR_ERROR(run("exp", {Tensor::zeros(DType::Int32, Shape{2})}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("add", {Tensor::zeros(DType::Float32, Shape{2}), Tensor::zeros(DType::Float64, Shape{2})}),
                   Status::DTypeMismatch, "b");
  EXPECT_TSR_ERROR(run("where", {Tensor::zeros(DType::Float32, Shape{2}), Tensor::zeros(DType::Float32, Shape{2}),
                                 Tensor::zeros(DType::Float32, Shape{2})}),
                   Status::DTypeMismatch, "condition");
}

TEST(Inference, AttributeValidation) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3});
  EXPECT_TSR_ERROR(run("sum", {x}, {ints("axes", {2})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("sum", {x}, {ints("axes", {1, -1})}), Status::InvalidAttribute, "axes");
  EXPECT_TSR_ERROR(run("reshape", {x}, {ints("shape", {4, 2})}), Status::InvalidAttribute, "shape");
  EXPECT_TSR_ERROR(run("reshape", {x}), Status::InvalidAttribute, "shape");  // required
  EXPECT_TSR_ERROR(run("transpose", {x}, {ints("perm", {0, 0})}), Status::InvalidAttribute, "perm");
  EXPECT_TSR_ERROR(run("cast", {x}, {dtype("dtype", static_cast<DType>(42))}), Status::InvalidAttribute, "dtype");
  EXPECT_TSR_ERROR(run("arange", {}, {f64("start", 0), f64("stop", 1), f64("step", 0)}), Status::InvalidAttribute, "step");
  // A record whose type differs from the schema.
  EXPECT_TSR_ERROR(run("sum", {x}, {i64("axes", 1)}), Status::InvalidAttribute, "axes");
}

TEST(Inference, InputCounts) {
  EXPECT_TSR_ERROR(run("add", {Tensor::zeros(DType::Float32, Shape{2})}), Status::InvalidArgument, "inputs");
  EXPECT_TSR_ERROR(run("concat", {}), Status::InvalidArgument, "inputs");
}

TEST(Inference, MatmulShapes) {
  auto shape_of = [](Shape a, Shape b) { return run("matmul", {Tensor::zeros(DType::Float32, a), Tensor::zeros(DType::Float32, b)}).shape(); };
  EXPECT_EQ(shape_of(Shape{3, 4}, Shape{4, 5}), (Shape{3, 5}));
  EXPECT_EQ(shape_of(Shape{4}, Shape{4, 5}), (Shape{5}));
  EXPECT_EQ(shape_of(Shape{3, 4}, Shape{4}), (Shape{3}));
  EXPECT_EQ(shape_of(Shape{7, 1, 3, 4}, Shape{6, 4, 5}), (Shape{7, 6, 3, 5}));
  EXPECT_TSR_ERROR(shape_of(Shape{3, 4}, Shape{5, 6}), Status::ShapeMismatch, "b");
}

TEST(Inference, ReduceKeepdimsShapes) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{2, 3, 4});
  EXPECT_EQ(run("sum", {x}, {ints("axes", {0, 2}), boolean("keepdims", true)}).shape(), (Shape{1, 3, 1}));
  EXPECT_EQ(run("mean", {x}).shape(), (Shape{}));
}

TEST(Inference, SliceClampsLikeOnnx) {
  Tensor x = Tensor::zeros(DType::Float32, Shape{10, 4});
  EXPECT_EQ(run("slice", {x}, {ints("starts", {2, -100}), ints("ends", {1000, 3})}).shape(), (Shape{8, 3}));
  EXPECT_EQ(run("slice", {x}, {ints("starts", {1}), ints("ends", {1})}).shape(), (Shape{0, 4}));
}
