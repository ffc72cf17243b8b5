// Reference-counted element storage: 64-byte aligned engine memory, or caller memory that the
// engine borrows without copying and hands back through a deleter when the last view goes.
#pragma once
#include <cstddef>
#include <memory>

namespace tsr {

using ExternalDeleter = void (*)(void* data, void* user);

class Storage {
 public:
  static constexpr size_t kAlignment = 64;
  // Allocates nbytes (rounded up to the alignment); throws OutOfMemory.
  static std::shared_ptr<Storage> allocate(size_t nbytes);
  // Wraps caller memory; `deleter(data, user)` runs once when the storage dies (may be null).
  static std::shared_ptr<Storage> wrap(void* data, size_t nbytes, ExternalDeleter deleter, void* user);

  Storage(void* data, size_t nbytes, ExternalDeleter deleter, void* user, bool owned)
      : data_(data), nbytes_(nbytes), deleter_(deleter), user_(user), owned_(owned) {}
  ~Storage();
  Storage(const Storage&) = delete;
  Storage& operator=(const Storage&) = delete;

  void* data() const { return data_; }
  size_t nbytes() const { return nbytes_; }
  bool external() const { return !owned_; }
  // Frozen: the engine guarantees the bytes never change again (graph constants it made itself:
  // ONNX initializers, folded values). Kernels may cache work derived from frozen data, such as
  // convolution weights reordered for oneDNN. Never set on memory a caller can still write.
  bool frozen() const { return frozen_; }
  void freeze() { frozen_ = true; }

 private:
  void* data_;
  size_t nbytes_;
  ExternalDeleter deleter_;
  void* user_;
  bool owned_;
  bool frozen_ = false;
};

// Returns the blocks kept for reuse by allocate() to the system.
void release_cached_blocks();

}  // namespace tsr
