// What analysts add beside the machine's output: API tokens (stored hashed) and reviews of
// extracted facts (accept, reject, correct), kept as an audit trail that never changes the
// extraction and outlives re-extraction (reviews name a report and a fact id, not a fact row).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce {

struct ApiToken {
  int64_t id = 0;
  std::string name;
  std::string role;  // analyst, observer, admin
  std::string created_at;
  std::optional<std::string> revoked_at;
};

struct Review {
  int64_t id = 0;
  std::string target;  // incident, claim, place
  int64_t report_id = 0;
  std::string fact_id;   // the incident's or claim's id within its report's extraction
  std::string decision;  // accept, reject, correct
  std::string field;     // correct: the field corrected ("type", "date", "places/0", ...)
  std::string before;    // JSON: the machine's value when reviewed
  std::string after;     // JSON: the analyst's value (null unless correct)
  std::string reason;
  std::string reviewer;  // the token's name
  std::string created_at;
};

struct ReviewFilter {
  std::optional<int64_t> report_id;
  std::optional<std::string> target;
  std::optional<std::string> fact_id;
};

class ReviewStore {
 public:
  virtual ~ReviewStore() = default;

  // Stores a token under `name` with the hash of its secret. Fails naming the name when taken.
  virtual Result<ApiToken> add_token(const std::string& name, const std::string& role,
                                     const std::string& secret_hash) = 0;
  // The unrevoked token with this hash, or nullopt.
  virtual Result<std::optional<ApiToken>> find_token(const std::string& secret_hash) = 0;
  virtual Result<std::vector<ApiToken>> list_tokens() = 0;
  // Fails naming the token when no unrevoked token has this name.
  virtual Status revoke_token(const std::string& name) = 0;

  // Appends a review (its id and time are set here); fails naming the report when not stored.
  virtual Result<Review> add_review(const Review& review) = 0;
  // Reviews matching `filter`, oldest first.
  virtual Result<std::vector<Review>> list_reviews(const ReviewFilter& filter) = 0;
};

// Opens the review tables of the store at `location` (the same file as open_store's).
Result<std::unique_ptr<ReviewStore>> open_review_store(const std::string& location);

}  // namespace truce
