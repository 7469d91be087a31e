// The store as request handlers share it. The embedded store is one object per thread, and the
// server answers on a pool of threads, so handlers take turns on one open store; each call is a
// short read or one transaction.
#pragma once

#include <memory>
#include <mutex>
#include <utility>

#include "core/result.hpp"
#include "serve/api_error.hpp"
#include "store/report_store.hpp"
#include "store/review_store.hpp"

namespace truce::serve {

class SharedStore {
 public:
  SharedStore(std::unique_ptr<ReportStore> store, std::unique_ptr<ReviewStore> reviews)
      : store_(std::move(store)), reviews_(std::move(reviews)) {}

  // Runs `use(store)` alone and returns what it returns.
  template <typename Use>
  auto with(Use&& use) {
    std::lock_guard lock(mutex_);
    return use(*store_);
  }
  // Runs `use(reviews)` alone: tokens and analysts' reviews.
  template <typename Use>
  auto with_reviews(Use&& use) {
    std::lock_guard lock(mutex_);
    return use(*reviews_);
  }

 private:
  std::mutex mutex_;
  std::unique_ptr<ReportStore> store_;
  std::unique_ptr<ReviewStore> reviews_;
};

// The value of `result`, or throws ApiError(500) with the store's one-line message.
template <typename T>
T value_or_throw(Result<T> result) {
  if (!result) throw ApiError(500, "", result.error().message);
  return std::move(*result);
}

}  // namespace truce::serve
