// See pg_report_store.hpp: connecting, storing reports with their fingerprints, and reading
// them back. The queries mirror sqlite_report_store.cpp's, so both stores list the same rows in
// the same order.
#include "store/pg_report_store.hpp"

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "store/compression.hpp"
#include "store/minhash_codec.hpp"
#include "store/pg_schema.hpp"

namespace truce::store {
namespace {

using pg::Param;

// Ingesters take this lock for each report (until the batch commits): report ids are then
// max + 1 as in SQLite, with no gap after a failed report, and the duplicate checks of two
// ingesters cannot pass each other.
constexpr int64_t kIngestLock = 7'135'100'002;

// The SQL for "now" the SQLite store writes (UTC, seconds).
constexpr std::string_view kNow =
    R"(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))";

std::optional<DuplicateLink> link_at(const pg::Rows& rows, int row, int column) {
  if (rows.is_null(row, column)) return std::nullopt;
  return DuplicateLink{rows.integer(row, column), rows.real(row, column + 1)};
}

}  // namespace

Result<std::unique_ptr<pg::Connection>> connect_migrated(const std::string& url, OpenMode mode) {
  auto conn = pg::Connection::open(url, pg::redact_url(url));
  if (!conn) return conn.error();
  if (mode == OpenMode::read) {
    auto version = pg::schema_version(**conn);
    if (!version) return version.error();
    if (*version == 0) {
      return make_error(fmt::format(
          "{}: no truce database here (`truce ingest` creates its tables; --db names another)",
          (*conn)->name()));
    }
  }
  if (Status migrated = pg::migrate(**conn); !migrated) return migrated.error();
  return std::move(*conn);
}

Result<std::unique_ptr<PgReportStore>> PgReportStore::open(const std::string& url, OpenMode mode) {
  auto conn = connect_migrated(url, mode);
  if (!conn) return conn.error();
  return std::unique_ptr<PgReportStore>(new PgReportStore(std::move(*conn)));
}

Result<std::optional<int64_t>> PgReportStore::find_exact(const std::string& content_hash) {
  auto rows = conn_->run("SELECT report_id FROM fingerprints WHERE content_hash = $1",
                         {pg::text(content_hash)}, name());
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<int64_t>();
  return std::optional<int64_t>(rows->integer(0, 0));
}

Result<std::vector<NearCandidate>> PgReportStore::near_candidates(const Fingerprint& fingerprint) {
  std::vector<NearCandidate> out;
  if (fingerprint.lsh_bands.empty()) return out;
  std::string keys = "{";
  for (std::size_t i = 0; i < fingerprint.lsh_bands.size(); ++i) {
    keys += (i ? "," : "") + std::to_string(fingerprint.lsh_bands[i]);
  }
  keys += "}";
  // Only originals are candidates, so a near-duplicate links to the first report of its story.
  auto rows = conn_->run(R"sql(
    SELECT f.report_id, f.minhash
    FROM (SELECT DISTINCT report_id FROM lsh_bands WHERE band_key = ANY ($1::bigint[])) c
    JOIN fingerprints f ON f.report_id = c.report_id
    WHERE NOT EXISTS (SELECT 1 FROM duplicate_links d WHERE d.report_id = c.report_id)
    ORDER BY c.report_id
  )sql",
                         {pg::text(keys)}, name());
  if (!rows) return rows.error();
  for (int i = 0; i < rows->size(); ++i) {
    out.push_back(NearCandidate{rows->integer(i, 0), decode_minhash(rows->bytes(i, 1))});
  }
  return out;
}

Status PgReportStore::begin_batch() {
  if (conn_->in_transaction()) return {};
  return conn_->exec("BEGIN", fmt::format("{}: cannot begin a batch", name()));
}

Status PgReportStore::end_batch() {
  const std::string context = fmt::format("{}: cannot commit a batch of reports", name());
  if (!conn_->in_transaction()) return make_error(context + ": no batch is open");
  // COMMIT of a failed transaction rolls it back and reports success: ask first.
  auto alive = conn_->run("SELECT 1", {}, context);
  if (!alive) {
    (void)conn_->exec("ROLLBACK", context);
    return make_error(context + ": the batch was rolled back");
  }
  return conn_->exec("COMMIT", context);
}

Result<int64_t> PgReportStore::insert_report(const Report& report, const Fingerprint& fingerprint,
                                             const std::optional<DuplicateLink>& duplicate_of,
                                             const ExtractionRecord* extraction) {
  if (fingerprint.content_hash.empty()) {
    return make_error(
        fmt::format("{}: cannot store a report without a content hash", report.origin));
  }
  const std::string context = fmt::format("{}: cannot store {}", name(), report.origin);
  auto tx = pg::Transaction::begin(*conn_, context);
  if (!tx) return tx.error();
  auto id = insert_rows(report, fingerprint, duplicate_of, context);
  if (!id) return id.error();  // the transaction guard rolls back
  if (extraction) {
    if (Status written = write_extraction(*id, *extraction, context); !written) {
      return written.error();
    }
  } else if (auto queued = conn_->run("INSERT INTO extraction_queue (report_id) VALUES ($1)",
                                      {pg::integer(*id)}, context);
             !queued) {
    return queued.error();  // stored without extraction: it waits for a worker
  }
  if (Status committed = tx->commit(); !committed) return committed.error();
  return id;
}

Result<int64_t> PgReportStore::insert_rows(const Report& report, const Fingerprint& fingerprint,
                                           const std::optional<DuplicateLink>& duplicate_of,
                                           const std::string& context) {
  if (auto locked =
          conn_->run("SELECT pg_advisory_xact_lock($1)", {pg::integer(kIngestLock)}, context);
      !locked) {
    return locked.error();
  }
  // 1. The report; its search vector is a generated column.
  auto inserted = conn_->run(
      fmt::format(R"sql(
    INSERT INTO reports (id, origin, format, title, url, author, source, lang, published,
                         published_precision, published_from, page_date, page_date_precision,
                         body, raw_zlib, raw_size, warnings, ingested_at)
    VALUES ((SELECT coalesce(max(id), 0) + 1 FROM reports), $1, $2, $3, $4, $5, $6, $7, $8, $9,
            $10, $11, $12, $13, $14, $15, $16, {})
    RETURNING id
  )sql",
                  kNow),
      {pg::text(report.origin), pg::text(std::string(to_string(report.format))),
       pg::text(report.title), pg::text(report.url), pg::text(report.author),
       pg::text(report.source), pg::text(report.lang), pg::text(report.published.iso),
       pg::text(std::string(to_string(report.published.precision))),
       pg::text(report.published_from), pg::text(report.page_date.iso),
       pg::text(std::string(to_string(report.page_date.precision))), pg::text(report.body),
       pg::bytes(compress_bytes(report.raw)), pg::integer(static_cast<int64_t>(report.raw.size())),
       pg::text(nlohmann::json(report.warnings).dump())},
      context);
  if (!inserted) return inserted.error();
  const int64_t id = inserted->integer(0, 0);

  // 2. The fingerprint; its UNIQUE content hash is the last defence against an exact duplicate.
  auto fp = conn_->run(
      "INSERT INTO fingerprints (report_id, content_hash, minhash) VALUES ($1, $2, $3)"
      " ON CONFLICT (content_hash) DO NOTHING RETURNING report_id",
      {pg::integer(id), pg::text(fingerprint.content_hash),
       pg::bytes(encode_minhash(fingerprint.minhash))},
      context);
  if (!fp) return fp.error();
  if (fp->size() == 0) {
    auto existing = find_exact(fingerprint.content_hash);
    if (!existing) return existing.error();
    return make_error(
        fmt::format("{}: already stored as report {}", report.origin, existing->value_or(0)));
  }

  // 3. The LSH bands.
  std::string keys = "{";
  for (std::size_t i = 0; i < fingerprint.lsh_bands.size(); ++i) {
    keys += (i ? "," : "") + std::to_string(fingerprint.lsh_bands[i]);
  }
  keys += "}";
  if (auto bands =
          conn_->run("INSERT INTO lsh_bands (band_key, report_id) SELECT DISTINCT k, $2::bigint"
                     " FROM unnest($1::bigint[]) k ON CONFLICT DO NOTHING",
                     {pg::text(keys), pg::integer(id)}, context);
      !bands) {
    return bands.error();
  }

  // 4. The duplicate link, to the original's own original, so every link points at the first
  // report of its story.
  if (duplicate_of) {
    auto root = conn_->run(R"sql(
      SELECT coalesce(d.original_id, r.id) FROM reports r
      LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = $1 AND r.id <> $2
    )sql",
                           {pg::integer(duplicate_of->original_id), pg::integer(id)}, context);
    if (!root) return root.error();
    if (root->size() == 0) {
      return make_error(fmt::format("{}: cannot store as a duplicate of report {}: no such report",
                                    report.origin, duplicate_of->original_id));
    }
    if (auto link = conn_->run(
            "INSERT INTO duplicate_links (report_id, original_id, similarity) VALUES ($1, $2, $3)",
            {pg::integer(id), pg::integer(root->integer(0, 0)), pg::real(duplicate_of->similarity)},
            context);
        !link) {
      return link.error();
    }
  }
  return id;
}

Result<std::optional<StoredReport>> PgReportStore::get_report(int64_t id) {
  auto rows = conn_->run(R"sql(
    SELECT r.origin, r.format, r.title, r.url, r.author, r.source, r.lang, r.published,
           r.published_precision, r.published_from, r.page_date, r.page_date_precision, r.body,
           r.raw_zlib, r.raw_size, r.warnings, r.ingested_at, d.original_id, d.similarity
    FROM reports r LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = $1
  )sql",
                         {pg::integer(id)}, name());
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<StoredReport>();
  const pg::Rows& row = *rows;
  StoredReport out;
  out.id = id;
  Report& r = out.report;
  r.origin = row.text(0, 0);
  r.format = parse_source_format(row.text(0, 1)).value_or(SourceFormat::text);
  r.title = row.text(0, 2);
  r.url = row.text(0, 3);
  r.author = row.text(0, 4);
  r.source = row.text(0, 5);
  r.lang = row.text(0, 6);
  r.published.iso = row.text(0, 7);
  r.published.precision = parse_date_precision(row.text(0, 8)).value_or(DatePrecision::unknown);
  r.published_from = row.text(0, 9);
  r.page_date.iso = row.text(0, 10);
  r.page_date.precision = parse_date_precision(row.text(0, 11)).value_or(DatePrecision::unknown);
  r.body = row.text(0, 12);
  auto raw = decompress_bytes(row.bytes(0, 13), static_cast<std::size_t>(row.integer(0, 14)),
                              fmt::format("{}: report {}", name(), id));
  if (!raw) return raw.error();
  r.raw = std::move(*raw);
  const auto warnings = nlohmann::json::parse(row.text(0, 15), nullptr, false);
  if (warnings.is_array()) {
    for (const auto& w : warnings) {
      if (w.is_string()) r.warnings.push_back(w.get<std::string>());
    }
  }
  out.ingested_at = row.text(0, 16);
  out.duplicate_of = link_at(row, 0, 17);
  return std::optional<StoredReport>(std::move(out));
}

Result<std::optional<int64_t>> PgReportStore::original_id(int64_t id) {
  auto rows = conn_->run(R"sql(
    SELECT coalesce(d.original_id, r.id) FROM reports r
    LEFT JOIN duplicate_links d ON d.report_id = r.id WHERE r.id = $1
  )sql",
                         {pg::integer(id)}, name());
  if (!rows) return rows.error();
  if (rows->size() == 0) return std::optional<int64_t>();
  return std::optional<int64_t>(rows->integer(0, 0));
}

}  // namespace truce::store
