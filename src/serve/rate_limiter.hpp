// A token bucket per client address: bursts up to `burst` requests, then `per_second`. Keeps the
// server answering when one client loops; a browser loading the dashboard stays far below it.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace truce::serve {

class RateLimiter {
 public:
  explicit RateLimiter(double per_second = 50, double burst = 300)
      : per_second_(per_second), burst_(burst) {}

  // True when `client` may make a request now (and counts it).
  bool allow(const std::string& client);

 private:
  using Clock = std::chrono::steady_clock;
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };
  double per_second_;
  double burst_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace truce::serve
