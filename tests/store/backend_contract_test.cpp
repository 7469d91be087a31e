// The store's contract, run against both backends: the embedded SQLite store and the PostgreSQL
// one (on the server TRUCE_TEST_PG_URL names; skipped without it, failing under CI=true). What
// one backend answers, the other answers the same.
#include <gtest/gtest.h>

#include <memory>

#include "pg_test_server.hpp"
#include "run_command.hpp"
#include "store/report_store.hpp"
#include "store/review_store.hpp"
#include "store_test_support.hpp"

namespace truce::testing {
namespace {

class StoreContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TRUCE_REQUIRE_PG();
      pg_ = std::make_unique<TempPgDatabase>();
      location_ = pg_->url();
    } else {
      location_ = (dir_ / "truce.db").string();
    }
    auto opened = open_store(location_);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  int64_t insert(const std::string& tag, uint32_t base,
                 std::optional<DuplicateLink> duplicate_of = std::nullopt) {
    auto id = store_->insert_report(full_report(tag), fake_fingerprint("hash-" + tag, base),
                                    duplicate_of);
    EXPECT_TRUE(id) << id.error().message;
    return id ? *id : 0;
  }

  TempDir dir_;
  std::unique_ptr<TempPgDatabase> pg_;
  std::string location_;
  std::unique_ptr<ReportStore> store_;
};

TEST_P(StoreContract, EveryFieldRoundTripsIncludingRawBytes) {
  const Report original = full_report("a");
  const int64_t id = insert("a", 1);
  auto stored = store_->get_report(id);
  ASSERT_TRUE(stored && stored->has_value());
  const Report& r = (*stored)->report;
  EXPECT_EQ(r.raw, original.raw);
  EXPECT_EQ(r.raw.size(), original.raw.size());
  EXPECT_EQ(r.origin, original.origin);
  EXPECT_EQ(r.format, SourceFormat::html);
  EXPECT_EQ(r.title, original.title);
  EXPECT_EQ(r.body, original.body);
  EXPECT_EQ(r.published.iso, "2020-10-16");
  EXPECT_EQ(r.page_date.precision, DatePrecision::month);
  EXPECT_EQ(r.warnings, original.warnings);
  EXPECT_EQ((*stored)->ingested_at.size(), 20u) << (*stored)->ingested_at;
  EXPECT_FALSE((*stored)->duplicate_of);
  auto missing = store_->get_report(id + 100);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST_P(StoreContract, ReportIdsCountFromOneWithoutGapsAfterARefusedReport) {
  EXPECT_EQ(insert("a", 1), 1);
  auto again = store_->insert_report(full_report("a2"), fake_fingerprint("hash-a", 5), {});
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("already stored as report 1"), std::string::npos)
      << again.error().message;
  EXPECT_EQ(insert("b", 2), 2);
  EXPECT_EQ(*store_->count_reports({}), 2);
}

TEST_P(StoreContract, NearDuplicatesLinkToTheFirstReportAndAreNeverCandidates) {
  const int64_t first = insert("first", 1);
  const int64_t copy = insert("copy", 2, DuplicateLink{first, 0.9});
  const int64_t copy_of_copy = insert("copy2", 3, DuplicateLink{copy, 0.85});
  EXPECT_EQ(*store_->original_id(copy_of_copy), first);
  EXPECT_EQ(*store_->original_id(first), first);
  EXPECT_FALSE(store_->original_id(99)->has_value());
  auto link = (*store_->get_report(copy_of_copy))->duplicate_of;
  ASSERT_TRUE(link);
  EXPECT_EQ(link->original_id, first);
  EXPECT_DOUBLE_EQ(link->similarity, 0.85);

  EXPECT_EQ(*store_->find_exact("hash-copy"), copy);
  EXPECT_FALSE(store_->find_exact("hash-none")->has_value());
  // Report 2's bands are 200 and 201; it is a near-duplicate, so it is no candidate.
  auto candidates = store_->near_candidates(fake_fingerprint("x", 2));
  ASSERT_TRUE(candidates);
  EXPECT_TRUE(candidates->empty());
  candidates = store_->near_candidates(fake_fingerprint("x", 1));
  ASSERT_EQ(candidates->size(), 1u);
  EXPECT_EQ((*candidates)[0].id, first);
  EXPECT_EQ((*candidates)[0].minhash, fake_fingerprint("x", 1).minhash);
}

TEST_P(StoreContract, ListFiltersCountAndOrder) {
  Report a = full_report("a");
  a.published = {"2020-10-01", DatePrecision::day};
  a.source = "Wire One";
  Report b = full_report("b");
  b.published = {"2020-10-31", DatePrecision::day};
  Report c = full_report("c");
  c.published = {"", DatePrecision::unknown};
  ASSERT_TRUE(store_->insert_report(a, fake_fingerprint("a", 1), {}));
  ASSERT_TRUE(store_->insert_report(b, fake_fingerprint("b", 2), DuplicateLink{1, 0.8}));
  ASSERT_TRUE(store_->insert_report(c, fake_fingerprint("c", 3), {}));

  ReportFilter until_october{.until = "2020-10"};
  EXPECT_EQ(*store_->count_reports(until_october), 2);
  ReportFilter since{.since = "2020-10-02"};
  auto listed = store_->list_reports(since);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].id, 2);
  ASSERT_TRUE((*listed)[0].duplicate_of);
  ReportFilter source{.source = "wire one"};
  EXPECT_EQ(*store_->count_reports(source), 1);
  ReportFilter originals{.include_duplicates = false};
  EXPECT_EQ(*store_->count_reports(originals), 2);
  ReportFilter limited{.limit = 2};
  listed = store_->list_reports(limited);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].id, 2);
}

TEST_P(StoreContract, AFailedReportInABatchLeavesTheOthersStored) {
  ASSERT_TRUE(store_->begin_batch());
  insert("a", 1);
  EXPECT_FALSE(store_->insert_report(full_report("x"), fake_fingerprint("hash-a", 9), {}));
  EXPECT_FALSE(store_->insert_report(full_report("y"), fake_fingerprint("hash-y", 8),
                                     DuplicateLink{42, 0.9}));
  insert("b", 2);
  ASSERT_TRUE(store_->end_batch());
  auto listed = store_->list_reports({});
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].id, 2);
  EXPECT_FALSE(store_->find_exact("hash-y")->has_value());
}

ExtractionRecord two_facts() {
  ExtractionRecord record{"test extractor", R"({"incidents":[]})", {}};
  record.facts.push_back(FactRow{.kind = "incident",
                                 .fact_id = "i10",
                                 .type = "battles",
                                 .date = "2020-10-14",
                                 .claimant_side = "Armenia",
                                 .about = "Azerbaijan",
                                 .value = 3,
                                 .json = R"({"id":"i10"})"});
  record.facts.push_back(FactRow{.kind = "incident",
                                 .fact_id = "i2",
                                 .type = "explosions",
                                 .date = "2020-10-14",
                                 .claimant_side = "Azerbaijan",
                                 .json = R"({"id":"i2"})"});
  return record;
}

TEST_P(StoreContract, ExtractionsAndFactsWithFilters) {
  const int64_t id = insert("a", 1);
  ASSERT_TRUE(store_->put_extraction(id, two_facts()));
  ASSERT_TRUE(store_->put_extraction(id, two_facts()));  // replaces, never adds
  auto record = store_->get_extraction(id);
  ASSERT_TRUE(record && record->has_value());
  EXPECT_EQ((*record)->extractor, "test extractor");
  // The stored shell's empty arrays come back filled with the facts, in the order of their ids
  // (as extraction numbers them: 1..n in each array's order), the same on both stores.
  EXPECT_EQ((*record)->json, R"({"incidents":[{"id":"i2"},{"id":"i10"}]})");

  auto facts = store_->list_facts({.kind = "incident"});
  ASSERT_EQ(facts->size(), 2u);
  EXPECT_EQ((*facts)[0].fact.fact_id, "i2");  // shorter ids first: i2 before i10
  EXPECT_FALSE((*facts)[0].fact.value);
  EXPECT_EQ((*facts)[1].fact.value, 3.0);
  EXPECT_EQ((*facts)[1].fact.json, R"({"id":"i10"})");
  EXPECT_EQ(store_->list_facts({.kind = "incident", .claimant_side = "armenia"})->size(), 1u);
  EXPECT_EQ(store_->list_facts({.kind = "incident", .type = "battles"})->size(), 1u);
  EXPECT_EQ(store_->list_facts({.kind = "incident", .until = "2020-10-13"})->size(), 0u);
  EXPECT_EQ(store_->list_facts({.kind = "claim"})->size(), 0u);
  EXPECT_FALSE(store_->put_extraction(99, two_facts()));
}

TEST_P(StoreContract, SearchFindsWordsPhrasesPrefixesAndIgnoresAccents) {
  Report a = full_report("a");
  a.title = "Shelling of Tartar";
  a.body = "Foreign minister Çavuşoğlu said the S-300 battery was destroyed near Ganja.";
  Report b = full_report("b");
  b.title = "Ceasefire talks";
  b.body = "Both sides agreed to ceasefires in Moscow.";
  ASSERT_TRUE(store_->insert_report(a, fake_fingerprint("a", 1), {}));
  ASSERT_TRUE(store_->insert_report(b, fake_fingerprint("b", 2), {}));

  auto hits = store_->search("cavusoglu", 10, "[", "]");
  ASSERT_TRUE(hits) << hits.error().message;
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, 1);
  EXPECT_EQ((*hits)[0].title, "Shelling of Tartar");
  EXPECT_EQ(store_->search("S-300", 10, "[", "]")->size(), 1u);
  EXPECT_EQ(store_->search("\"battery was destroyed\"", 10, "[", "]")->size(), 1u);
  EXPECT_EQ(store_->search("\"destroyed battery\"", 10, "[", "]")->size(), 0u);
  EXPECT_EQ(store_->search("ceasefire*", 10, "[", "]")->size(), 1u);
  EXPECT_EQ(store_->search("ganja moscow", 10, "[", "]")->size(), 0u);
  hits = store_->search("Ganja", 10, "[", "]");
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE((*hits)[0].snippet.find("[Ganja]"), std::string::npos) << (*hits)[0].snippet;
  EXPECT_FALSE(store_->search("--", 10, "[", "]"));
}

TEST_P(StoreContract, AnalystDecisionsCeasefiresAndObservations) {
  auto ids = store_->add_incident_decisions({{0, "merge", "1:i1", "2:i1", "same strike", "", ""},
                                             {0, "split", "3:i1", "4:i2", "", "", "ana"}});
  ASSERT_TRUE(ids);
  EXPECT_EQ(*ids, (std::vector<int64_t>{1, 2}));
  auto decisions = store_->list_incident_decisions();
  ASSERT_EQ(decisions->size(), 2u);
  EXPECT_EQ((*decisions)[1].decided_by, "ana");

  DeclaredCeasefire c{.name = "Moscow",
                      .starts = "2020-10-10T12:00+04:00",
                      .parties = {"Armenia", "Azerbaijan"},
                      .area = "AZ,AM"};
  EXPECT_EQ(*store_->add_declared_ceasefire(c), 1);
  auto ceasefires = store_->list_declared_ceasefires();
  ASSERT_EQ(ceasefires->size(), 1u);
  EXPECT_EQ((*ceasefires)[0].parties, c.parties);
  EXPECT_EQ((*ceasefires)[0].ends, "");

  auto observed =
      store_->add_observations({{0, "m.json", "M1", "2020-10-15", 39.8, 46.75, R"({"n":1})", ""},
                                {0, "m.json", "M1", "2020-10-14", 40.1, 46.1, R"({"n":2})", ""}});
  ASSERT_TRUE(observed);
  auto observations = store_->list_observations();
  ASSERT_EQ(observations->size(), 2u);
  EXPECT_EQ((*observations)[0].day, "2020-10-14");  // by day, then id
  EXPECT_DOUBLE_EQ((*observations)[1].lat, 39.8);
}

TEST_P(StoreContract, TokensAndReviews) {
  const int64_t id = insert("a", 1);
  auto reviews = open_review_store(location_);
  ASSERT_TRUE(reviews) << reviews.error().message;
  auto token = (*reviews)->add_token("ana", "analyst", "hash1");
  ASSERT_TRUE(token);
  EXPECT_EQ(token->id, 1);
  auto taken = (*reviews)->add_token("ana", "admin", "hash2");
  ASSERT_FALSE(taken);
  EXPECT_NE(taken.error().message.find("a token named 'ana' exists already"), std::string::npos);
  EXPECT_TRUE((*reviews)->find_token("hash1")->has_value());
  ASSERT_TRUE((*reviews)->revoke_token("ana"));
  EXPECT_FALSE((*reviews)->find_token("hash1")->has_value());
  EXPECT_FALSE((*reviews)->revoke_token("ana"));

  Review r{.target = "incident",
           .report_id = id,
           .fact_id = "i1",
           .decision = "reject",
           .before = "{}",
           .after = "null",
           .reviewer = "ana"};
  auto added = (*reviews)->add_review(r);
  ASSERT_TRUE(added) << added.error().message;
  EXPECT_EQ(added->id, 1);
  r.report_id = 77;
  auto orphan = (*reviews)->add_review(r);
  ASSERT_FALSE(orphan);
  EXPECT_NE(orphan.error().message.find("no report 77"), std::string::npos);
  EXPECT_EQ((*reviews)->list_reviews({.report_id = id})->size(), 1u);
}

TEST_P(StoreContract, ReadingNeverCreatesADatabase) {
  std::string empty;
  std::unique_ptr<TempPgDatabase> fresh;
  if (GetParam() == "postgresql") {
    fresh = std::make_unique<TempPgDatabase>();
    empty = fresh->url();
  } else {
    empty = (dir_ / "absent.db").string();
  }
  auto opened = open_store(empty, OpenMode::read);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("truce ingest"), std::string::npos)
      << opened.error().message;
  EXPECT_TRUE(open_store(location_, OpenMode::read));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace truce::testing
