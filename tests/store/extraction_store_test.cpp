// Extraction results in the store: stored with the report in one transaction, replaced by a
// re-extraction, listed back with filters, and gone with nothing half-written on failure.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/report_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

FactRow incident(std::string id, std::string type, std::string date, std::string side) {
  FactRow f;
  f.kind = "incident";
  f.fact_id = std::move(id);
  f.type = std::move(type);
  f.date = std::move(date);
  f.claimant = side + " ministry";
  f.claimant_side = std::move(side);
  f.json = R"({"id": ")" + f.fact_id + R"("})";
  return f;
}

FactRow claim(std::string id, std::string category, double value, std::string about) {
  FactRow f;
  f.kind = "claim";
  f.fact_id = std::move(id);
  f.type = std::move(category);
  f.date = "2020-10-03";
  f.claimant_side = "Azerbaijan";
  f.about = std::move(about);
  f.measure = "destroyed";
  f.value = value;
  f.json = "{}";
  return f;
}

class ExtractionStore : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = open_store(db_.string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  int64_t insert(const std::string& tag, const ExtractionRecord* extraction,
                 std::optional<DuplicateLink> link = std::nullopt) {
    auto id =
        store_->insert_report(full_report(tag), fake_fingerprint("hash-" + tag), link, extraction);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : -1;
  }
  std::vector<StoredFact> list(FactFilter filter) {
    auto facts = store_->list_facts(filter);
    EXPECT_TRUE(facts) << facts.error().message;
    return facts ? *facts : std::vector<StoredFact>{};
  }

  TempDir dir_;
  std::filesystem::path db_ = dir_ / "store.db";
  std::unique_ptr<ReportStore> store_;
};

TEST_F(ExtractionStore, StoredWithTheReportAndReadBack) {
  ExtractionRecord record{
      "test/1",
      R"({"incidents": [1]})",
      {incident("1", "battles", "2020-10-03", "Azerbaijan"), claim("1", "tanks", 300, "Armenia")}};
  const int64_t id = insert("a", &record);
  auto got = store_->get_extraction(id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->extractor, "test/1");
  EXPECT_EQ((*got)->json, record.json);

  const auto incidents = list({.kind = "incident"});
  ASSERT_EQ(incidents.size(), 1u);
  EXPECT_EQ(incidents[0].report_id, id);
  EXPECT_EQ(incidents[0].fact.type, "battles");
  EXPECT_EQ(incidents[0].fact.claimant_side, "Azerbaijan");
  const auto claims = list({.kind = "claim"});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].fact.value, 300);
  EXPECT_EQ(claims[0].fact.about, "Armenia");
}

TEST_F(ExtractionStore, ReExtractionReplacesFacts) {
  ExtractionRecord first{"v1",
                         "{}",
                         {incident("1", "battles", "2020-10-03", "Armenia"),
                          incident("2", "battles", "2020-10-04", "Armenia")}};
  const int64_t id = insert("a", &first);
  ExtractionRecord second{
      "v2", "{}", {incident("1", "explosions_remote_violence", "2020-10-03", "Armenia")}};
  ASSERT_TRUE(store_->put_extraction(id, second));
  const auto facts = list({.kind = "incident"});
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(facts[0].fact.type, "explosions_remote_violence");
  EXPECT_EQ((*store_->get_extraction(id))->extractor, "v2");
}

TEST_F(ExtractionStore, FiltersByTypeSideDatesReportAndOriginals) {
  ExtractionRecord a{"v",
                     "{}",
                     {incident("1", "battles", "2020-10-01", "Armenia"),
                      incident("2", "explosions_remote_violence", "2020-10-05", "Azerbaijan")}};
  ExtractionRecord b{"v", "{}", {incident("1", "battles", "2020-10-01", "Armenia")}};
  const int64_t first = insert("a", &a);
  const int64_t copy = insert("b", &b, DuplicateLink{first, 0.8});

  EXPECT_EQ(list({.kind = "incident"}).size(), 3u);
  EXPECT_EQ(list({.kind = "incident", .type = "battles"}).size(), 2u);
  EXPECT_EQ(list({.kind = "incident", .claimant_side = "azerbaijan"}).size(), 1u);
  EXPECT_EQ(list({.kind = "incident", .since = "2020-10-02"}).size(), 1u);
  EXPECT_EQ(list({.kind = "incident", .until = "2020-10-01"}).size(), 2u);
  EXPECT_EQ(list({.kind = "incident", .report_id = copy}).size(), 1u);
  const auto originals = list({.kind = "incident", .originals_only = true});
  EXPECT_EQ(originals.size(), 2u);
  const auto all = list({.kind = "incident", .report_id = copy});
  EXPECT_EQ(all[0].original_id, first);  // a near-duplicate's facts name the original
  EXPECT_EQ(list({.kind = "incident", .limit = 1}).size(), 1u);
}

TEST_F(ExtractionStore, FailedExtractionLeavesNoReportBehind) {
  // Two facts with the same key violate the primary key: the whole insert must roll back.
  ExtractionRecord bad{"v",
                       "{}",
                       {incident("1", "battles", "2020-10-01", "Armenia"),
                        incident("1", "battles", "2020-10-01", "Armenia")}};
  auto id = store_->insert_report(full_report("a"), fake_fingerprint("hash-a"), std::nullopt, &bad);
  EXPECT_FALSE(id);
  EXPECT_EQ(*store_->count_reports({}), 0);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM facts"), 0);
  EXPECT_EQ(count_rows(db_, "SELECT count(*) FROM reports_fts"), 0);
  // The store is still usable and the same report can be stored afterwards.
  ExtractionRecord good{"v", "{}", {incident("1", "battles", "2020-10-01", "Armenia")}};
  EXPECT_EQ(insert("a", &good), 1);
}

TEST_F(ExtractionStore, PutExtractionForAMissingReportFails) {
  const auto status = store_->put_extraction(42, ExtractionRecord{"v", "{}", {}});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().message.find("no report 42"), std::string::npos);
}

// Each fact's JSON is written once, in its row; the extraction row keeps the rest, and reading
// puts the whole extraction together again in the facts' order.
TEST_F(ExtractionStore, EachFactIsStoredOnceAndReadBackWhole) {
  FactRow first = incident("1", "battles", "2020-10-03", "Azerbaijan");
  first.json = R"({"id":"1"})";
  FactRow second = incident("2", "shelling", "2020-10-04", "Armenia");
  second.json = R"({"id":"2","places":[{"name":"Ganja"}]})";
  FactRow tanks = claim("1", "tanks", 300, "Armenia");
  tanks.json = R"({"id":"1","value":300})";
  const std::string shell =
      R"({"ceasefires":[],"claims":[],"denials":[],"incidents":[],"origin":{"kind":"outlet"}})";
  ExtractionRecord record{"test/1", shell, {first, second, tanks}};
  const int64_t id = insert("a", &record);

  auto got = store_->get_extraction(id);
  ASSERT_TRUE(got && got->has_value()) << (got ? "" : got.error().message);
  EXPECT_EQ((*got)->json, R"({"ceasefires":[],"claims":[{"id":"1","value":300}],"denials":[],)"
                          R"("incidents":[{"id":"1"},{"id":"2","places":[{"name":"Ganja"}]}],)"
                          R"("origin":{"kind":"outlet"}})");

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT json FROM extractions", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), shell);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

}  // namespace
}  // namespace truce::testing
