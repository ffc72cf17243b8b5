#include "tessera/core/storage.h"

#include <cstdlib>
#include <new>

#include "tessera/core/error.h"

namespace tsr {

std::shared_ptr<Storage> Storage::allocate(size_t nbytes) {
  size_t rounded = (nbytes + kAlignment - 1) / kAlignment * kAlignment;
  if (rounded == 0) rounded = kAlignment;  // zero-element tensors still get a valid address
  void* p = std::aligned_alloc(kAlignment, rounded);
  if (!p) fail(Status::OutOfMemory, "out of memory allocating " + std::to_string(nbytes) + " bytes");
  try {
    return std::make_shared<Storage>(p, nbytes, nullptr, nullptr, true);
  } catch (const std::bad_alloc&) {
    std::free(p);
    throw;
  }
}

std::shared_ptr<Storage> Storage::wrap(void* data, size_t nbytes, ExternalDeleter deleter, void* user) {
  return std::make_shared<Storage>(data, nbytes, deleter, user, false);
}

Storage::~Storage() {
  if (owned_) std::free(data_);
  else if (deleter_) deleter_(data_, user_);
}

}  // namespace tsr
