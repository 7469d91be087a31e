// See sqlite_report_store.hpp. The statements of an ingest (duplicate lookups and inserts) are
// prepared once and cached; the rest are prepared per call.
#include "store/sqlite_report_store.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <thread>

#include "store/compression.hpp"
#include "store/extraction_rows.hpp"
#include "store/migrations.hpp"
#include "store/minhash_codec.hpp"
#include "store/recent_facts.hpp"

namespace truce::store {
namespace {

constexpr int kBusyTimeoutMs = 10'000;
// Retries of the switch to WAL on a database another process holds: 10 s in all.
constexpr int kWalAttempts = 200;
constexpr int kWalRetryMs = 50;

std::optional<DuplicateLink> link_at(const Statement& stmt, int column) {
  if (stmt.is_null(column)) return std::nullopt;
  return DuplicateLink{stmt.column_int(column), stmt.column_double(column + 1)};
}

}  // namespace

Result<DatabasePtr> open_migrated(const std::string& path) {
  auto db = open_database(path);
  if (!db) return db.error();
  sqlite3_busy_timeout(db->get(), kBusyTimeoutMs);
  // Read the version first: it is the first access to the file, and names a non-database clearly.
  if (auto version = schema_version(db->get(), path); !version) return version.error();
  // WAL lets readers work while an ingest writes; synchronous=NORMAL is durable against a killed
  // process (not against power loss), the trade SQLite recommends for WAL. A 64 MiB page cache
  // and checkpoints every 200 MB of WAL (not 4) keep an ingest from reading and rewriting the
  // same index pages over and over: a checkpoint copies each page once however many batches
  // rewrote it (measured: see docs/performance.md).
  // Switching a new file to WAL takes an exclusive lock that the busy handler does not wait
  // for: two ingests starting on one new database retry it rather than fail.
  Status set;
  for (int attempt = 0; attempt < kWalAttempts; ++attempt) {
    set = exec(db->get(),
               "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;"
               " PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
               " PRAGMA wal_autocheckpoint = 50000;",
               path);
    if (set || (sqlite3_errcode(db->get()) & 0xff) != SQLITE_BUSY) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(kWalRetryMs));
  }
  if (!set) return set.error();
  if (Status migrated = migrate(db->get(), path); !migrated) return migrated.error();
  return std::move(*db);
}

namespace {

// A SQLite URI naming `path` read-only and immutable; characters URIs reserve are escaped.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '?' || c == '#' || c == '%') {
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  return uri + "?mode=ro&immutable=1";
}

}  // namespace

Result<DatabasePtr> open_for_reading(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return make_error(
        fmt::format("{}: no such database (`truce ingest` creates one; --db names another)", path));
  }
  auto db = open_database(path, true);
  if (!db) return db.error();
  sqlite3_busy_timeout(db->get(), kBusyTimeoutMs);
  auto version = schema_version(db->get(), path);
  const int failure = sqlite3_errcode(db->get()) & 0xff;  // the primary code
  if (!version && (failure == SQLITE_READONLY || failure == SQLITE_CANTOPEN)) {
    // WAL needs a -shm file beside the database; where the folder may not be written either,
    // read the file as immutable (no locks: nobody who can only read it can be writing it).
    db = open_database(immutable_uri(path), true);
    if (!db) return db.error();
    version = schema_version(db->get(), path);
  }
  if (!version) return version.error();
  if (*version < latest_schema_version()) {
    db->reset();
    return open_migrated(path);  // an older truce's file: upgrade it once, if it may be written
  }
  if (Status set = exec(db->get(), "PRAGMA foreign_keys = ON", path); !set) return set.error();
  return std::move(*db);
}

Result<std::unique_ptr<SqliteReportStore>> SqliteReportStore::open(const std::string& path,
                                                                   OpenMode mode) {
  auto db = mode == OpenMode::read ? open_for_reading(path) : open_migrated(path);
  if (!db) return db.error();
  return std::unique_ptr<SqliteReportStore>(new SqliteReportStore(std::move(*db), path));
}

Result<std::optional<int64_t>> SqliteReportStore::find_exact(const std::string& content_hash) {
  auto stmt = statements_.get("SELECT report_id FROM fingerprints WHERE content_hash = ?1", path_);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, content_hash);
  auto row = (*stmt)->step();
  if (!row) return row.error();
  std::optional<int64_t> found;
  if (*row) found = (*stmt)->column_int(0);
  (*stmt)->reset();  // a cached statement left mid-query would hold its read snapshot
  return found;
}

Result<std::vector<NearCandidate>> SqliteReportStore::near_candidates(
    const Fingerprint& fingerprint) {
  std::vector<NearCandidate> out;
  if (fingerprint.lsh_bands.empty()) return out;
  std::string placeholders;
  for (std::size_t i = 0; i < fingerprint.lsh_bands.size(); ++i) {
    placeholders += fmt::format("{}?{}", i ? "," : "", i + 1);
  }
  // The band indexes (of older and of the latest reports) find the few reports sharing a band,
  // each looked up by its primary key, so the cost does not grow with the database; only
  // originals are candidates, so a near-duplicate always links to the first report of its story.
  const std::string sql = fmt::format(
      "SELECT f.report_id, f.minhash"
      " FROM (SELECT report_id FROM lsh_bands WHERE band_key IN ({0})"
      " UNION SELECT report_id FROM lsh_bands_recent WHERE band_key IN ({0})) c"
      " JOIN fingerprints f ON f.report_id = c.report_id"
      " WHERE NOT EXISTS (SELECT 1 FROM duplicate_links d WHERE d.report_id = c.report_id)"
      " ORDER BY c.report_id",
      placeholders);
  auto stmt = statements_.get(sql, path_);
  if (!stmt) return stmt.error();
  for (std::size_t i = 0; i < fingerprint.lsh_bands.size(); ++i) {
    (*stmt)->bind(static_cast<int>(i + 1), fingerprint.lsh_bands[i]);
  }
  for (;;) {
    auto row = (*stmt)->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back(NearCandidate{(*stmt)->column_int(0), decode_minhash((*stmt)->column_blob(1))});
  }
  return out;
}

Status SqliteReportStore::begin_batch() {
  if (sqlite3_get_autocommit(db_.get()) == 0) return {};  // one is open already
  return exec(db_.get(), "BEGIN IMMEDIATE", fmt::format("{}: cannot begin a batch", path_));
}

Status SqliteReportStore::end_batch() {
  const std::string context = fmt::format("{}: cannot commit a batch of reports", path_);
  if (sqlite3_get_autocommit(db_.get()) != 0) {
    // SQLite rolls a transaction back by itself after an I/O error or a full disk.
    return make_error(context + ": the batch was rolled back");
  }
  if (Status merged = merge_recent_rows(context); !merged) return merged;
  return exec(db_.get(), "COMMIT", context);
}

Status SqliteReportStore::merge_recent_rows(const std::string& context) {
  if (Status merged = merge_recent_bands(context); !merged) return merged;
  return merge_recent_facts(statements_, MergeWhen::grown, context);
}

Status SqliteReportStore::merge_recent_facts_now() {
  const std::string context = fmt::format("{}: cannot merge the latest facts", path_);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  if (Status merged = merge_recent_facts(statements_, MergeWhen::now, context); !merged) {
    return merged;
  }
  return tx->commit();
}

Status SqliteReportStore::merge_recent_bands(const std::string& context) {
  // The recent reports' ids, from lsh_bands_recent's index (two look-ups, not a scan).
  auto span = statements_.get(
      "SELECT (SELECT min(report_id) FROM lsh_bands_recent),"
      " (SELECT max(report_id) FROM lsh_bands_recent)",
      context);
  if (!span) return span.error();
  auto row = (*span)->step();
  if (!row) return row.error();
  const bool empty = !*row || (*span)->is_null(0);
  const int64_t first = empty ? 0 : (*span)->column_int(0);
  const int64_t recent = empty ? 0 : (*span)->column_int(1) - first + 1;
  (*span)->reset();
  // Merging rewrites most of lsh_bands' pages once, in key order: done when the recent table
  // holds an eighth as many reports as the large one (and at least kMinRecentReports), each
  // merge costs a bounded number of page writes per report, whatever the database's size.
  if (recent < kMinRecentReports || recent * kRecentShare < first - 1) return {};
  for (const char* sql :
       {"INSERT OR IGNORE INTO lsh_bands (band_key, report_id)"
        " SELECT band_key, report_id FROM lsh_bands_recent ORDER BY band_key, report_id",
        "DELETE FROM lsh_bands_recent"}) {
    auto stmt = statements_.get(sql, context);
    if (!stmt) return stmt.error();
    if (Status done = (*stmt)->run(); !done) return done;
  }
  return {};
}

Result<int64_t> SqliteReportStore::insert_report(const Report& report,
                                                 const Fingerprint& fingerprint,
                                                 const std::optional<DuplicateLink>& duplicate_of,
                                                 const ExtractionRecord* extraction) {
  if (fingerprint.content_hash.empty()) {
    return make_error(
        fmt::format("{}: cannot store a report without a content hash", report.origin));
  }
  const bool in_batch = sqlite3_get_autocommit(db_.get()) == 0;  // end_batch merges
  const std::string context = fmt::format("{}: cannot store {}", path_, report.origin);
  auto tx = Transaction::begin(db_.get(), context);
  if (!tx) return tx.error();
  auto id = insert_rows(report, fingerprint, duplicate_of);
  if (!id) return id.error();  // the transaction guard rolls back
  if (extraction) {
    if (Status written = write_extraction_rows(statements_, *id, *extraction, context); !written) {
      return written.error();
    }
  }
  if (!in_batch) {
    if (Status merged = merge_recent_rows(context); !merged) return merged.error();
  }
  if (Status committed = tx->commit(); !committed) return committed.error();
  return id;
}

Result<int64_t> SqliteReportStore::insert_rows(const Report& report, const Fingerprint& fingerprint,
                                               const std::optional<DuplicateLink>& duplicate_of) {
  sqlite3* db = db_.get();
  const std::string context = fmt::format("{}: cannot store {}", path_, report.origin);

  // 1. The report; the FTS row follows from the insert trigger.
  auto insert = statements_.get(R"sql(
    INSERT INTO reports (origin, format, title, url, author, source, lang, published,
                         published_precision, published_from, page_date, page_date_precision,
                         body, raw_zlib, raw_size, warnings, ingested_at)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
            strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
  )sql",
                                context);
  if (!insert) return insert.error();
  (*insert)
      ->bind(1, report.origin)
      .bind(2, to_string(report.format))
      .bind(3, report.title)
      .bind(4, report.url)
      .bind(5, report.author)
      .bind(6, report.source)
      .bind(7, report.lang)
      .bind(8, report.published.iso)
      .bind(9, to_string(report.published.precision))
      .bind(10, report.published_from)
      .bind(11, report.page_date.iso)
      .bind(12, to_string(report.page_date.precision))
      .bind(13, report.body)
      .bind_blob(14, compress_bytes(report.raw))
      .bind(15, static_cast<int64_t>(report.raw.size()))
      .bind(16, nlohmann::json(report.warnings).dump());
  if (Status done = (*insert)->run(); !done) return done.error();
  const int64_t id = sqlite3_last_insert_rowid(db);

  // 2. The fingerprint. Its UNIQUE content hash is the last line of defence against storing an
  // exact duplicate; name the report already stored.
  auto fp = statements_.get(
      "INSERT INTO fingerprints (report_id, content_hash, minhash) VALUES (?1, ?2, ?3)", context);
  if (!fp) return fp.error();
  (*fp)
      ->bind(1, id)
      .bind(2, fingerprint.content_hash)
      .bind_blob(3, encode_minhash(fingerprint.minhash));
  if (Status done = (*fp)->run(); !done) {
    if ((*fp)->last_code() == SQLITE_CONSTRAINT_UNIQUE) {
      auto existing = find_exact(fingerprint.content_hash);
      if (existing && *existing) {
        return make_error(
            fmt::format("{}: already stored as report {}", report.origin, **existing));
      }
    }
    return done.error();
  }

  // 3. The LSH bands.
  auto band = statements_.get(
      "INSERT OR IGNORE INTO lsh_bands_recent (band_key, report_id) VALUES (?1, ?2)", context);
  if (!band) return band.error();
  for (const int64_t key : fingerprint.lsh_bands) {
    (*band)->reset();
    (*band)->bind(1, key).bind(2, id);
    if (Status done = (*band)->run(); !done) return done.error();
  }

  // 4. The duplicate link, to the original's own original if the caller named a near-duplicate,
  // so every link points at the first report of its story.
  if (duplicate_of) {
    auto root = Statement::prepare(db, R"sql(
      SELECT COALESCE(d.original_id, r.id) FROM reports r
      LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = ?1 AND r.id <> ?2
    )sql",
                                   context);
    if (!root) return root.error();
    root->bind(1, duplicate_of->original_id).bind(2, id);
    auto row = root->step();
    if (!row) return row.error();
    if (!*row) {
      return make_error(fmt::format("{}: cannot store as a duplicate of report {}: no such report",
                                    report.origin, duplicate_of->original_id));
    }
    const int64_t original = root->column_int(0);
    auto link = Statement::prepare(
        db, "INSERT INTO duplicate_links (report_id, original_id, similarity) VALUES (?1, ?2, ?3)",
        context);
    if (!link) return link.error();
    link->bind(1, id).bind(2, original).bind(3, duplicate_of->similarity);
    if (Status done = link->run(); !done) return done.error();
  }
  return id;
}

Result<std::optional<StoredReport>> SqliteReportStore::get_report(int64_t id) {
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT r.origin, r.format, r.title, r.url, r.author, r.source, r.lang, r.published,
           r.published_precision, r.published_from, r.page_date, r.page_date_precision, r.body,
           r.raw_zlib, r.raw_size, r.warnings, r.ingested_at, d.original_id, d.similarity
    FROM reports r LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = ?1
  )sql",
                                 path_);
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<StoredReport>();

  const std::string context = fmt::format("{}: report {}", path_, id);
  StoredReport out;
  out.id = id;
  Report& r = out.report;
  r.origin = stmt->column_text(0);
  // The schema's CHECK admits only known formats and precisions; fall back rather than fail.
  r.format = parse_source_format(stmt->column_text(1)).value_or(SourceFormat::text);
  r.title = stmt->column_text(2);
  r.url = stmt->column_text(3);
  r.author = stmt->column_text(4);
  r.source = stmt->column_text(5);
  r.lang = stmt->column_text(6);
  r.published.iso = stmt->column_text(7);
  r.published.precision =
      parse_date_precision(stmt->column_text(8)).value_or(DatePrecision::unknown);
  r.published_from = stmt->column_text(9);
  r.page_date.iso = stmt->column_text(10);
  r.page_date.precision =
      parse_date_precision(stmt->column_text(11)).value_or(DatePrecision::unknown);
  r.body = stmt->column_text(12);
  auto raw = decompress_bytes(stmt->column_blob(13), static_cast<std::size_t>(stmt->column_int(14)),
                              context);
  if (!raw) return raw.error();
  r.raw = std::move(*raw);
  const auto warnings = nlohmann::json::parse(stmt->column_text(15), nullptr, false);
  if (warnings.is_array()) {
    for (const auto& w : warnings) {
      if (w.is_string()) r.warnings.push_back(w.get<std::string>());
    }
  }
  out.ingested_at = stmt->column_text(16);
  out.duplicate_of = link_at(*stmt, 17);
  return std::optional<StoredReport>(std::move(out));
}

Result<std::optional<int64_t>> SqliteReportStore::original_id(int64_t id) {
  auto stmt = Statement::prepare(db_.get(), R"sql(
    SELECT COALESCE(d.original_id, r.id) FROM reports r
    LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = ?1
  )sql",
                                 path_);
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<int64_t>();
  return std::optional<int64_t>(stmt->column_int(0));
}

}  // namespace truce::store
