// The schema, one migration at a time. Never edit a migration that has shipped: append a new one
// with the next version (see docs/storage.md, "Adding a migration").
#include "store/migrations.hpp"

#include <array>

namespace truce::store {
namespace {

// Version 1: reports with every Report field, and what duplicate detection needs. Raw bytes are
// zlib-compressed (raw_zlib, with raw_size for the inflate buffer); warnings are a JSON array.
constexpr std::string_view kReports = R"sql(
CREATE TABLE reports (
  id                  INTEGER PRIMARY KEY,
  origin              TEXT NOT NULL,
  format              TEXT NOT NULL CHECK (format IN ('text', 'html', 'rss', 'atom', 'jsonl')),
  title               TEXT NOT NULL,
  url                 TEXT NOT NULL,
  author              TEXT NOT NULL,
  source              TEXT NOT NULL,
  lang                TEXT NOT NULL,
  published           TEXT NOT NULL,
  published_precision TEXT NOT NULL,
  published_from      TEXT NOT NULL,
  page_date           TEXT NOT NULL,
  page_date_precision TEXT NOT NULL,
  body                TEXT NOT NULL,
  raw_zlib            BLOB NOT NULL,
  raw_size            INTEGER NOT NULL CHECK (raw_size >= 0),
  warnings            TEXT NOT NULL CHECK (json_valid(warnings) AND json_type(warnings) = 'array'),
  ingested_at         TEXT NOT NULL
);
CREATE INDEX reports_published ON reports (published);
CREATE INDEX reports_source ON reports (source COLLATE NOCASE);

-- content_hash is UNIQUE: an exact duplicate can never be stored twice, whatever the caller does.
CREATE TABLE fingerprints (
  report_id    INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL UNIQUE,
  minhash      BLOB NOT NULL
);

-- One row per LSH band of a report's MinHash signature; near_candidates looks keys up here.
CREATE TABLE lsh_bands (
  band_key  INTEGER NOT NULL,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, report_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_report ON lsh_bands (report_id);

-- A near-duplicate points at the first report of its kind, never at another near-duplicate.
CREATE TABLE duplicate_links (
  report_id   INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  original_id INTEGER NOT NULL REFERENCES reports (id),
  similarity  REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  CHECK (report_id <> original_id)
);
CREATE INDEX duplicate_links_original ON duplicate_links (original_id);
)sql";

// Version 2: full-text search over titles and bodies. An external-content index (the text lives
// once, in reports) kept in step by triggers, so no writer can forget it. remove_diacritics 2
// lets "cavusoglu" find "Çavuşoğlu".
constexpr std::string_view kFullText = R"sql(
CREATE VIRTUAL TABLE reports_fts USING fts5 (
  title, body,
  content = 'reports', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, body)
  VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, body ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, body)
  VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO reports_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO reports_fts (reports_fts) VALUES ('rebuild');
)sql";

// Version 3: extraction results. One row per report with the whole extraction as JSON, and one
// row per fact with the columns that `truce events` / `truce claims` filter on. Re-extraction
// replaces both; deleting a report deletes its facts.
constexpr std::string_view kExtractions = R"sql(
CREATE TABLE extractions (
  report_id    INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  extractor    TEXT NOT NULL,
  extracted_at TEXT NOT NULL,
  json         TEXT NOT NULL CHECK (json_valid(json))
);
CREATE TABLE facts (
  report_id     INTEGER NOT NULL REFERENCES extractions (report_id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('incident', 'claim', 'ceasefire', 'denial')),
  fact_id       TEXT NOT NULL,
  type          TEXT NOT NULL,
  date          TEXT NOT NULL,
  claimant      TEXT NOT NULL,
  claimant_side TEXT NOT NULL,
  actor1        TEXT NOT NULL,
  about         TEXT NOT NULL,
  measure       TEXT NOT NULL,
  place         TEXT NOT NULL,
  value         REAL,
  json          TEXT NOT NULL CHECK (json_valid(json)),
  PRIMARY KEY (report_id, kind, fact_id)
);
CREATE INDEX facts_kind_date ON facts (kind, date);
CREATE INDEX facts_kind_type ON facts (kind, type);
)sql";

// Analysts' decisions, which outlive re-extraction: merges and splits of linked incidents (by
// stable account keys, see monitor/account.hpp) and ceasefires declared by hand.
constexpr std::string_view kAnalystDecisions = R"sql(
CREATE TABLE incident_decisions (
  id         INTEGER PRIMARY KEY,
  action     TEXT NOT NULL CHECK (action IN ('merge', 'split')),
  account_a  TEXT NOT NULL,
  account_b  TEXT NOT NULL,
  note       TEXT NOT NULL,
  decided_at TEXT NOT NULL
);
CREATE TABLE declared_ceasefires (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  starts      TEXT NOT NULL,
  ends        TEXT NOT NULL,
  parties     TEXT NOT NULL CHECK (json_valid(parties)),
  area        TEXT NOT NULL,
  note        TEXT NOT NULL,
  declared_at TEXT NOT NULL
);
)sql";

// Version 5: what analysts add (see review_store.hpp). Tokens keep only a hash of their secret.
// Reviews reference the report, not the fact row, so re-extraction (which replaces the facts)
// leaves them in place; they are never updated, only appended.
constexpr std::string_view kReviews = R"sql(
CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  role        TEXT NOT NULL CHECK (role IN ('analyst', 'observer', 'admin')),
  secret_hash TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  revoked_at  TEXT
);
CREATE TABLE reviews (
  id         INTEGER PRIMARY KEY,
  target     TEXT NOT NULL CHECK (target IN ('incident', 'claim', 'place')),
  report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  fact_id    TEXT NOT NULL,
  decision   TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'correct')),
  field      TEXT NOT NULL,
  before     TEXT NOT NULL CHECK (json_valid(before)),
  after      TEXT NOT NULL CHECK (json_valid(after)),
  reason     TEXT NOT NULL,
  reviewer   TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX reviews_fact ON reviews (report_id, target, fact_id);
CREATE TRIGGER reviews_append_only BEFORE UPDATE ON reviews BEGIN
  SELECT RAISE(ABORT, 'reviews are an audit trail: append a new review instead');
END;
)sql";

// Version 6: observer reports (docs/schemas/observations.schema.json): each observation as entered,
// with its mission, local day and the event's estimated position.
constexpr std::string_view kObservations = R"sql(
CREATE TABLE observations (
  id         INTEGER PRIMARY KEY,
  batch      TEXT NOT NULL,
  mission    TEXT NOT NULL,
  day        TEXT NOT NULL,
  lat        REAL NOT NULL,
  lon        REAL NOT NULL,
  json       TEXT NOT NULL CHECK (json_valid(json)),
  entered_at TEXT NOT NULL
);
CREATE INDEX observations_day ON observations (day);
)sql";

// Version 7: who made an analyst's decision or declared a ceasefire (the API token's name; ""
// for the command line), for the audit trail.
constexpr std::string_view kDecisionAuthors = R"sql(
ALTER TABLE incident_decisions ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
ALTER TABLE declared_ceasefires ADD COLUMN declared_by TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: what the API's listings need to answer a page without reading every fact. Each
// incident's resolved places ("places"[].place.lat/lon of its JSON) as points, kept by a trigger
// on facts so no writer can forget them, in an R*Tree for a map's box; indexes in the listings'
// order (date, report, fact id, shorter ids first), alone and after each filter a listing is
// asked for most (type, claimant's side, whose losses or who was targeted), which replace the
// old (kind, date) and (kind, type); and the reports' ids alone, a small index to skip through
// to a page's offset (the table's own order would read every skipped report's text).
constexpr std::string_view kListingIndexes = R"sql(
CREATE TABLE fact_points (
  id        INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  fact_id   TEXT NOT NULL,
  lat       REAL NOT NULL,
  lon       REAL NOT NULL,
  FOREIGN KEY (report_id, kind, fact_id) REFERENCES facts (report_id, kind, fact_id)
    ON DELETE CASCADE
);
CREATE INDEX fact_points_fact ON fact_points (report_id, kind, fact_id, lat, lon);
CREATE VIRTUAL TABLE fact_points_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);
CREATE TRIGGER fact_points_rtree_insert AFTER INSERT ON fact_points BEGIN
  INSERT INTO fact_points_rtree (id, min_lat, max_lat, min_lon, max_lon)
  VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
END;
CREATE TRIGGER fact_points_rtree_delete AFTER DELETE ON fact_points BEGIN
  DELETE FROM fact_points_rtree WHERE id = old.id;
END;
CREATE TRIGGER facts_points AFTER INSERT ON facts WHEN new.kind = 'incident' BEGIN
  INSERT INTO fact_points (report_id, kind, fact_id, lat, lon)
  SELECT new.report_id, new.kind, new.fact_id, json_extract(p.value, '$.place.lat'),
         json_extract(p.value, '$.place.lon')
  FROM json_each(new.json, '$.places') p
  WHERE json_type(p.value, '$.place.lat') IN ('integer', 'real')
    AND json_type(p.value, '$.place.lon') IN ('integer', 'real');
END;
INSERT INTO fact_points (report_id, kind, fact_id, lat, lon)
  SELECT f.report_id, f.kind, f.fact_id, json_extract(p.value, '$.place.lat'),
         json_extract(p.value, '$.place.lon')
  FROM facts f, json_each(f.json, '$.places') p
  WHERE f.kind = 'incident'
    AND json_type(p.value, '$.place.lat') IN ('integer', 'real')
    AND json_type(p.value, '$.place.lon') IN ('integer', 'real');
DROP INDEX facts_kind_date;
DROP INDEX facts_kind_type;
CREATE INDEX facts_listing ON facts (kind, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_by_type ON facts (kind, type, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_by_side
  ON facts (kind, claimant_side COLLATE NOCASE, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_by_about
  ON facts (kind, about COLLATE NOCASE, date, report_id, length(fact_id), fact_id);
CREATE INDEX reports_ids ON reports (id);
)sql";

// Version 9: incidents' points are written with their facts (store/extraction_rows.cpp), not by
// a trigger reading each fact's JSON back: firing it cost about a tenth of an ingest's CPU.
constexpr std::string_view kPointsWithFacts = R"sql(
DROP TRIGGER facts_points;
)sql";

// Version 10: the LSH bands of the latest reports go to a small table, merged into lsh_bands in
// key order when it has grown (SqliteReportStore::merge_recent_bands). Band keys are hashes, so
// each insert into the large table landed on its own page: a 5,000-sentence ingest into a
// database of 500,000 rewrote nearly every page of lsh_bands once per batch (47 % of what it
// wrote). Look-ups read both tables.
constexpr std::string_view kRecentBands = R"sql(
CREATE TABLE lsh_bands_recent (
  band_key  INTEGER NOT NULL,
  report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, report_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_recent_report ON lsh_bands_recent (report_id);
)sql";

// Version 11: the facts of the latest extractions (and their incidents' points) go to tables of
// their own, merged into facts and fact_points in the listings' order when they have grown
// (store/recent_facts.cpp). Each fact's four listing entries landed on pages chosen by its type,
// side, target and date, scattered over indexes larger than the page cache: a 5,000-sentence
// ingest into a database of 500,000 wrote 64 % of its pages there, 13 % in the R*Tree. Every
// query of facts reads both.
constexpr std::string_view kRecentFacts = R"sql(
CREATE TABLE facts_recent (
  report_id     INTEGER NOT NULL REFERENCES extractions (report_id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('incident', 'claim', 'ceasefire', 'denial')),
  fact_id       TEXT NOT NULL,
  type          TEXT NOT NULL,
  date          TEXT NOT NULL,
  claimant      TEXT NOT NULL,
  claimant_side TEXT NOT NULL,
  actor1        TEXT NOT NULL,
  about         TEXT NOT NULL,
  measure       TEXT NOT NULL,
  place         TEXT NOT NULL,
  value         REAL,
  json          TEXT NOT NULL CHECK (json_valid(json)),
  PRIMARY KEY (report_id, kind, fact_id)
);
CREATE INDEX facts_recent_listing ON facts_recent (kind, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_recent_by_type
  ON facts_recent (kind, type, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_recent_by_side
  ON facts_recent (kind, claimant_side COLLATE NOCASE, date, report_id, length(fact_id), fact_id);
CREATE INDEX facts_recent_by_about
  ON facts_recent (kind, about COLLATE NOCASE, date, report_id, length(fact_id), fact_id);
CREATE TABLE fact_points_recent (
  id        INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL,
  kind      TEXT NOT NULL,
  fact_id   TEXT NOT NULL,
  lat       REAL NOT NULL,
  lon       REAL NOT NULL,
  FOREIGN KEY (report_id, kind, fact_id) REFERENCES facts_recent (report_id, kind, fact_id)
    ON DELETE CASCADE
);
CREATE INDEX fact_points_recent_fact ON fact_points_recent (report_id, kind, fact_id, lat, lon);
CREATE VIRTUAL TABLE fact_points_recent_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);
CREATE TRIGGER fact_points_recent_rtree_insert AFTER INSERT ON fact_points_recent BEGIN
  INSERT INTO fact_points_recent_rtree (id, min_lat, max_lat, min_lon, max_lon)
  VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
END;
CREATE TRIGGER fact_points_recent_rtree_delete AFTER DELETE ON fact_points_recent BEGIN
  DELETE FROM fact_points_recent_rtree WHERE id = old.id;
END;
)sql";

constexpr std::array kMigrations = {
    Migration{1, "reports, fingerprints, LSH bands, duplicate links", kReports},
    Migration{2, "full-text index on title and body", kFullText},
    Migration{3, "extractions and their facts", kExtractions},
    Migration{4, "analysts' incident decisions and declared ceasefires", kAnalystDecisions},
    Migration{5, "API tokens and analysts' reviews", kReviews},
    Migration{6, "observer reports", kObservations},
    Migration{7, "who made each incident decision and declared each ceasefire", kDecisionAuthors},
    Migration{8, "incidents' points in an R*Tree, facts indexed in listing order", kListingIndexes},
    Migration{9, "incidents' points written with their facts, not by a trigger", kPointsWithFacts},
    Migration{10, "the latest reports' LSH bands in a table of their own", kRecentBands},
    Migration{11, "the latest extractions' facts and points in tables of their own", kRecentFacts},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace truce::store
