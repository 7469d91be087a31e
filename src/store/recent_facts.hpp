// The facts of the latest extractions and their incidents' points live in tables of their own
// (facts_recent, fact_points_recent: migration 11), small enough to stay in the page cache, and
// are merged into facts and fact_points in the listings' order once they have grown. Every query
// of facts reads both (listing_sql.hpp), so a merge changes no answer and no order.
#pragma once

#include <cstdint>
#include <string>

#include "core/result.hpp"
#include "store/sqlite_handle.hpp"

namespace truce::store {

enum class MergeWhen {
  grown,  // when the recent facts are at least kMinRecentFacts and kRecentShare of the older
  now,    // whatever their number
};

// Moves the recent facts and points into facts and fact_points, inside the caller's transaction
// (a kill loses neither). Fails with "<context>: <sqlite message>".
Status merge_recent_facts(StatementCache& statements, MergeWhen when, const std::string& context);

// A merge rewrites most pages of the four listing indexes once: done when the recent facts are
// an eighth of the older ones, it costs a bounded number of page writes per fact, whatever the
// database's size.
inline constexpr int64_t kMinRecentFacts = 16'384;
inline constexpr int64_t kRecentShare = 8;

}  // namespace truce::store
