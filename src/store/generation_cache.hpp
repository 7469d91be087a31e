// Answers remembered per generation of the database (the totals of listings, the ranking of a
// search): one is reused only while nothing was written since it was taken, by this connection
// or any other. Each store names its generation (SQLite: the data version and this connection's
// changes; PostgreSQL: the transaction snapshot), so a write anywhere is a new generation and
// every answer is taken again. Each store object (one connection, one thread) keeps its own.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <variant>
#include <vector>

namespace truce::store {

template <typename Value>
class GenerationCache {
 public:
  // At most `max_entries` answers are kept: the filters an API client may combine are many,
  // and a crawler must not grow it without end.
  explicit GenerationCache(std::size_t max_entries) : max_entries_(max_entries) {}

  // The answer for `key` taken in `generation`, if it was.
  std::optional<Value> find(const std::string& generation, const std::string& key) const {
    if (generation != generation_) return std::nullopt;
    const auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  // Remembers `value` for `key`, taken in `generation` (forgetting other generations').
  void put(const std::string& generation, const std::string& key, Value value) {
    if (generation != generation_ || values_.size() >= max_entries_) {
      values_.clear();
      generation_ = generation;
    }
    values_[key] = std::move(value);
  }

 private:
  std::size_t max_entries_;
  std::string generation_;
  std::unordered_map<std::string, Value> values_;
};

// A key for a query and its parameters, each with its length (no two lists of parameters
// share one).
template <typename Param>
std::string cache_key(const std::string& sql, const std::vector<Param>& params) {
  std::string key = sql;
  for (const auto& p : params) {
    std::visit(
        [&key](const auto& v) {
          std::string text;
          if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
            text = v;
          } else {
            text = fmt::format("{}", v);  // shortest form that reads back exactly
          }
          key += fmt::format("|{}:{}", text.size(), text);
        },
        p);
  }
  return key;
}

}  // namespace truce::store
