// See pg_connection.hpp.
#include "store/pg_connection.hpp"

#include <fmt/core.h>

#include <cstdlib>

namespace truce::store::pg {
namespace {

// The server's message without its trailing newline and detail lines: one line for the user.
std::string first_line(const char* message) {
  std::string out = message ? message : "";
  if (const auto end = out.find('\n'); end != std::string::npos) out.resize(end);
  if (out.starts_with("ERROR:  ")) out.erase(0, 8);
  return out.empty() ? "unknown server error" : out;
}

// Notices ("extension already exists, skipping") are not the user's concern.
void ignore_notice(void*, const char*) {}

}  // namespace

Param text(std::string value) { return Param{std::move(value), false}; }
Param integer(int64_t value) { return Param{std::to_string(value), false}; }
// 17 significant digits read back as the same double.
Param real(double value) { return Param{fmt::format("{:.17g}", value), false}; }
Param boolean(bool value) { return Param{value ? "true" : "false", false}; }
Param bytes(std::string value) { return Param{std::move(value), true}; }
Param null() { return Param{}; }
Param optional_text(const std::optional<std::string>& value) { return Param{value, false}; }
Param optional_integer(const std::optional<int64_t>& value) {
  return value ? integer(*value) : null();
}
Param optional_real(const std::optional<double>& value) { return value ? real(*value) : null(); }

std::string Rows::text(int row, int column) const {
  const char* value = PQgetvalue(result_.get(), row, column);
  return std::string(value, static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}

int64_t Rows::integer(int row, int column) const {
  return std::strtoll(PQgetvalue(result_.get(), row, column), nullptr, 10);
}

double Rows::real(int row, int column) const {
  return std::strtod(PQgetvalue(result_.get(), row, column), nullptr);
}

bool Rows::boolean(int row, int column) const {
  return PQgetvalue(result_.get(), row, column)[0] == 't';
}

std::string Rows::bytes(int row, int column) const {
  std::size_t length = 0;
  unsigned char* raw = PQunescapeBytea(
      reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row, column)), &length);
  if (!raw) return {};
  std::string out(reinterpret_cast<const char*>(raw), length);
  PQfreemem(raw);
  return out;
}

int64_t Rows::affected() const { return std::strtoll(PQcmdTuples(result_.get()), nullptr, 10); }

Result<std::unique_ptr<Connection>> Connection::open(const std::string& url, std::string name) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (!conn) return make_error(fmt::format("{}: cannot connect: out of memory", name));
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = first_line(PQerrorMessage(conn));
    PQfinish(conn);
    return make_error(fmt::format("{}: cannot connect: {}", name, message));
  }
  PQsetNoticeProcessor(conn, ignore_notice, nullptr);
  auto out = std::unique_ptr<Connection>(new Connection(conn, std::move(name)));
  // Messages and dates the same whatever the server's defaults; text compared byte by byte.
  if (Status set = out->exec("SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC';"
                             " SET client_min_messages = warning;",
                             out->name_);
      !set) {
    return set.error();
  }
  return out;
}

Connection::~Connection() { PQfinish(conn_); }

Result<Rows> Connection::run(std::string_view sql, const std::vector<Param>& params,
                             const std::string& context) {
  std::vector<const char*> values;
  std::vector<int> lengths;
  std::vector<int> formats;
  for (const auto& p : params) {
    values.push_back(p.value ? p.value->data() : nullptr);
    lengths.push_back(p.value ? static_cast<int>(p.value->size()) : 0);
    formats.push_back(p.binary ? 1 : 0);
  }
  const std::string statement(sql);
  PGresult* result = PQexecParams(conn_, statement.c_str(), static_cast<int>(params.size()),
                                  nullptr, values.data(), lengths.data(), formats.data(), 0);
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    last_sqlstate_.clear();
    return Rows(result);
  }
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  last_sqlstate_ = state ? state : "";
  std::string message = first_line(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
  PQclear(result);
  return make_error(fmt::format("{}: {}", context, message));
}

Status Connection::exec(std::string_view sql, const std::string& context) {
  const std::string statement(sql);
  PGresult* result = PQexec(conn_, statement.c_str());
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    PQclear(result);
    return {};
  }
  std::string message = first_line(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_));
  PQclear(result);
  return make_error(fmt::format("{}: {}", context, message));
}

bool Connection::in_transaction() const { return PQtransactionStatus(conn_) != PQTRANS_IDLE; }

Result<Transaction> Transaction::begin(Connection& conn, const std::string& context) {
  const bool nested = conn.in_transaction();
  if (Status begun = conn.exec(nested ? "SAVEPOINT truce_report" : "BEGIN", context); !begun) {
    return begun.error();
  }
  return Transaction(&conn, nested, context);
}

Transaction::Transaction(Transaction&& other) noexcept
    : conn_(other.conn_), nested_(other.nested_), context_(std::move(other.context_)) {
  other.conn_ = nullptr;
}

Transaction::~Transaction() {
  if (!conn_) return;
  // Best effort: a failed rollback leaves the connection aborted, and the next statement says so.
  (void)conn_->exec(
      nested_ ? "ROLLBACK TO SAVEPOINT truce_report; RELEASE SAVEPOINT truce_report" : "ROLLBACK",
      context_);
}

Status Transaction::commit() {
  Connection* conn = conn_;
  conn_ = nullptr;
  return conn->exec(nested_ ? "RELEASE SAVEPOINT truce_report" : "COMMIT", context_);
}

std::string redact_url(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const auto at = url.find('@', scheme + 3);
  const auto slash = url.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return url;
  const auto colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

bool is_postgres_url(std::string_view location) {
  return location.starts_with("postgres://") || location.starts_with("postgresql://");
}

}  // namespace truce::store::pg
