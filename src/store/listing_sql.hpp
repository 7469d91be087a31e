// The SQL of the listings (facts, reports) and their counts, one builder for both stores so they
// list the same rows in the same order. Only the filters given become conditions, so each shape
// of query gets a plan that uses its index (`facts_listing` follows the facts' order); the page
// is cut in SQL (LIMIT, OFFSET), never after reading every row.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "store/extraction_record.hpp"
#include "store/report_store.hpp"

namespace truce::store {

enum class SqlDialect { sqlite, postgresql };

// How a box is tested. `along_order`: each fact met in the listing's order is checked against
// its points (cheap when the box holds most facts: the page fills early). `from_index`: the
// spatial index finds the points in the box first (cheap when it holds few). Same rows either
// way. PostgreSQL's planner chooses for itself and always gets `from_index`.
enum class BoxPlan { along_order, from_index };

using SqlValue = std::variant<std::string, int64_t, double>;

struct SqlQuery {
  std::string sql;
  std::vector<SqlValue> params;  // $1/?1 first
};

// Conditions joined by AND and their parameters, each named in the dialect's syntax (?N in
// SQLite; $N with its type in PostgreSQL, whose parameters travel as text).
class SqlConditions {
 public:
  explicit SqlConditions(SqlDialect dialect) : dialect_(dialect) {}

  // Adds `value` as the next parameter; returns how SQL refers to it.
  std::string param(SqlValue value);
  void add(std::string condition) { where_.push_back(std::move(condition)); }
  // `column` equal to `value`, ASCII case ignored in SQLite (COLLATE NOCASE), lower() in
  // PostgreSQL, as each store has always compared names.
  void add_caseless(const std::string& column, const std::string& value);
  // " WHERE a AND b ...", or "" without conditions.
  std::string where() const;
  std::vector<SqlValue> take_params() { return std::move(params_); }
  SqlDialect dialect() const { return dialect_; }

 private:
  SqlDialect dialect_;
  std::vector<std::string> where_;
  std::vector<SqlValue> params_;
};

// The conditions of `filter` on reports `r` (its limit and offset aside).
void add_report_filter(SqlConditions& c, const ReportFilter& filter);

// SELECT id, published, published_precision, title, source, origin, original_id, similarity:
// the page of reports `filter` asks for, by id.
SqlQuery report_list_sql(const ReportFilter& filter, SqlDialect dialect);
// SELECT count(*) of the reports `filter` keeps.
SqlQuery report_count_sql(const ReportFilter& filter, SqlDialect dialect);
// " LIMIT n OFFSET m" for `limit` (0: none) and `offset`, as parameters of `c`.
std::string limit_offset(SqlConditions& c, int64_t limit, int64_t offset);

// SELECT report_id, original_id, published, source, kind, fact_id, type, date, claimant,
// claimant_side, actor1, about, measure, place, value, json: the page `filter` asks for (in
// SQLite from facts and facts_recent, merged in order, with length(fact_id) as a 17th column).
SqlQuery fact_list_sql(const FactFilter& filter, SqlDialect dialect, BoxPlan plan);

// SELECT count(*) of the facts `filter` keeps (in SQLite, of both tables).
SqlQuery fact_count_sql(const FactFilter& filter, SqlDialect dialect);

}  // namespace truce::store
