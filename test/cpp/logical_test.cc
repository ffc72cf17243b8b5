// The "logical" family: boolean logic with broadcasting, bitwise operations against reference
// loops for every integer dtype, and dtype errors.
#include <cstdint>
#include <limits>
#include <random>

#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {
std::vector<int> bools(const Tensor& t) {
  auto v = values<uint8_t>(t);
  return std::vector<int>(v.begin(), v.end());
}
Tensor make_bool(const Shape& s, const std::vector<int>& v) {
  Tensor t = Tensor::empty(DType::Bool, s);
  for (size_t i = 0; i < v.size(); ++i) t.data_as<bool>()[i] = v[i] != 0;
  return t;
}

template <typename T>
std::vector<T> random_ints(size_t n, unsigned seed) {
  std::mt19937_64 g(seed);
  std::vector<T> v(n);
  for (auto& x : v) x = static_cast<T>(g());
  v[0] = std::numeric_limits<T>::min();
  v[1] = std::numeric_limits<T>::max();
  v[2] = 0;
  return v;
}

template <typename T>
void check_bitwise() {
  const size_t n = 100003;  // above the parallel threshold
  auto a = random_ints<T>(n, 1), b = random_ints<T>(n, 2);
  Tensor ta = make<T>(Shape{static_cast<int64_t>(n)}, a), tb = make<T>(Shape{static_cast<int64_t>(n)}, b);
  auto and_ = values<T>(run("bitwise_and", {ta, tb}));
  auto or_ = values<T>(run("bitwise_or", {ta, tb}));
  auto xor_ = values<T>(run("bitwise_xor", {ta, tb}));
  auto not_ = values<T>(run("bitwise_not", {ta}));
  for (size_t i = 0; i < n; ++i) {
    ASSERT_EQ(and_[i], static_cast<T>(a[i] & b[i])) << i;
    ASSERT_EQ(or_[i], static_cast<T>(a[i] | b[i])) << i;
    ASSERT_EQ(xor_[i], static_cast<T>(a[i] ^ b[i])) << i;
    ASSERT_EQ(not_[i], static_cast<T>(~a[i])) << i;
  }
}
}  // namespace

TEST(Logical, TruthTablesWithBroadcasting) {
  // a [2, 1] against b [2]: rows a=F and a=T, columns b=F and b=T.
  Tensor a = make_bool(Shape{2, 1}, {0, 1});
  Tensor b = make_bool(Shape{2}, {0, 1});
  Tensor y = run("logical_and", {a, b});
  EXPECT_EQ(y.shape(), (Shape{2, 2}));
  EXPECT_EQ(y.dtype(), DType::Bool);
  EXPECT_EQ(bools(y), (std::vector<int>{0, 0, 0, 1}));
  EXPECT_EQ(bools(run("logical_or", {a, b})), (std::vector<int>{0, 1, 1, 1}));
  EXPECT_EQ(bools(run("logical_xor", {a, b})), (std::vector<int>{0, 1, 1, 0}));
  EXPECT_EQ(bools(run("logical_not", {make_bool(Shape{3}, {1, 0, 1})})), (std::vector<int>{0, 1, 0}));
}

TEST(Logical, LargeAndStridedInputs) {
  const int64_t n = 70001;
  std::vector<int> va(n), vb(n);
  std::mt19937 g(3);
  for (int64_t i = 0; i < n; ++i) {
    va[i] = g() & 1;
    vb[i] = g() & 1;
  }
  auto got = bools(run("logical_xor", {make_bool(Shape{n}, va), make_bool(Shape{n}, vb)}));
  for (int64_t i = 0; i < n; ++i) ASSERT_EQ(got[i], va[i] ^ vb[i]) << i;
  // A transposed view goes through the strided loop.
  Tensor t = run("transpose", {make_bool(Shape{2, 3}, {1, 0, 0, 1, 1, 0})});  // [[1,1],[0,1],[0,0]]
  EXPECT_EQ(bools(run("logical_not", {t})), (std::vector<int>{0, 0, 1, 0, 1, 1}));
}

TEST(Logical, BitwiseMatchesTheCppOperatorsForEveryIntegerDtype) {
  check_bitwise<int32_t>();
  check_bitwise<int64_t>();
  check_bitwise<uint8_t>();
}

TEST(Logical, BitwiseBroadcastsAScalar) {
  Tensor y = run("bitwise_and", {make<int32_t>(Shape{2, 2}, {0xF0, 0x0F, -1, 6}), make<int32_t>(Shape{}, {0x3C})});
  EXPECT_EQ(y.shape(), (Shape{2, 2}));
  EXPECT_EQ(values<int32_t>(y), (std::vector<int32_t>{0x30, 0x0C, 0x3C, 4}));
}

TEST(Logical, DTypeErrorsNameTheInput) {
  Tensor f = make<float>(Shape{2}, {1, 0});
  Tensor i = make<int32_t>(Shape{2}, {1, 0});
  Tensor b = make_bool(Shape{2}, {1, 0});
  EXPECT_TSR_ERROR(run("logical_and", {i, b}), Status::DTypeMismatch, "a");
  EXPECT_TSR_ERROR(run("logical_or", {b, f}), Status::DTypeMismatch, "b");
  EXPECT_TSR_ERROR(run("logical_not", {f}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("bitwise_and", {f, f}), Status::DTypeMismatch, "a");
  EXPECT_TSR_ERROR(run("bitwise_or", {b, b}), Status::DTypeMismatch, "a");
  EXPECT_TSR_ERROR(run("bitwise_xor", {i, make<int64_t>(Shape{2}, {1, 0})}), Status::DTypeMismatch, "b");
  EXPECT_TSR_ERROR(run("bitwise_not", {b}), Status::DTypeMismatch, "x");
  EXPECT_TSR_ERROR(run("logical_xor", {b, make_bool(Shape{3}, {1, 0, 1})}), Status::ShapeMismatch, "b");
}
