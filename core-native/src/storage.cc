#include "tessera/core/storage.h"

#include <cstdlib>
#include <mutex>
#include <new>
#include <unordered_map>
#include <vector>

#include "tessera/core/error.h"

namespace tsr {
namespace {

// Large blocks are kept for reuse: a fresh multi-megabyte block costs a page fault per 4 KiB on
// first touch, which made a 16M-element add three times slower than the add itself. Sizes are
// rounded to 64 KiB so nearby sizes share blocks; at most kCacheLimit bytes stay cached.
constexpr size_t kCacheMin = 256 << 10;
constexpr size_t kCacheGranule = 64 << 10;
constexpr size_t kCacheLimit = size_t{1} << 30;

struct BlockCache {
  std::mutex mu;
  std::unordered_map<size_t, std::vector<void*>> free_blocks;
  size_t cached = 0;
};
BlockCache& cache() {
  static BlockCache* c = new BlockCache();  // leaked: blocks may be freed during static destruction
  return *c;
}

size_t block_size(size_t nbytes) {
  size_t rounded = (nbytes + Storage::kAlignment - 1) / Storage::kAlignment * Storage::kAlignment;
  if (rounded == 0) rounded = Storage::kAlignment;  // zero-element tensors still get a valid address
  if (rounded >= kCacheMin) rounded = (rounded + kCacheGranule - 1) / kCacheGranule * kCacheGranule;
  return rounded;
}

void* take_block(size_t size) {
  if (size >= kCacheMin) {
    BlockCache& c = cache();
    std::lock_guard<std::mutex> lk(c.mu);
    auto it = c.free_blocks.find(size);
    if (it != c.free_blocks.end() && !it->second.empty()) {
      void* p = it->second.back();
      it->second.pop_back();
      c.cached -= size;
      return p;
    }
  }
  return std::aligned_alloc(Storage::kAlignment, size);
}

void give_block(void* p, size_t size) {
  if (size >= kCacheMin) {
    BlockCache& c = cache();
    std::lock_guard<std::mutex> lk(c.mu);
    if (c.cached + size <= kCacheLimit) {
      c.free_blocks[size].push_back(p);
      c.cached += size;
      return;
    }
  }
  std::free(p);
}

}  // namespace

void release_cached_blocks() {
  BlockCache& c = cache();
  std::lock_guard<std::mutex> lk(c.mu);
  for (auto& [size, blocks] : c.free_blocks)
    for (void* p : blocks) std::free(p);
  c.free_blocks.clear();
  c.cached = 0;
}

std::shared_ptr<Storage> Storage::allocate(size_t nbytes) {
  const size_t size = block_size(nbytes);
  void* p = take_block(size);
  if (!p) fail(Status::OutOfMemory, "out of memory allocating " + std::to_string(nbytes) + " bytes");
  try {
    return std::make_shared<Storage>(p, nbytes, nullptr, nullptr, true);
  } catch (const std::bad_alloc&) {
    give_block(p, size);
    throw;
  }
}

std::shared_ptr<Storage> Storage::wrap(void* data, size_t nbytes, ExternalDeleter deleter, void* user) {
  return std::make_shared<Storage>(data, nbytes, deleter, user, false);
}

Storage::~Storage() {
  if (owned_) give_block(data_, block_size(nbytes_));
  else if (deleter_) deleter_(data_, user_);
}

}  // namespace tsr
