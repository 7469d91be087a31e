// RAII owners for sqlite3* and sqlite3_stmt*, a rollback-unless-committed transaction guard, and
// the few helpers the store needs to run SQL with errors as values.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"

namespace truce::store {

struct DatabaseCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;

// Opens `path` read-write, creating it if absent; or, `read_only`, only reading an existing file.
// Fails with "<path>: cannot open database: ...".
Result<DatabasePtr> open_database(const std::string& path, bool read_only = false);

// Runs one or more SQL statements that return no rows. Fails with "<context>: <sqlite message>".
Status exec(sqlite3* db, std::string_view sql, std::string_view context);

// A prepared statement. Bind indices are 1-based, column indices 0-based, as in SQLite.
class Statement {
 public:
  // Prepares the first statement of `sql`. Fails with "<context>: <sqlite message>".
  static Result<Statement> prepare(sqlite3* db, std::string_view sql, std::string_view context);

  Statement(Statement&&) noexcept = default;
  Statement& operator=(Statement&&) noexcept = default;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // Binds the value, or NULL when it is absent.
  Statement& bind_optional(int index, const std::optional<std::string>& value);
  Statement& bind_optional(int index, const std::optional<int64_t>& value);
  Statement& bind_optional(int index, const std::optional<double>& value);

  // Steps once: true when a row is ready, false when done. Fails with "<context>: <message>";
  // the error's message carries SQLite's extended error code in `last_code()`.
  Result<bool> step();
  // Steps to completion, for statements that return no rows.
  Status run();
  // Resets the statement and clears its bindings so it can run again.
  void reset();
  // Names what the statement works on in its error messages from now on.
  void set_context(std::string_view context) { context_.assign(context); }

  int last_code() const { return last_code_; }

  bool is_null(int column) const;
  int64_t column_int(int column) const;
  double column_double(int column) const;
  std::string column_text(int column) const;  // "" for NULL
  std::string column_blob(int column) const;  // "" for NULL

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  Statement(sqlite3* db, sqlite3_stmt* stmt, std::string context)
      : db_(db), stmt_(stmt), context_(std::move(context)) {}

  sqlite3* db_ = nullptr;
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  std::string context_;
  int last_code_ = SQLITE_OK;
};

// Statements prepared once per connection and reused: preparing costs more than running the
// small inserts of an ingest. Destroy the cache before its connection.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  // Returns the statement for `sql`, reset with no bindings and naming `context` in its errors.
  // The pointer stays valid as long as the cache.
  Result<Statement*> get(std::string_view sql, std::string_view context);

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

// BEGIN IMMEDIATE on construction (taking the write lock up front, so two writers wait on the
// busy timeout instead of deadlocking on a lock upgrade); ROLLBACK on destruction unless commit()
// succeeded. Inside a transaction already open (a batch of reports) it is a savepoint instead:
// rolled back alone, so one report fails without undoing the others of its batch.
class Transaction {
 public:
  // Fails with "<context>: <sqlite message>" (e.g. the database is locked past the timeout).
  static Result<Transaction> begin(sqlite3* db, std::string_view context);

  Transaction(Transaction&& other) noexcept
      : db_(other.db_), context_(std::move(other.context_)), nested_(other.nested_) {
    other.db_ = nullptr;
  }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Status commit();

 private:
  Transaction(sqlite3* db, std::string context, bool nested)
      : db_(db), context_(std::move(context)), nested_(nested) {}
  sqlite3* db_;  // nullptr once committed or rolled back
  std::string context_;
  bool nested_;  // a savepoint inside an open transaction
};

}  // namespace truce::store
