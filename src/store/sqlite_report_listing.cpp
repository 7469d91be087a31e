// SqliteReportStore's listings of reports: pages in id order, full-text search (the command's,
// and the API's with filters and pages), and the counts and search rankings it remembers per
// generation of the database.
#include <fmt/core.h>

#include <algorithm>
#include <memory>

#include "store/fts_query.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce::store {
namespace {

// Columns id, published, published_precision, title, source, origin, original_id, similarity
// from `first` on.
ReportSummary summary_at(const Statement& stmt, int first) {
  ReportSummary s;
  s.id = stmt.column_int(first);
  s.published = stmt.column_text(first + 1);
  s.published_precision = stmt.column_text(first + 2);
  s.title = stmt.column_text(first + 3);
  s.source = stmt.column_text(first + 4);
  s.origin = stmt.column_text(first + 5);
  if (!stmt.is_null(first + 6)) {
    s.duplicate_of = DuplicateLink{stmt.column_int(first + 6), stmt.column_double(first + 7)};
  }
  return s;
}

// The full-text match and `filter`'s conditions; the FTS query is ?1.
SqlConditions search_conditions(const std::string& match, const ReportFilter& filter) {
  SqlConditions c(SqlDialect::sqlite);
  c.add("reports_fts MATCH " + c.param(match));
  add_report_filter(c, filter);
  return c;
}

// What a search reads: the index alone, or joined with the reports when a filter needs their
// columns (looking up every hit's row costs more than ranking it).
std::string search_source(const ReportFilter& filter) {
  const bool filtered = filter.since || filter.until || filter.source || !filter.include_duplicates;
  return filtered ? "reports_fts JOIN reports r ON r.id = reports_fts.rowid" : "reports_fts";
}

}  // namespace

void bind_values(Statement& stmt, const std::vector<SqlValue>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    std::visit([&stmt, index](const auto& v) { stmt.bind(index, v); }, values[i]);
  }
}

Result<std::string> SqliteReportStore::generation() {
  auto stmt = statements_.get("PRAGMA data_version", path_);
  if (!stmt) return stmt.error();
  auto row = (*stmt)->step();
  if (!row) return row.error();
  const int64_t version = *row ? (*stmt)->column_int(0) : 0;
  (*stmt)->reset();
  return fmt::format("{}:{}", version, sqlite3_total_changes64(db_.get()));
}

Result<int64_t> SqliteReportStore::cached_count(const std::string& sql,
                                                const std::vector<SqlValue>& params,
                                                const std::string& context) {
  // The generation is read before counting: a count that includes a later commit is kept
  // under the older generation, and the next call, seeing the newer one, counts again.
  auto now = generation();
  if (!now) return now.error();
  const std::string key = cache_key(sql, params);
  if (auto known = counts_.find(*now, key)) return *known;
  auto stmt = statements_.get(sql, context);
  if (!stmt) return stmt.error();
  bind_values(**stmt, params);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  const int64_t count = *row ? (*stmt)->column_int(0) : 0;
  (*stmt)->reset();
  counts_.put(*now, key, count);
  return count;
}

Result<std::vector<ReportSummary>> SqliteReportStore::list_reports(const ReportFilter& filter) {
  const SqlQuery query = report_list_sql(filter, SqlDialect::sqlite);
  auto stmt = statements_.get(query.sql, path_);
  if (!stmt) return stmt.error();
  bind_values(**stmt, query.params);
  std::vector<ReportSummary> out;
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(summary_at(**stmt, 0));
  }
  (*stmt)->reset();
  return out;
}

Result<int64_t> SqliteReportStore::count_reports(const ReportFilter& filter) {
  const SqlQuery query = report_count_sql(filter, SqlDialect::sqlite);
  return cached_count(query.sql, query.params, path_);
}

Result<std::vector<SearchHit>> SqliteReportStore::search(const std::string& query, int limit,
                                                         const std::string& open,
                                                         const std::string& close) {
  auto match = to_fts5_query(query);
  if (!match) return match.error();
  // Column -1: the snippet comes from whichever of title and body matches best.
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT r.id, r.title, r.published,
           snippet(reports_fts, -1, ?2, ?3, '…', 24), bm25(reports_fts, 2.0, 1.0) AS score
    FROM reports_fts JOIN reports r ON r.id = reports_fts.rowid
    WHERE reports_fts MATCH ?1 ORDER BY score, r.id LIMIT ?4
  )sql",
                                 fmt::format("search \"{}\"", query));
  if (!stmt) return stmt.error();
  stmt->bind(1, *match).bind(2, open).bind(3, close).bind(4, int64_t{limit > 0 ? limit : -1});
  std::vector<SearchHit> out;
  for (;;) {
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(SearchHit{stmt->column_int(0), stmt->column_text(1), stmt->column_text(2),
                            snippet_line(stmt->column_text(3)), -stmt->column_double(4)});
  }
  return out;
}

Result<SqliteReportStore::Ranking> SqliteReportStore::ranking(const std::string& match,
                                                              const ReportFilter& filter,
                                                              const std::string& context) {
  auto now = generation();
  if (!now) return now.error();
  SqlConditions c = search_conditions(match, filter);
  // Ranking reads every hit (BM25, titles weighing double); the page is cut from it after.
  const std::string sql = fmt::format(
      "SELECT reports_fts.rowid, bm25(reports_fts, 2.0, 1.0) AS score FROM {}{}"
      " ORDER BY score, reports_fts.rowid",
      search_source(filter), c.where());
  auto params = c.take_params();
  const std::string key = cache_key(sql, params);
  if (auto known = rankings_.find(*now, key)) return *known;
  auto stmt = statements_.get(sql, context);
  if (!stmt) return stmt.error();
  bind_values(**stmt, params);
  auto hits = std::make_shared<std::vector<Ranked>>();
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    hits->push_back(Ranked{(*stmt)->column_int(0), -(*stmt)->column_double(1)});
  }
  (*stmt)->reset();
  if (hits->size() <= kMaxRankedHits) rankings_.put(*now, key, hits);
  return Ranking(std::move(hits));
}

Result<std::vector<ReportHit>> SqliteReportStore::search_reports(const std::string& query,
                                                                 const ReportFilter& filter,
                                                                 const std::string& open,
                                                                 const std::string& close) {
  const std::string context = fmt::format("search \"{}\"", query);
  auto match = to_fts5_query(query);
  if (!match) return match.error();
  auto ranked = ranking(*match, filter, context);
  if (!ranked) return ranked.error();
  // Each hit of the page: its summary, and a snippet (which reads its text) of its own.
  auto summary = statements_.get(
      "SELECT r.id, r.published, r.published_precision, r.title, r.source, r.origin,"
      " d.original_id, d.similarity FROM reports r"
      " LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = ?1",
      context);
  if (!summary) return summary.error();
  // Column -1: the snippet comes from whichever of title and body matches best.
  auto snippet = statements_.get(
      "SELECT snippet(reports_fts, -1, ?2, ?3, '…', 24) FROM reports_fts"
      " WHERE reports_fts MATCH ?1 AND rowid = ?4",
      context);
  if (!snippet) return snippet.error();
  const auto& hits = **ranked;
  const auto first =
      static_cast<std::size_t>(std::min<int64_t>(filter.offset, static_cast<int64_t>(hits.size())));
  const std::size_t last =
      filter.limit > 0 ? std::min(hits.size(), first + static_cast<std::size_t>(filter.limit))
                       : hits.size();
  std::vector<ReportHit> out;
  for (std::size_t i = first; i < last; ++i) {
    (*summary)->reset();
    (*summary)->bind(1, hits[i].id);
    auto found = (*summary)->step();
    if (!found) return found.error();
    ReportHit hit{.rank = hits[i].rank};
    if (*found) hit.report = summary_at(**summary, 0);
    (*snippet)->reset();
    (*snippet)->bind(1, *match).bind(2, open).bind(3, close).bind(4, hits[i].id);
    auto made = (*snippet)->step();
    if (!made) return made.error();
    if (*made) hit.snippet = snippet_line((*snippet)->column_text(0));
    out.push_back(std::move(hit));
  }
  (*summary)->reset();
  (*snippet)->reset();
  return out;
}

Result<int64_t> SqliteReportStore::count_search(const std::string& query,
                                                const ReportFilter& filter) {
  const std::string context = fmt::format("search \"{}\"", query);
  auto match = to_fts5_query(query);
  if (!match) return match.error();
  auto ranked = ranking(*match, filter, context);
  if (!ranked) return ranked.error();
  return static_cast<int64_t>((*ranked)->size());
}

}  // namespace truce::store
