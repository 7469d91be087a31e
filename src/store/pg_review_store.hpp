// The review tables (tokens, reviews) of a PostgreSQL store; open_review_store picks it for a
// postgresql:// location.
#pragma once

#include <memory>
#include <string>

#include "store/pg_report_store.hpp"
#include "store/review_store.hpp"

namespace truce::store {

Result<std::unique_ptr<ReviewStore>> open_pg_review_store(const std::string& url);

}  // namespace truce::store
