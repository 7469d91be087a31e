// Analysts' reviews of extracted facts: what a review request may say (which fields of an
// incident, a claim or a place can be corrected, and to what), and how the reviews of a fact
// are applied when it is listed: the analyst's values in place, the machine's kept beside them
// under "machine", and the review status. The stored extraction is never changed.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "store/review_store.hpp"

namespace truce::serve {

// Reads a POST /api/reviews body into a review of `fact` (the fact as extracted, found by the
// caller), with `before` taken from the fact. Throws ApiError(400) naming the body field at fault.
Review review_from_request(const nlohmann::json& body, const nlohmann::json& fact);

// The kind of fact ("incident", "claim") a review target lives in.
std::string fact_kind_of(const std::string& target);

// Reviews by (report, fact kind, fact id), oldest first.
using ReviewIndex = std::map<std::tuple<int64_t, std::string, std::string>, std::vector<Review>>;
ReviewIndex index_reviews(const std::vector<Review>& reviews);

// Applies the reviews of `fact` (of `kind`, from `report`) to it; sets fact["review"] (null when
// none). Returns false when the latest decision rejected it.
bool apply_reviews(nlohmann::json& fact, const std::string& kind, int64_t report,
                   const ReviewIndex& index);

nlohmann::json review_json(const Review& review);

}  // namespace truce::serve
