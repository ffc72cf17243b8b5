// Tensor storage, views and layout.
#include <gtest/gtest.h>

#include <cstdint>

#include "tessera/core/tensor.h"

using namespace tsr;

TEST(Storage, IsSixtyFourByteAligned) {
  for (size_t n : {1u, 3u, 64u, 1000u}) {
    Tensor t = Tensor::empty(DType::Float32, Shape{static_cast<int64_t>(n)});
    EXPECT_EQ(reinterpret_cast<uintptr_t>(t.data()) % 64, 0u) << n;
  }
}

TEST(Storage, ExternalDeleterRunsOnceWhenLastViewDies) {
  static int calls = 0;
  static float buf[6] = {1, 2, 3, 4, 5, 6};
  calls = 0;
  {
    Tensor t = Tensor::wrap(DType::Float32, Shape{2, 3}, buf, [](void* d, void* u) { ++*static_cast<int*>(u); }, &calls);
    EXPECT_EQ(t.data(), buf);  // zero copy
    int perm[2] = {1, 0};
    Tensor v = t.permute(perm);
    t = Tensor();
    EXPECT_EQ(calls, 0);
    EXPECT_EQ(v.data_as<float>()[0], 1.0f);
  }
  EXPECT_EQ(calls, 1);
}

TEST(Tensor, ZerosAreZero) {
  Tensor t = Tensor::zeros(DType::Int64, Shape{3, 5});
  for (int i = 0; i < 15; ++i) EXPECT_EQ(t.data_as<int64_t>()[i], 0);
}

TEST(Tensor, RowMajorStrides) {
  Tensor t = Tensor::empty(DType::Float64, Shape{2, 3, 4});
  EXPECT_EQ(t.strides()[0], 12);
  EXPECT_EQ(t.strides()[1], 4);
  EXPECT_EQ(t.strides()[2], 1);
  EXPECT_TRUE(t.is_contiguous());
}

TEST(Tensor, PermuteIsAViewAndCopyToLinearizes) {
  Tensor t = Tensor::empty(DType::Int32, Shape{2, 3});
  for (int i = 0; i < 6; ++i) t.data_as<int32_t>()[i] = i;  // [[0,1,2],[3,4,5]]
  int perm[2] = {1, 0};
  Tensor v = t.permute(perm);
  EXPECT_EQ(v.storage(), t.storage());
  EXPECT_FALSE(v.is_contiguous());
  int32_t out[6];
  v.copy_to(out);
  const int32_t expect[6] = {0, 3, 1, 4, 2, 5};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(out[i], expect[i]);
}

TEST(Tensor, ReshapeOfContiguousSharesStorage) {
  Tensor t = Tensor::empty(DType::Float32, Shape{4, 6});
  Tensor r = t.reshape(Shape{2, 12});
  EXPECT_EQ(r.storage(), t.storage());
  int perm[2] = {1, 0};
  Tensor nc = t.permute(perm).reshape(Shape{24});
  EXPECT_NE(nc.storage(), t.storage());  // non-contiguous input needs a copy
}

TEST(Tensor, RefusesAbsurdSizes) {
  try {
    Tensor::empty(DType::Float64, Shape{1LL << 40, 1LL << 20});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.status(), Status::OutOfMemory);
  }
}

TEST(Shape, BroadcastFollowsNumPy) {
  EXPECT_EQ(broadcast_shapes(Shape{2, 1, 3}, Shape{4, 1}), (Shape{2, 4, 3}));
  EXPECT_EQ(broadcast_shapes(Shape{}, Shape{5}), (Shape{5}));
  EXPECT_EQ(broadcast_shapes(Shape{0, 3}, Shape{1, 3}), (Shape{0, 3}));
  EXPECT_THROW(broadcast_shapes(Shape{2, 3}, Shape{4}), Error);
}

TEST(Shape, AtMostEightDimensions) {
  int64_t dims[9] = {1, 1, 1, 1, 1, 1, 1, 1, 1};
  EXPECT_THROW(Shape::of(dims, 9), Error);
  EXPECT_EQ(Shape::of(dims, 8).ndim, 8);
}

TEST(Shape, NormalizeAxis) {
  EXPECT_EQ(normalize_axis(-1, 3), 2);
  EXPECT_EQ(normalize_axis(0, 3), 0);
  EXPECT_THROW(normalize_axis(3, 3), Error);
  EXPECT_THROW(normalize_axis(-4, 3), Error);
}

TEST(Storage, LargeBlocksAreReusedAndStayAligned) {
  void* first;
  {
    Tensor t = Tensor::empty(DType::Float32, Shape{1 << 20});
    first = t.data();
  }
  Tensor again = Tensor::empty(DType::Float32, Shape{(1 << 20) - 7});  // same 64 KiB size class
  EXPECT_EQ(again.data(), first);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(again.data()) % 64, 0u);
  Tensor z = Tensor::zeros(DType::Float32, Shape{1 << 20});  // reused blocks are still zeroed by zeros()
  for (int64_t i = 0; i < z.numel(); i += 4099) ASSERT_EQ(z.data_as<float>()[i], 0.0f);
  release_cached_blocks();
}

TEST(Tensor, ZeroSizeTensorsAreContiguousAndReshape) {
  Tensor t = Tensor::empty(DType::Float32, Shape{0, 3});
  EXPECT_TRUE(t.is_contiguous());
  Tensor r = t.reshape(Shape{3, 0});
  EXPECT_EQ(r.shape(), (Shape{3, 0}));
  EXPECT_EQ(r.storage(), t.storage());
}
