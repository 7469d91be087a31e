// See sqlite_handle.hpp.
#include "store/sqlite_handle.hpp"

#include <fmt/core.h>

namespace truce::store {
namespace {

Error sqlite_error(sqlite3* db, std::string_view context) {
  return make_error(fmt::format("{}: {}", context, db ? sqlite3_errmsg(db) : "out of memory"));
}

// Statement journals (SQLite's undo record of one statement inside a batch) stay in memory up
// to this size instead of spilling to a temporary file after 64 KiB: into a database of 500,000
// sentences, FTS5's merges inside an insert spilled 254 MB to temporary files for a 5,000-
// sentence ingest. Set once, before SQLite initialises; later it cannot change and is left.
// A statement whose journal outgrows it failed with "database or disk is full" when the journal
// spilled to a file (SQLite 3.40.1): keep large moves in chunks (store/recent_facts.cpp).
constexpr int kStatementJournalSpill = 32 << 20;

void configure_sqlite_once() {
  static const bool configured = [] {
    return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kStatementJournalSpill) == SQLITE_OK;
  }();
  (void)configured;
}

}  // namespace

Result<DatabasePtr> open_database(const std::string& path, bool read_only) {
  configure_sqlite_once();
  sqlite3* raw = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DatabasePtr db(raw);  // sqlite3_open_v2 hands back a handle even on failure: close it too
  if (rc != SQLITE_OK) {
    return make_error(fmt::format("{}: cannot open database: {}", path,
                                  raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db.get(), 1);
  return db;
}

Status exec(sqlite3* db, std::string_view sql, std::string_view context) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Error error =
        make_error(fmt::format("{}: {}", context, message ? message : sqlite3_errmsg(db)));
    sqlite3_free(message);
    return error;
  }
  return {};
}

Result<Statement> Statement::prepare(sqlite3* db, std::string_view sql, std::string_view context) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
      SQLITE_OK) {
    sqlite3_finalize(stmt);
    return sqlite_error(db, context);
  }
  return Statement(db, stmt, std::string(context));
}

Statement& Statement::bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

Statement& Statement::bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  // A zero-length blob, not NULL, for empty input: NOT NULL columns accept it.
  sqlite3_bind_blob64(stmt_.get(), index, bytes.empty() ? "" : bytes.data(), bytes.size(),
                      SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}

Statement& Statement::bind_optional(int index, const std::optional<std::string>& value) {
  return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_optional(int index, const std::optional<int64_t>& value) {
  return value ? bind(index, *value) : bind_null(index);
}

Statement& Statement::bind_optional(int index, const std::optional<double>& value) {
  return value ? bind(index, *value) : bind_null(index);
}

Result<bool> Statement::step() {
  last_code_ = sqlite3_step(stmt_.get());
  if (last_code_ == SQLITE_ROW) return true;
  if (last_code_ == SQLITE_DONE) return false;
  return sqlite_error(db_, context_);
}

Status Statement::run() {
  for (;;) {
    auto row = step();
    if (!row) return row.error();
    if (!*row) return {};
  }
}

void Statement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  last_code_ = SQLITE_OK;
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

int64_t Statement::column_int(int column) const {
  return sqlite3_column_int64(stmt_.get(), column);
}

double Statement::column_double(int column) const {
  return sqlite3_column_double(stmt_.get(), column);
}

std::string Statement::column_text(int column) const {
  const auto* text = sqlite3_column_text(stmt_.get(), column);
  if (!text) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

std::string Statement::column_blob(int column) const {
  const void* blob = sqlite3_column_blob(stmt_.get(), column);
  if (!blob) return {};
  return std::string(static_cast<const char*>(blob),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), column)));
}

Result<Statement*> StatementCache::get(std::string_view sql, std::string_view context) {
  auto found = statements_.find(std::string(sql));
  if (found == statements_.end()) {
    auto prepared = Statement::prepare(db_, sql, context);
    if (!prepared) return prepared.error();
    found = statements_.emplace(std::string(sql), std::make_unique<Statement>(std::move(*prepared)))
                .first;
  }
  Statement* stmt = found->second.get();
  stmt->reset();
  stmt->set_context(context);
  return stmt;
}

Result<Transaction> Transaction::begin(sqlite3* db, std::string_view context) {
  const bool nested = sqlite3_get_autocommit(db) == 0;
  if (Status begun = exec(db, nested ? "SAVEPOINT report" : "BEGIN IMMEDIATE", context); !begun) {
    return begun.error();
  }
  return Transaction(db, std::string(context), nested);
}

Transaction::~Transaction() {
  // Nothing to report from a destructor: a failed ROLLBACK leaves SQLite rolling back itself
  // when the connection closes.
  if (!db_) return;
  sqlite3_exec(db_, nested_ ? "ROLLBACK TO report; RELEASE report" : "ROLLBACK", nullptr, nullptr,
               nullptr);
}

Status Transaction::commit() {
  Status done = exec(db_, nested_ ? "RELEASE report" : "COMMIT", context_);
  if (done) db_ = nullptr;
  return done;
}

}  // namespace truce::store
