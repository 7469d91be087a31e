// See rate_limiter.hpp.
#include "serve/rate_limiter.hpp"

#include <algorithm>

namespace truce::serve {

bool RateLimiter::allow(const std::string& client) {
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  // Forget full buckets now and then so the map does not grow with every address seen.
  if (buckets_.size() > 10000) {
    std::erase_if(buckets_, [&](const auto& entry) {
      return std::chrono::duration<double>(now - entry.second.updated).count() * per_second_ >=
             burst_;
    });
  }
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{burst_, now});
  Bucket& bucket = it->second;
  if (!fresh) {
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(burst_, bucket.tokens + elapsed * per_second_);
    bucket.updated = now;
  }
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

}  // namespace truce::serve
