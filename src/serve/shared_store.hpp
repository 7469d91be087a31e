// The store as request handlers share it. A store object is one connection for one thread at a
// time, and the server answers on a pool of threads: each handler borrows a connection of its
// own for the call (opened the first time more are busy than open), so requests read side by
// side instead of queueing behind one another (SQLite's WAL and PostgreSQL both let readers and
// a writer work at once). Each call is a short read or one transaction.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "serve/api_error.hpp"
#include "store/report_store.hpp"
#include "store/review_store.hpp"

namespace truce::serve {

// Connections to one store, lent one caller at a time.
template <typename Store>
class ConnectionPool {
 public:
  using Opener = std::function<Result<std::unique_ptr<Store>>()>;
  ConnectionPool(std::unique_ptr<Store> first, Opener open) : open_(std::move(open)) {
    idle_.push_back(std::move(first));
  }

  // Runs `use(store)` on a connection no other caller holds and returns what it returns.
  template <typename Use>
  auto with(Use&& use) {
    Lease lease(*this);
    return use(*lease.store);
  }

 private:
  struct Lease {
    explicit Lease(ConnectionPool& pool) : pool(pool), store(pool.take()) {}
    ~Lease() { pool.give_back(std::move(store)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ConnectionPool& pool;
    std::unique_ptr<Store> store;
  };

  std::unique_ptr<Store> take() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto store = std::move(idle_.back());
        idle_.pop_back();
        return store;
      }
    }
    auto opened = open_();
    if (!opened) throw ApiError(500, "", opened.error().message);
    return std::move(*opened);
  }
  void give_back(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
  }

  Opener open_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> idle_;
};

class SharedStore {
 public:
  // `store` and `reviews` are the first connections; more are opened at `location` as needed.
  SharedStore(std::unique_ptr<ReportStore> store, std::unique_ptr<ReviewStore> reviews,
              const std::string& location)
      : store_(std::move(store), [location] { return open_store(location); }),
        reviews_(std::move(reviews), [location] { return open_review_store(location); }) {}

  // Runs `use(store)` on a connection of its own and returns what it returns.
  template <typename Use>
  auto with(Use&& use) {
    return store_.with(std::forward<Use>(use));
  }
  // Runs `use(reviews)` on a connection of its own: tokens and analysts' reviews.
  template <typename Use>
  auto with_reviews(Use&& use) {
    return reviews_.with(std::forward<Use>(use));
  }

 private:
  ConnectionPool<ReportStore> store_;
  ConnectionPool<ReviewStore> reviews_;
};

// The value of `result`, or throws ApiError(500) with the store's one-line message.
template <typename T>
T value_or_throw(Result<T> result) {
  if (!result) throw ApiError(500, "", result.error().message);
  return std::move(*result);
}

}  // namespace truce::serve
