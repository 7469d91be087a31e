// A small RAII layer over libpq for the PostgreSQL store: one connection, parameterised
// statements with text parameters (bytea ones binary), results read by row and column, and
// transactions that nest as savepoints inside a batch.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace truce::store::pg {

// A statement parameter: text, binary (bytea) or NULL.
struct Param {
  std::optional<std::string> value;
  bool binary = false;
};

Param text(std::string value);
Param integer(int64_t value);
Param real(double value);
Param boolean(bool value);
Param bytes(std::string value);
Param null();
Param optional_text(const std::optional<std::string>& value);
Param optional_integer(const std::optional<int64_t>& value);
Param optional_real(const std::optional<double>& value);

// SQLSTATE codes the store tells apart.
inline constexpr std::string_view kUniqueViolation = "23505";
inline constexpr std::string_view kForeignKeyViolation = "23503";

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};

// The rows of a successful statement.
class Rows {
 public:
  explicit Rows(PGresult* result) : result_(result) {}
  int size() const { return PQntuples(result_.get()); }
  bool is_null(int row, int column) const { return PQgetisnull(result_.get(), row, column); }
  std::string text(int row, int column) const;
  int64_t integer(int row, int column) const;
  double real(int row, int column) const;
  bool boolean(int row, int column) const;
  std::string bytes(int row, int column) const;  // a bytea column, unescaped
  // Rows changed by an INSERT, UPDATE or DELETE.
  int64_t affected() const;

 private:
  std::unique_ptr<PGresult, ResultDeleter> result_;
};

class Connection {
 public:
  // Connects to `url` (postgresql://...); `name` is how messages name the database (the URL
  // without its password).
  static Result<std::unique_ptr<Connection>> open(const std::string& url, std::string name);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one statement; fails with "<context>: <server's message>".
  Result<Rows> run(std::string_view sql, const std::vector<Param>& params,
                   const std::string& context);
  // The SQLSTATE of the last failed statement, for callers that tell constraint errors apart.
  const std::string& last_sqlstate() const { return last_sqlstate_; }
  // Runs one or more statements without parameters.
  Status exec(std::string_view sql, const std::string& context);

  bool in_transaction() const;
  const std::string& name() const { return name_; }

 private:
  Connection(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}
  PGconn* conn_;
  std::string name_;
  std::string last_sqlstate_;
};

// A transaction, or a savepoint when one is open already (a report inside a batch): rolled back
// unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& conn, const std::string& context);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Status commit();

 private:
  Transaction(Connection* conn, bool nested, std::string context)
      : conn_(conn), nested_(nested), context_(std::move(context)) {}
  Connection* conn_;
  bool nested_;
  std::string context_;
};

// `url` with any password replaced by "***", for messages.
std::string redact_url(const std::string& url);

// True when `location` names a PostgreSQL server rather than a file.
bool is_postgres_url(std::string_view location);

}  // namespace truce::store::pg
