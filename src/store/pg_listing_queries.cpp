// PgReportStore's listings: reports in id order, full-text search (the command's, and the API's
// with filters and pages), facts in the listings' order, and counts remembered per snapshot.
// The SQL is listing_sql.hpp's, as the SQLite store's, so both list the same rows in one order.
#include <fmt/core.h>

#include "store/fts_query.hpp"
#include "store/pg_report_store.hpp"

namespace truce::store {
namespace {

using pg::Param;

std::vector<Param> params_of(std::vector<SqlValue> values) {
  std::vector<Param> out;
  out.reserve(values.size());
  for (auto& v : values) {
    if (auto* text = std::get_if<std::string>(&v)) {
      out.push_back(pg::text(std::move(*text)));
    } else if (auto* integer = std::get_if<int64_t>(&v)) {
      out.push_back(pg::integer(*integer));
    } else {
      out.push_back(pg::real(std::get<double>(v)));
    }
  }
  return out;
}

// A ts_headline option value: double-quoted, without double quotes of its own.
std::string headline_value(const std::string& marker) {
  std::string out = "\"";
  for (const char c : marker) {
    if (c != '"') out += c;
  }
  return out + "\"";
}

std::string headline_options(const std::string& open, const std::string& close) {
  return fmt::format(
      "StartSel={}, StopSel={}, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1, "
      "FragmentDelimiter=\"…\"",
      headline_value(open), headline_value(close));
}

// The tsquery of `query`: every term required, a phrase of its words, the last one a prefix
// when it ended in *. Its words become parameters of `c`.
Result<std::string> tsquery_of(SqlConditions& c, const std::string& query) {
  auto terms = search_terms(query);
  if (!terms) return terms.error();
  std::string tsquery;
  for (const auto& term : *terms) {
    const std::string phrase =
        fmt::format("phraseto_tsquery('simple', truce_unaccent({}))", c.param(term.text));
    if (!tsquery.empty()) tsquery += " && ";
    tsquery += term.prefix
                   ? fmt::format("(regexp_replace(({})::text, '''$', ''':*'))::tsquery", phrase)
                   : phrase;
  }
  return tsquery;
}

ReportSummary summary_at(const pg::Rows& rows, int i, int first) {
  ReportSummary s{rows.integer(i, first),
                  rows.text(i, first + 1),
                  rows.text(i, first + 2),
                  rows.text(i, first + 3),
                  rows.text(i, first + 4),
                  rows.text(i, first + 5),
                  std::nullopt};
  if (!rows.is_null(i, first + 6)) {
    s.duplicate_of = DuplicateLink{rows.integer(i, first + 6), rows.real(i, first + 7)};
  }
  return s;
}

}  // namespace

Result<int64_t> PgReportStore::cached_count(const std::string& sql,
                                            const std::vector<SqlValue>& params,
                                            const std::string& context) {
  // Inside a transaction this connection's own writes are not in the snapshot: count afresh.
  const bool cacheable = !conn_->in_transaction();
  const std::string key = cache_key(sql, params);
  if (cacheable) {
    auto snapshot = conn_->run("SELECT pg_current_snapshot()::text", {}, context);
    if (!snapshot) return snapshot.error();
    if (auto known = counts_.find(snapshot->text(0, 0), key)) return *known;
  }
  // The snapshot and the count in one statement: the count is of exactly that snapshot.
  auto rows = conn_->run(fmt::format("SELECT pg_current_snapshot()::text, ({})", sql),
                         params_of(params), context);
  if (!rows) return rows.error();
  const int64_t count = rows->integer(0, 1);
  if (cacheable) counts_.put(rows->text(0, 0), key, count);
  return count;
}

Result<std::vector<ReportSummary>> PgReportStore::list_reports(const ReportFilter& filter) {
  SqlQuery query = report_list_sql(filter, SqlDialect::postgresql);
  auto rows = conn_->run(query.sql, params_of(std::move(query.params)), name());
  if (!rows) return rows.error();
  std::vector<ReportSummary> out;
  for (int i = 0; i < rows->size(); ++i) out.push_back(summary_at(*rows, i, 0));
  return out;
}

Result<int64_t> PgReportStore::count_reports(const ReportFilter& filter) {
  const SqlQuery query = report_count_sql(filter, SqlDialect::postgresql);
  return cached_count(query.sql, query.params, name());
}

Result<std::vector<SearchHit>> PgReportStore::search(const std::string& query, int limit,
                                                     const std::string& open,
                                                     const std::string& close) {
  SqlConditions c(SqlDialect::postgresql);
  auto tsquery = tsquery_of(c, query);
  if (!tsquery) return tsquery.error();
  const std::string options = c.param(headline_options(open, close));
  const std::string page = limit_offset(c, limit, 0);
  auto rows = conn_->run(fmt::format(R"sql(
    WITH q AS (SELECT {} AS query)
    SELECT r.id, r.title, r.published,
           ts_headline('simple', r.title || E'\n' || r.body, q.query, {}),
           ts_rank(r.search, q.query) AS score
    FROM reports r, q
    WHERE r.search @@ q.query
    ORDER BY score DESC, r.id{}
  )sql",
                                     *tsquery, options, page),
                         params_of(c.take_params()), fmt::format("search \"{}\"", query));
  if (!rows) return rows.error();
  std::vector<SearchHit> out;
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(SearchHit{rows->integer(i, 0), rows->text(i, 1), rows->text(i, 2),
                            snippet_line(rows->text(i, 3)), rows->real(i, 4)});
  }
  return out;
}

Result<std::vector<ReportHit>> PgReportStore::search_reports(const std::string& query,
                                                             const ReportFilter& filter,
                                                             const std::string& open,
                                                             const std::string& close) {
  SqlConditions c(SqlDialect::postgresql);
  auto tsquery = tsquery_of(c, query);
  if (!tsquery) return tsquery.error();
  c.add("r.search @@ q.query");
  add_report_filter(c, filter);
  const std::string where = c.where();
  const std::string page = limit_offset(c, filter.limit, filter.offset);
  const std::string options = c.param(headline_options(open, close));
  // The page is ranked first; headlines, which read the text, are made for its rows only.
  auto rows = conn_->run(fmt::format(R"sql(
    WITH q AS (SELECT {} AS query),
    page AS MATERIALIZED (
      SELECT r.id, ts_rank(r.search, q.query) AS score FROM reports r, q{}
      ORDER BY score DESC, r.id{})
    SELECT r.id, r.published, r.published_precision, r.title, r.source, r.origin,
           d.original_id, d.similarity,
           ts_headline('simple', r.title || E'\n' || r.body, q.query, {}), page.score
    FROM page JOIN reports r ON r.id = page.id
    LEFT JOIN duplicate_links d ON d.report_id = r.id, q
    ORDER BY page.score DESC, page.id
  )sql",
                                     *tsquery, where, page, options),
                         params_of(c.take_params()), fmt::format("search \"{}\"", query));
  if (!rows) return rows.error();
  std::vector<ReportHit> out;
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(
        ReportHit{summary_at(*rows, i, 0), snippet_line(rows->text(i, 8)), rows->real(i, 9)});
  }
  return out;
}

Result<int64_t> PgReportStore::count_search(const std::string& query, const ReportFilter& filter) {
  SqlConditions c(SqlDialect::postgresql);
  auto tsquery = tsquery_of(c, query);
  if (!tsquery) return tsquery.error();
  c.add(fmt::format("r.search @@ {}", *tsquery));
  add_report_filter(c, filter);
  return cached_count("SELECT count(*) FROM reports r" + c.where(), c.take_params(),
                      fmt::format("search \"{}\"", query));
}

Result<std::vector<StoredFact>> PgReportStore::list_facts(const FactFilter& filter) {
  SqlQuery query = fact_list_sql(filter, SqlDialect::postgresql, BoxPlan::from_index);
  auto rows = conn_->run(query.sql, params_of(std::move(query.params)),
                         fmt::format("{}: cannot list {} facts", name(), filter.kind));
  if (!rows) return rows.error();
  std::vector<StoredFact> out;
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int i = 0; i < rows->size(); ++i) {
    StoredFact f;
    f.report_id = rows->integer(i, 0);
    f.original_id = rows->integer(i, 1);
    f.published = rows->text(i, 2);
    f.source = rows->text(i, 3);
    f.fact.kind = rows->text(i, 4);
    f.fact.fact_id = rows->text(i, 5);
    f.fact.type = rows->text(i, 6);
    f.fact.date = rows->text(i, 7);
    f.fact.claimant = rows->text(i, 8);
    f.fact.claimant_side = rows->text(i, 9);
    f.fact.actor1 = rows->text(i, 10);
    f.fact.about = rows->text(i, 11);
    f.fact.measure = rows->text(i, 12);
    f.fact.place = rows->text(i, 13);
    if (!rows->is_null(i, 14)) f.fact.value = rows->real(i, 14);
    f.fact.json = rows->text(i, 15);
    out.push_back(std::move(f));
  }
  return out;
}

Result<int64_t> PgReportStore::count_facts(const FactFilter& filter) {
  const SqlQuery query = fact_count_sql(filter, SqlDialect::postgresql);
  return cached_count(query.sql, query.params,
                      fmt::format("{}: cannot count {} facts", name(), filter.kind));
}

}  // namespace truce::store
