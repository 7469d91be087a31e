// ReviewStore on PostgreSQL: API tokens and analysts' reviews, as sqlite_review_store.cpp keeps
// them (same columns, same order, same messages).
#include "store/pg_review_store.hpp"

#include <fmt/core.h>

namespace truce::store {
namespace {

constexpr std::string_view kNow =
    R"(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))";
constexpr std::string_view kTokenColumns = "id, name, role, created_at, revoked_at";
constexpr std::string_view kReviewColumns =
    "id, target, report_id, fact_id, decision, field, before, after, reason, reviewer, created_at";

ApiToken token_at(const pg::Rows& rows, int i) {
  ApiToken t{rows.integer(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), {}};
  if (!rows.is_null(i, 4)) t.revoked_at = rows.text(i, 4);
  return t;
}

Review review_at(const pg::Rows& rows, int i) {
  return Review{rows.integer(i, 0), rows.text(i, 1), rows.integer(i, 2), rows.text(i, 3),
                rows.text(i, 4),    rows.text(i, 5), rows.text(i, 6),    rows.text(i, 7),
                rows.text(i, 8),    rows.text(i, 9), rows.text(i, 10)};
}

class PgReviewStore final : public ReviewStore {
 public:
  explicit PgReviewStore(std::unique_ptr<pg::Connection> conn) : conn_(std::move(conn)) {}

  Result<ApiToken> add_token(const std::string& name, const std::string& role,
                             const std::string& secret_hash) override {
    auto rows =
        conn_->run(fmt::format("INSERT INTO api_tokens (name, role, secret_hash, created_at)"
                               " VALUES ($1, $2, $3, {}) RETURNING {}",
                               kNow, kTokenColumns),
                   {pg::text(name), pg::text(role), pg::text(secret_hash)},
                   fmt::format("{}: cannot store token '{}'", db(), name));
    if (!rows) {
      if (conn_->last_sqlstate() == pg::kUniqueViolation) {
        return make_error(fmt::format("{}: a token named '{}' exists already", db(), name));
      }
      return rows.error();
    }
    return token_at(*rows, 0);
  }

  Result<std::optional<ApiToken>> find_token(const std::string& secret_hash) override {
    auto rows = conn_->run(
        fmt::format("SELECT {} FROM api_tokens WHERE secret_hash = $1 AND revoked_at IS NULL",
                    kTokenColumns),
        {pg::text(secret_hash)}, db());
    if (!rows) return rows.error();
    if (rows->size() == 0) return std::optional<ApiToken>();
    return std::optional<ApiToken>(token_at(*rows, 0));
  }

  Result<std::vector<ApiToken>> list_tokens() override {
    auto rows =
        conn_->run(fmt::format("SELECT {} FROM api_tokens ORDER BY id", kTokenColumns), {}, db());
    if (!rows) return rows.error();
    std::vector<ApiToken> out;
    for (int i = 0; i < rows->size(); ++i) out.push_back(token_at(*rows, i));
    return out;
  }

  Status revoke_token(const std::string& name) override {
    auto rows = conn_->run(
        fmt::format("UPDATE api_tokens SET revoked_at = {} WHERE name = $1 AND revoked_at IS NULL",
                    kNow),
        {pg::text(name)}, db());
    if (!rows) return rows.error();
    if (rows->affected() == 0) {
      return make_error(fmt::format("{}: no active token named '{}'", db(), name));
    }
    return {};
  }

  Result<Review> add_review(const Review& r) override {
    auto rows = conn_->run(
        fmt::format("INSERT INTO reviews (target, report_id, fact_id, decision, field, before,"
                    " after, reason, reviewer, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7,"
                    " $8, $9, {}) RETURNING {}",
                    kNow, kReviewColumns),
        {pg::text(r.target), pg::integer(r.report_id), pg::text(r.fact_id), pg::text(r.decision),
         pg::text(r.field), pg::text(r.before), pg::text(r.after), pg::text(r.reason),
         pg::text(r.reviewer)},
        fmt::format("{}: cannot store the review of report {} {} {}", db(), r.report_id, r.target,
                    r.fact_id));
    if (!rows) {
      if (conn_->last_sqlstate() == pg::kForeignKeyViolation) {
        return make_error(fmt::format("{}: no report {}", db(), r.report_id));
      }
      return rows.error();
    }
    return review_at(*rows, 0);
  }

  Result<std::vector<Review>> list_reviews(const ReviewFilter& filter) override {
    auto rows = conn_->run(
        fmt::format("SELECT {} FROM reviews WHERE ($1::bigint IS NULL OR report_id = $1::bigint)"
                    " AND ($2::text IS NULL OR target = $2::text)"
                    " AND ($3::text IS NULL OR fact_id = $3::text) ORDER BY id",
                    kReviewColumns),
        {pg::optional_integer(filter.report_id), pg::optional_text(filter.target),
         pg::optional_text(filter.fact_id)},
        db());
    if (!rows) return rows.error();
    std::vector<Review> out;
    for (int i = 0; i < rows->size(); ++i) out.push_back(review_at(*rows, i));
    return out;
  }

 private:
  const std::string& db() const { return conn_->name(); }
  std::unique_ptr<pg::Connection> conn_;
};

}  // namespace

Result<std::unique_ptr<ReviewStore>> open_pg_review_store(const std::string& url) {
  auto conn = connect_migrated(url, OpenMode::read_write);
  if (!conn) return conn.error();
  return std::unique_ptr<ReviewStore>(new PgReviewStore(std::move(*conn)));
}

}  // namespace truce::store
