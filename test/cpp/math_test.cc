// The "math" family against std:: functions and reference loops written here: special values
// (NaN, +-inf, +-0), both float dtypes, strided and large (multi-threaded) inputs, integer mod
// signs, clip bounds, and the errors bad input gets.
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <string>

#include "tessera/core/autograd.h"
#include "test_util.h"

using namespace tsr;
using namespace tsr::test;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::vector<double> kSpecial = {kNaN, kInf, -kInf, 0.0, -0.0, 1e-300, -1e-300, 0.5, -0.5, 1, -1, 0.999, -0.999,
                                      1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 100, -100, 1e10, -1e10, 1e300, -1e300};

// Bool tensors as 0/1 ints (std::vector<bool> has no data()).
std::vector<int> bools(const Tensor& t) {
  auto v = values<uint8_t>(t);
  return std::vector<int>(v.begin(), v.end());
}
Tensor make_bool(const Shape& s, const std::vector<int>& v) {
  Tensor t = Tensor::empty(DType::Bool, s);
  for (size_t i = 0; i < v.size(); ++i) t.data_as<bool>()[i] = v[i] != 0;
  return t;
}

// got equals want: both NaN, the same infinity, or within rel * (1 + |want|).
template <typename T>
void expect_close(T got, double want, double rel, const std::string& what) {
  if (std::isnan(want)) {
    EXPECT_TRUE(std::isnan(got)) << what << ": got " << got;
  } else if (std::isinf(want) || std::isinf(static_cast<double>(got))) {
    EXPECT_EQ(static_cast<double>(got), want) << what;
  } else {
    EXPECT_NEAR(static_cast<double>(got), want, rel * (1 + std::fabs(want))) << what;
  }
}

template <typename T>
std::vector<T> cast_all(const std::vector<double>& v) {
  std::vector<T> out;
  for (double x : v) out.push_back(static_cast<T>(x));
  return out;
}

// Runs `op` on kSpecial in float32 and float64 and compares with ref evaluated in the same dtype.
void check_unary(const char* op, double (*ref64)(double), float (*ref32)(float), double rel64 = 1e-15, double rel32 = 1e-6) {
  SCOPED_TRACE(op);
  const int64_t n = static_cast<int64_t>(kSpecial.size());
  auto got64 = values<double>(run(op, {make<double>(Shape{n}, kSpecial)}));
  auto in32 = cast_all<float>(kSpecial);
  auto got32 = values<float>(run(op, {make<float>(Shape{n}, in32)}));
  for (int64_t i = 0; i < n; ++i) {
    expect_close(got64[i], ref64(kSpecial[i]), rel64, "float64 x=" + std::to_string(kSpecial[i]));
    expect_close(got32[i], static_cast<double>(ref32(in32[i])), rel32, "float32 x=" + std::to_string(in32[i]));
  }
}

std::vector<double> random_doubles(size_t n, double lo, double hi, unsigned seed) {
  std::mt19937 g(seed);
  std::uniform_real_distribution<double> u(lo, hi);
  std::vector<double> v(n);
  for (auto& x : v) x = u(g);
  return v;
}

}  // namespace

TEST(Math, UnaryFunctionsMatchStd) {
  check_unary("erf", [](double x) { return std::erf(x); }, [](float x) { return std::erf(x); });
  check_unary("reciprocal", [](double x) { return 1 / x; }, [](float x) { return 1 / x; });
  check_unary("sin", [](double x) { return std::sin(x); }, [](float x) { return std::sin(x); });
  check_unary("cos", [](double x) { return std::cos(x); }, [](float x) { return std::cos(x); });
  check_unary("tan", [](double x) { return std::tan(x); }, [](float x) { return std::tan(x); });
  check_unary("asin", [](double x) { return std::asin(x); }, [](float x) { return std::asin(x); });
  check_unary("acos", [](double x) { return std::acos(x); }, [](float x) { return std::acos(x); });
  check_unary("atan", [](double x) { return std::atan(x); }, [](float x) { return std::atan(x); });
  check_unary("sinh", [](double x) { return std::sinh(x); }, [](float x) { return std::sinh(x); });
  check_unary("cosh", [](double x) { return std::cosh(x); }, [](float x) { return std::cosh(x); });
  check_unary("asinh", [](double x) { return std::asinh(x); }, [](float x) { return std::asinh(x); });
  check_unary("acosh", [](double x) { return std::acosh(x); }, [](float x) { return std::acosh(x); });
  check_unary("atanh", [](double x) { return std::atanh(x); }, [](float x) { return std::atanh(x); });
}

TEST(Math, DomainEdgesGiveNaNOrInfinity) {
  auto v = [](const char* op, std::vector<double> x) { return values<double>(run(op, {make<double>(Shape{static_cast<int64_t>(x.size())}, x)})); };
  auto as = v("asin", {1.0000001, -2});
  EXPECT_TRUE(std::isnan(as[0]) && std::isnan(as[1]));
  auto ac = v("acosh", {0.5, 1});
  EXPECT_TRUE(std::isnan(ac[0]));
  EXPECT_EQ(ac[1], 0);
  auto at = v("atanh", {1, -1, 2});
  EXPECT_EQ(at[0], kInf);
  EXPECT_EQ(at[1], -kInf);
  EXPECT_TRUE(std::isnan(at[2]));
  auto e = v("erf", {kInf, -kInf, -0.0});
  EXPECT_EQ(e[0], 1);
  EXPECT_EQ(e[1], -1);
  EXPECT_TRUE(e[2] == 0 && std::signbit(e[2]));
  auto r = v("reciprocal", {0.0, -0.0});
  EXPECT_EQ(r[0], kInf);
  EXPECT_EQ(r[1], -kInf);
  auto s = v("sin", {kInf, -0.0});
  EXPECT_TRUE(std::isnan(s[0]));
  EXPECT_TRUE(s[1] == 0 && std::signbit(s[1]));
}

TEST(Math, FloorCeilRoundAreExactAndKeepTheSignOfZero) {
  const int64_t n = static_cast<int64_t>(kSpecial.size());
  Tensor x = make<double>(Shape{n}, kSpecial);
  auto fl = values<double>(run("floor", {x}));
  auto ce = values<double>(run("ceil", {x}));
  auto ro = values<double>(run("round", {x}));
  for (int64_t i = 0; i < n; ++i) {
    const double v = kSpecial[i];
    SCOPED_TRACE(v);
    // Reference: round half to even written out with floor.
    double want_round = v;
    if (std::isfinite(v)) {
      const double f = std::floor(v), d = v - f;
      want_round = d > 0.5 || (d == 0.5 && std::fmod(f, 2) != 0) ? f + 1 : f;
      if (want_round == 0) want_round = std::copysign(0.0, v);
    }
    if (std::isnan(v)) {
      EXPECT_TRUE(std::isnan(fl[i]) && std::isnan(ce[i]) && std::isnan(ro[i]));
      continue;
    }
    EXPECT_EQ(fl[i], std::floor(v));
    EXPECT_EQ(std::signbit(fl[i]), std::signbit(std::floor(v)));
    EXPECT_EQ(ce[i], std::ceil(v));
    EXPECT_EQ(std::signbit(ce[i]), std::signbit(std::ceil(v)));
    EXPECT_EQ(ro[i], want_round);
    EXPECT_EQ(std::signbit(ro[i]), std::signbit(want_round));
  }
  // Halfway cases in float32 go to the even neighbour.
  auto r32 = values<float>(run("round", {make<float>(Shape{8}, {0.5f, 1.5f, 2.5f, 3.5f, -0.5f, -1.5f, -2.5f, 2.5000002f})}));
  EXPECT_EQ(r32, (std::vector<float>{0, 2, 2, 4, -0.0f, -2, -2, 3}));
  EXPECT_TRUE(std::signbit(r32[4]));
  EXPECT_TRUE(std::signbit(values<float>(run("ceil", {make<float>(Shape{1}, {-0.5f})}))[0]));
}

TEST(Math, SignOfEveryDtype) {
  auto f = values<double>(run("sign", {make<double>(Shape{6}, {-2.5, -0.0, 0.0, 1e-300, kNaN, -kInf})}));
  EXPECT_EQ(f[0], -1);
  EXPECT_TRUE(f[1] == 0 && !std::signbit(f[1]));  // as numpy.sign
  EXPECT_TRUE(f[2] == 0 && !std::signbit(f[2]));
  EXPECT_EQ(f[3], 1);
  EXPECT_TRUE(std::isnan(f[4]));
  EXPECT_EQ(f[5], -1);
  EXPECT_EQ(values<int32_t>(run("sign", {make<int32_t>(Shape{4}, {INT32_MIN, -1, 0, INT32_MAX})})), (std::vector<int32_t>{-1, -1, 0, 1}));
  EXPECT_EQ(values<int64_t>(run("sign", {make<int64_t>(Shape{3}, {INT64_MIN, 0, 9})})), (std::vector<int64_t>{-1, 0, 1}));
  EXPECT_EQ(values<uint8_t>(run("sign", {make<uint8_t>(Shape{3}, {0, 1, 255})})), (std::vector<uint8_t>{0, 1, 1}));
  EXPECT_TSR_ERROR(run("sign", {make_bool(Shape{1}, {true})}), Status::DTypeMismatch, "x");
}

TEST(Math, FloatOnlyOperatorsRejectIntegers) {
  for (const char* op : {"erf", "floor", "ceil", "round", "reciprocal", "sin", "acosh", "isnan", "isinf"}) {
    SCOPED_TRACE(op);
    EXPECT_TSR_ERROR(run(op, {make<int32_t>(Shape{2}, {1, 2})}), Status::DTypeMismatch, "x");
  }
}

TEST(Math, LargeStridedInputsMatchTheFlatLoop) {
  // 300 x 500 transposed view: the strided path split over the thread pool.
  auto v = random_doubles(150000, -4, 4, 11);
  Tensor xt = run("transpose", {make<double>(Shape{300, 500}, v)});
  auto got = values<double>(run("atan", {xt}));
  for (int i = 0; i < 500; ++i)
    for (int j = 0; j < 300; ++j) ASSERT_EQ(got[i * 300 + j], std::atan(v[j * 500 + i])) << i << "," << j;
  auto big = values<double>(run("cosh", {make<double>(Shape{150000}, v)}));
  for (size_t i = 0; i < v.size(); ++i) ASSERT_EQ(big[i], std::cosh(v[i])) << i;
}

TEST(Math, IsNaNAndIsInf) {
  Tensor x = make<float>(Shape{6}, {NAN, INFINITY, -INFINITY, 0.0f, -0.0f, 3e38f});
  EXPECT_EQ(bools(run("isnan", {x})), (std::vector<int>{true, false, false, false, false, false}));
  EXPECT_EQ(bools(run("isinf", {x})), (std::vector<int>{false, true, true, false, false, false}));
  EXPECT_EQ(bools(run("isinf", {x}, {boolean("detect_negative", false)})), (std::vector<int>{false, true, false, false, false, false}));
  EXPECT_EQ(bools(run("isinf", {x}, {boolean("detect_positive", false)})), (std::vector<int>{false, false, true, false, false, false}));
  EXPECT_EQ(bools(run("isinf", {x}, {boolean("detect_positive", false), boolean("detect_negative", false)})),
            (std::vector<int>(6, false)));
  Tensor y = run("isnan", {make<double>(Shape{2, 1}, {kNaN, 1})});
  EXPECT_EQ(y.dtype(), DType::Bool);
  EXPECT_EQ(y.shape(), (Shape{2, 1}));
  EXPECT_TSR_ERROR(run("isinf", {x}, {i64("detect_positive", 1)}), Status::InvalidAttribute, "detect_positive");
}

namespace {
// Reference remainders written from their definitions (quotient rounded toward -inf or 0).
template <typename T>
T python_mod(T a, T b) {
  if (b == 0) return 0;
  const int64_t q = static_cast<int64_t>(std::floor(static_cast<double>(a) / static_cast<double>(b)));
  return static_cast<T>(static_cast<int64_t>(a) - q * static_cast<int64_t>(b));
}
template <typename T>
T c_mod(T a, T b) {
  if (b == 0) return 0;
  const int64_t q = static_cast<int64_t>(std::trunc(static_cast<double>(a) / static_cast<double>(b)));
  return static_cast<T>(static_cast<int64_t>(a) - q * static_cast<int64_t>(b));
}

template <typename T>
void check_integer_mod(T lo, T hi, T blo, T bhi) {
  std::vector<T> a, b;
  for (T x = lo;; ++x) {
    for (T y = blo;; ++y) {
      a.push_back(x);
      b.push_back(y);
      if (y == bhi) break;
    }
    if (x == hi) break;
  }
  const int64_t n = static_cast<int64_t>(a.size());
  auto py = values<T>(run("mod", {make<T>(Shape{n}, a), make<T>(Shape{n}, b)}));
  auto cm = values<T>(run("mod", {make<T>(Shape{n}, a), make<T>(Shape{n}, b)}, {boolean("fmod", true)}));
  for (int64_t i = 0; i < n; ++i) {
    EXPECT_EQ(py[i], python_mod(a[i], b[i])) << +a[i] << " mod " << +b[i];
    EXPECT_EQ(cm[i], c_mod(a[i], b[i])) << +a[i] << " fmod " << +b[i];
  }
}
}  // namespace

TEST(Math, IntegerModSignsFollowTheDivisorOrTheDividend) {
  check_integer_mod<int32_t>(-20, 20, -7, 7);
  check_integer_mod<int64_t>(-13, 13, -5, 5);
  check_integer_mod<uint8_t>(0, 255, 0, 9);
  // Python semantics spelled out: the sign of b; fmod: the sign of a.
  EXPECT_EQ(values<int32_t>(run("mod", {make<int32_t>(Shape{4}, {-7, 7, -7, 7}), make<int32_t>(Shape{4}, {3, -3, -3, 3})})),
            (std::vector<int32_t>{2, -2, -1, 1}));
  EXPECT_EQ(values<int32_t>(run("mod", {make<int32_t>(Shape{4}, {-7, 7, -7, 7}), make<int32_t>(Shape{4}, {3, -3, -3, 3})}, {boolean("fmod", true)})),
            (std::vector<int32_t>{-1, 1, -1, 1}));
}

TEST(Math, IntegerModByZeroAndOverflowDoNotTrap) {
  for (bool f : {false, true}) {
    auto r32 = values<int32_t>(run("mod", {make<int32_t>(Shape{4}, {5, INT32_MIN, INT32_MIN, INT32_MAX}), make<int32_t>(Shape{4}, {0, -1, 0, INT32_MIN})},
                                    {boolean("fmod", f)}));
    EXPECT_EQ(r32[0], 0);
    EXPECT_EQ(r32[1], 0);
    EXPECT_EQ(r32[2], 0);
    // INT32_MAX mod INT32_MIN: C gives INT32_MAX; the floored remainder (sign of b) is -1.
    EXPECT_EQ(r32[3], f ? INT32_MAX : -1);
    auto r64 = values<int64_t>(run("mod", {make<int64_t>(Shape{2}, {INT64_MIN, 3}), make<int64_t>(Shape{2}, {-1, 0})}, {boolean("fmod", f)}));
    EXPECT_EQ(r64, (std::vector<int64_t>{0, 0}));
  }
}

TEST(Math, FloatModIsCFmod) {
  const std::vector<double> a = {5.5, -5.5, 5.5, -5.5, 0.0, -0.0, kInf, 1, kNaN, 3, 1e300, 7.25};
  const std::vector<double> b = {2, 2, -2, -2, 3, 3, 2, kInf, 1, 0, 3, -0.5};
  const int64_t n = static_cast<int64_t>(a.size());
  auto got = values<double>(run("mod", {make<double>(Shape{n}, a), make<double>(Shape{n}, b)}, {boolean("fmod", true)}));
  for (int64_t i = 0; i < n; ++i) {
    const double want = std::fmod(a[i], b[i]);
    SCOPED_TRACE(std::to_string(a[i]) + " fmod " + std::to_string(b[i]));
    if (std::isnan(want)) {
      EXPECT_TRUE(std::isnan(got[i]));
    } else {
      EXPECT_EQ(got[i], want);
      EXPECT_EQ(std::signbit(got[i]), std::signbit(want));
    }
  }
  // float32 with broadcasting: [2, 3] mod [3]
  auto g32 = values<float>(run("mod", {make<float>(Shape{2, 3}, {7, -7, 7.5f, 1, 2, 3}), make<float>(Shape{3}, {2, 3, -4})}, {boolean("fmod", true)}));
  EXPECT_EQ(g32, (std::vector<float>{1, -1, 3.5f, 1, 2, 3}));
}

TEST(Math, ModErrors) {
  Tensor f = make<float>(Shape{2}, {1, 2});
  // Floats need fmod=true, as in ONNX.
  EXPECT_TSR_ERROR(run("mod", {f, f}), Status::InvalidAttribute, "fmod");
  EXPECT_TSR_ERROR(run("mod", {f, make<double>(Shape{2}, {1, 2})}, {boolean("fmod", true)}), Status::DTypeMismatch, "b");
  EXPECT_TSR_ERROR(run("mod", {make<int32_t>(Shape{2}, {1, 2}), make<int32_t>(Shape{3}, {1, 2, 3})}), Status::ShapeMismatch, "b");
  EXPECT_TSR_ERROR(run("mod", {make_bool(Shape{1}, {true}), make_bool(Shape{1}, {true})}), Status::DTypeMismatch, "a");
}

TEST(Math, ClipBounds) {
  const int64_t n = static_cast<int64_t>(kSpecial.size());
  Tensor x = make<double>(Shape{n}, kSpecial);
  // Defaults are -inf and inf: the identity, infinities and NaN included.
  auto id = values<double>(run("clip", {x}));
  for (int64_t i = 0; i < n; ++i) {
    if (std::isnan(kSpecial[i])) EXPECT_TRUE(std::isnan(id[i]));
    else EXPECT_EQ(id[i], kSpecial[i]);
  }
  auto c = values<double>(run("clip", {x}, {f64("min", -1.5), f64("max", 2)}));
  for (int64_t i = 0; i < n; ++i) {
    const double v = kSpecial[i];
    if (std::isnan(v)) EXPECT_TRUE(std::isnan(c[i]));
    else EXPECT_EQ(c[i], std::min(std::max(v, -1.5), 2.0)) << v;
  }
  // min > max: everything becomes max (ONNX, numpy.clip).
  EXPECT_EQ(values<float>(run("clip", {make<float>(Shape{3}, {-5, 0, 5})}, {f64("min", 3), f64("max", 1)})), (std::vector<float>{1, 1, 1}));
  // Only one bound.
  EXPECT_EQ(values<float>(run("clip", {make<float>(Shape{3}, {-5, 0, 5})}, {f64("min", -1)})), (std::vector<float>{-1, 0, 5}));
}

TEST(Math, ClipIntegersRoundBoundsInwardAndSaturate) {
  Tensor x = make<int32_t>(Shape{5}, {-10, -1, 0, 1, 10});
  EXPECT_EQ(values<int32_t>(run("clip", {x}, {f64("min", -0.5), f64("max", 2.9)})), (std::vector<int32_t>{0, 0, 0, 1, 2}));
  EXPECT_EQ(values<int32_t>(run("clip", {x}, {f64("min", -1e300), f64("max", 1e300)})), (std::vector<int32_t>{-10, -1, 0, 1, 10}));
  EXPECT_EQ(values<int64_t>(run("clip", {make<int64_t>(Shape{2}, {INT64_MIN, INT64_MAX})}, {f64("min", -5)})),
            (std::vector<int64_t>{-5, INT64_MAX}));
  EXPECT_EQ(values<uint8_t>(run("clip", {make<uint8_t>(Shape{3}, {0, 100, 255})}, {f64("min", -3), f64("max", 200)})),
            (std::vector<uint8_t>{0, 100, 200}));
  EXPECT_EQ(values<uint8_t>(run("clip", {make<uint8_t>(Shape{2}, {0, 100})}, {f64("min", 300)})), (std::vector<uint8_t>{255, 255}));
}

TEST(Math, ClipErrors) {
  Tensor x = make<float>(Shape{2}, {1, 2});
  EXPECT_TSR_ERROR(run("clip", {x}, {f64("min", kNaN)}), Status::InvalidAttribute, "min");
  EXPECT_TSR_ERROR(run("clip", {x}, {f64("max", kNaN)}), Status::InvalidAttribute, "max");
  EXPECT_TSR_ERROR(run("clip", {x}, {i64("min", 0)}), Status::InvalidAttribute, "min");
  EXPECT_TSR_ERROR(run("clip", {make_bool(Shape{1}, {true})}), Status::DTypeMismatch, "x");
}

TEST(Math, LargeClipMatchesTheLoop) {
  auto v = random_doubles(200003, -3, 3, 12);
  std::vector<float> vf(v.begin(), v.end());
  auto got = values<float>(run("clip", {make<float>(Shape{200003}, vf)}, {f64("min", -1), f64("max", 0.5)}));
  for (size_t i = 0; i < vf.size(); ++i) ASSERT_EQ(got[i], std::min(std::max(vf[i], -1.0f), 0.5f)) << i;
}

TEST(Math, InclusiveComparisons) {
  const std::vector<double> a = {1, 2, 3, kNaN, -kInf, kInf, -0.0};
  const std::vector<double> b = {2, 2, 2, 1, -kInf, 1, 0.0};
  const int64_t n = static_cast<int64_t>(a.size());
  auto le = bools(run("less_equal", {make<double>(Shape{n}, a), make<double>(Shape{n}, b)}));
  auto ge = bools(run("greater_equal", {make<double>(Shape{n}, a), make<double>(Shape{n}, b)}));
  for (int64_t i = 0; i < n; ++i) {
    EXPECT_EQ(le[i], a[i] <= b[i]) << i;
    EXPECT_EQ(ge[i], a[i] >= b[i]) << i;
  }
  // Broadcast [2, 1] against [3], integers and bools.
  Tensor y = run("less_equal", {make<int32_t>(Shape{2, 1}, {1, 3}), make<int32_t>(Shape{3}, {0, 1, 2})});
  EXPECT_EQ(y.shape(), (Shape{2, 3}));
  EXPECT_EQ(bools(y), (std::vector<int>{false, true, true, false, false, false}));
  EXPECT_EQ(bools(run("greater_equal", {make<uint8_t>(Shape{3}, {0, 200, 255}), make<uint8_t>(Shape{}, {200})})),
            (std::vector<int>{false, true, true}));
  EXPECT_EQ(bools(run("greater_equal", {make_bool(Shape{2}, {false, true}), make_bool(Shape{}, {true})})), (std::vector<int>{false, true}));
  EXPECT_TSR_ERROR(run("less_equal", {make<int32_t>(Shape{1}, {1}), make<int64_t>(Shape{1}, {1})}), Status::DTypeMismatch, "b");
  EXPECT_TSR_ERROR(run("greater_equal", {make<int32_t>(Shape{2}, {1, 2}), make<int32_t>(Shape{3}, {1, 2, 3})}), Status::ShapeMismatch, "b");
}

namespace {
struct Recording {
  bool prev;
  Recording() : prev(autograd::set_recording(true)) {}
  ~Recording() { autograd::set_recording(prev); }
};
// d(sum(op(x)))/dx through the tape.
std::vector<double> grad_of(const char* op, std::vector<double> xv, std::vector<Attr> attrs = {}) {
  Tensor x = make<double>(Shape{static_cast<int64_t>(xv.size())}, xv);
  autograd::attach_grad(x);
  Tensor y;
  {
    Recording r;
    y = run("sum", {run(op, {x}, attrs)});
  }
  autograd::backward({y}, {});
  return values<double>(x.autograd_meta()->grad);
}
}  // namespace

TEST(Math, PiecewiseConstantOperatorsHaveZeroGradients) {
  for (const char* op : {"floor", "ceil", "round", "sign"}) {
    SCOPED_TRACE(op);
    EXPECT_EQ(grad_of(op, {-1.3, 0.2, 2.7}), (std::vector<double>{0, 0, 0}));
  }
}

TEST(Math, ClipGradientPassesOnlyInside) {
  EXPECT_EQ(grad_of("clip", {-2, -1, 0, 1, 2}, {f64("min", -1), f64("max", 1)}), (std::vector<double>{0, 1, 1, 1, 0}));
  // min > max: the output is constant.
  EXPECT_EQ(grad_of("clip", {-2, 0, 2}, {f64("min", 1), f64("max", -1)}), (std::vector<double>{0, 0, 0}));
}

TEST(Math, ModGradientWithRespectToBothOperands) {
  // y = fmod(a, b) = a - trunc(a / b) * b: dy/da = 1, dy/db = -trunc(a / b).
  Tensor a = make<double>(Shape{3}, {7.5, -7.5, 1});
  Tensor b = make<double>(Shape{3}, {2, 2, 3});
  autograd::attach_grad(a);
  autograd::attach_grad(b);
  Tensor y;
  {
    Recording r;
    y = run("sum", {run("mod", {a, b}, {boolean("fmod", true)})});
  }
  autograd::backward({y}, {});
  EXPECT_EQ(values<double>(a.autograd_meta()->grad), (std::vector<double>{1, 1, 1}));
  EXPECT_EQ(values<double>(b.autograd_meta()->grad), (std::vector<double>{-3, 3, 0}));
}
