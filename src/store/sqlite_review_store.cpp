// ReviewStore on the embedded SQLite store's file: tables api_tokens and reviews (migration 4).
#include <fmt/core.h>

#include "store/pg_review_store.hpp"
#include "store/review_store.hpp"
#include "store/sqlite_report_store.hpp"

namespace truce::store {
namespace {

constexpr std::string_view kNow = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

ApiToken token_at(const Statement& stmt) {
  ApiToken t;
  t.id = stmt.column_int(0);
  t.name = stmt.column_text(1);
  t.role = stmt.column_text(2);
  t.created_at = stmt.column_text(3);
  if (!stmt.is_null(4)) t.revoked_at = stmt.column_text(4);
  return t;
}

Review review_at(const Statement& stmt) {
  Review r;
  r.id = stmt.column_int(0);
  r.target = stmt.column_text(1);
  r.report_id = stmt.column_int(2);
  r.fact_id = stmt.column_text(3);
  r.decision = stmt.column_text(4);
  r.field = stmt.column_text(5);
  r.before = stmt.column_text(6);
  r.after = stmt.column_text(7);
  r.reason = stmt.column_text(8);
  r.reviewer = stmt.column_text(9);
  r.created_at = stmt.column_text(10);
  return r;
}

constexpr std::string_view kTokenColumns = "id, name, role, created_at, revoked_at";
constexpr std::string_view kReviewColumns =
    "id, target, report_id, fact_id, decision, field, before, after, reason, reviewer, created_at";

class SqliteReviewStore final : public ReviewStore {
 public:
  SqliteReviewStore(DatabasePtr db, std::string path)
      : db_(std::move(db)), path_(std::move(path)) {}

  Result<ApiToken> add_token(const std::string& name, const std::string& role,
                             const std::string& secret_hash) override {
    const std::string context = fmt::format("{}: cannot store token '{}'", path_, name);
    auto stmt = Statement::prepare(
        db_.get(),
        fmt::format("INSERT INTO api_tokens (name, role, secret_hash, created_at) "
                    "VALUES (?1, ?2, ?3, {}) RETURNING {}",
                    kNow, kTokenColumns),
        context);
    if (!stmt) return stmt.error();
    stmt->bind(1, name).bind(2, role).bind(3, secret_hash);
    auto row = stmt->step();
    if (!row) {
      if (stmt->last_code() == SQLITE_CONSTRAINT_UNIQUE) {
        return make_error(fmt::format("{}: a token named '{}' exists already", path_, name));
      }
      return row.error();
    }
    return token_at(*stmt);
  }

  Result<std::optional<ApiToken>> find_token(const std::string& secret_hash) override {
    auto stmt = Statement::prepare(
        db_.get(),
        fmt::format("SELECT {} FROM api_tokens WHERE secret_hash = ?1 AND revoked_at IS NULL",
                    kTokenColumns),
        path_);
    if (!stmt) return stmt.error();
    stmt->bind(1, secret_hash);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<ApiToken>();
    return std::optional<ApiToken>(token_at(*stmt));
  }

  Result<std::vector<ApiToken>> list_tokens() override {
    auto stmt = Statement::prepare(
        db_.get(), fmt::format("SELECT {} FROM api_tokens ORDER BY id", kTokenColumns), path_);
    if (!stmt) return stmt.error();
    std::vector<ApiToken> out;
    while (true) {
      auto row = stmt->step();
      if (!row) return row.error();
      if (!*row) break;
      out.push_back(token_at(*stmt));
    }
    return out;
  }

  Status revoke_token(const std::string& name) override {
    auto stmt = Statement::prepare(
        db_.get(),
        fmt::format("UPDATE api_tokens SET revoked_at = {} WHERE name = ?1 AND revoked_at IS NULL",
                    kNow),
        path_);
    if (!stmt) return stmt.error();
    stmt->bind(1, name);
    if (Status done = stmt->run(); !done) return done;
    if (sqlite3_changes(db_.get()) == 0) {
      return make_error(fmt::format("{}: no active token named '{}'", path_, name));
    }
    return {};
  }

  Result<Review> add_review(const Review& r) override {
    const std::string context = fmt::format("{}: cannot store the review of report {} {} {}", path_,
                                            r.report_id, r.target, r.fact_id);
    auto stmt = Statement::prepare(
        db_.get(),
        fmt::format("INSERT INTO reviews (target, report_id, fact_id, decision, field, before, "
                    "after, reason, reviewer, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                    "?9, {}) RETURNING {}",
                    kNow, kReviewColumns),
        context);
    if (!stmt) return stmt.error();
    stmt->bind(1, r.target).bind(2, r.report_id).bind(3, r.fact_id).bind(4, r.decision);
    stmt->bind(5, r.field).bind(6, r.before).bind(7, r.after).bind(8, r.reason).bind(9, r.reviewer);
    auto row = stmt->step();
    if (!row) {
      if (stmt->last_code() == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return make_error(fmt::format("{}: no report {}", path_, r.report_id));
      }
      return row.error();
    }
    return review_at(*stmt);
  }

  Result<std::vector<Review>> list_reviews(const ReviewFilter& filter) override {
    auto stmt = Statement::prepare(
        db_.get(),
        fmt::format("SELECT {} FROM reviews WHERE (?1 IS NULL OR report_id = ?1) AND "
                    "(?2 IS NULL OR target = ?2) AND (?3 IS NULL OR fact_id = ?3) ORDER BY id",
                    kReviewColumns),
        path_);
    if (!stmt) return stmt.error();
    stmt->bind_optional(1, filter.report_id)
        .bind_optional(2, filter.target)
        .bind_optional(3, filter.fact_id);
    std::vector<Review> out;
    while (true) {
      auto row = stmt->step();
      if (!row) return row.error();
      if (!*row) break;
      out.push_back(review_at(*stmt));
    }
    return out;
  }

 private:
  DatabasePtr db_;
  std::string path_;
};

}  // namespace
}  // namespace truce::store

namespace truce {

Result<std::unique_ptr<ReviewStore>> open_review_store(const std::string& location) {
  const std::string path = location.empty() ? "truce.db" : location;
  if (store::pg::is_postgres_url(path)) return store::open_pg_review_store(path);
  auto db = store::open_migrated(path);
  if (!db) return db.error();
  return std::unique_ptr<ReviewStore>(new store::SqliteReviewStore(std::move(*db), path));
}

}  // namespace truce
