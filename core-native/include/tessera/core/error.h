// The engine's one exception type. It carries the status code that the C API returns and,
// where known, the operator and the argument at fault, so every binding can name them.
#pragma once
#include <stdexcept>
#include <string>

namespace tsr {

// Mirrors tsr_status in c_api.h (append only).
enum class Status : int32_t {
  Ok = 0,
  InvalidArgument = 1,
  ShapeMismatch = 2,
  DTypeMismatch = 3,
  InvalidAttribute = 4,
  NotFound = 5,
  InvalidHandle = 6,
  OutOfMemory = 7,
  Unsupported = 8,
  Internal = 9,
};

class Error : public std::runtime_error {
 public:
  Error(Status status, std::string message, std::string op = {}, std::string arg = {})
      : std::runtime_error(std::move(message)), status_(status), op_(std::move(op)), arg_(std::move(arg)) {}
  Status status() const { return status_; }
  const std::string& op() const { return op_; }
  const std::string& arg() const { return arg_; }
  void set_op(const std::string& op) { if (op_.empty()) op_ = op; }

 private:
  Status status_;
  std::string op_;
  std::string arg_;
};

[[noreturn]] inline void fail(Status s, std::string msg, std::string arg = {}) {
  throw Error(s, std::move(msg), {}, std::move(arg));
}

}  // namespace tsr
