// The pipeline every caller runs: duplicates, extraction and storage of a report in one step,
// re-extraction, and the stored facts read back typed through the store interface.
#include "pipeline/ingest_pipeline.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "run_command.hpp"

namespace truce::testing {
namespace {

using pipeline::IngestOutcome;

// Invented for these tests.
const char* kStrike =
    "The Defence Ministry of Armenia said on Tuesday that Azerbaijani forces shelled the village "
    "of Karmir Shuka near Martuni overnight, killing three civilians.\n\n"
    "Residents said the shelling began shortly after midnight and lasted for about two hours, "
    "with rockets falling on residential streets and on the market in the centre of the town.\n\n"
    "The ministry added that water and electricity supplies had been cut in several districts.";

Report report(const std::string& origin, const std::string& body) {
  Report r;
  r.origin = origin;
  r.body = body;
  r.raw = body;
  r.source = "Example Wire";
  r.published = ReportDate{"2020-10-14", DatePrecision::day};
  return r;
}

class IngestPipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = pipeline::ExtractionRunner::load();
    ASSERT_TRUE(loaded) << loaded.error().message;
    runner_ = new pipeline::ExtractionRunner(std::move(*loaded));
  }
  static void TearDownTestSuite() { delete runner_; }
  void SetUp() override {
    auto opened = open_store((dir_ / "t.db").string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  static pipeline::ExtractionRunner* runner_;
  TempDir dir_;
  std::unique_ptr<ReportStore> store_;
};
pipeline::ExtractionRunner* IngestPipelineTest::runner_ = nullptr;

TEST_F(IngestPipelineTest, StoresExtractsAndRecognisesTheSameReportAgain) {
  pipeline::IngestPipeline pipeline(*store_, runner_);
  const IngestOutcome first = pipeline.ingest(report("a.txt", kStrike));
  ASSERT_EQ(first.status, IngestOutcome::Status::stored) << first.error;
  ASSERT_TRUE(first.facts.has_value());
  EXPECT_GT(*first.facts, 0u);

  const IngestOutcome again = pipeline.ingest(report("b.txt", kStrike));
  EXPECT_EQ(again.status, IngestOutcome::Status::already_stored);
  EXPECT_EQ(again.id, first.id);

  const std::string edited = std::string(kStrike) + "\n\nShare this article.";
  const IngestOutcome near = pipeline.ingest(report("c.txt", edited));
  EXPECT_EQ(near.status, IngestOutcome::Status::near_duplicate);
  EXPECT_EQ(near.duplicate_of, first.id);
  EXPECT_EQ(pipeline::to_json(near)["status"], "near_duplicate");
}

TEST_F(IngestPipelineTest, WithoutExtractionStoresTheReportOnly) {
  pipeline::IngestPipeline pipeline(*store_, nullptr);
  const IngestOutcome outcome = pipeline.ingest(report("a.txt", kStrike));
  ASSERT_EQ(outcome.status, IngestOutcome::Status::stored);
  EXPECT_FALSE(outcome.facts.has_value());
  auto extraction = store_->get_extraction(outcome.id);
  ASSERT_TRUE(extraction);
  EXPECT_FALSE(extraction->has_value());
}

TEST_F(IngestPipelineTest, StoredIncidentsComeBackTypedWithEveryPlace) {
  pipeline::IngestPipeline pipeline(*store_, runner_);
  const IngestOutcome outcome = pipeline.ingest(report("a.txt", kStrike));
  ASSERT_EQ(outcome.status, IngestOutcome::Status::stored);
  auto incidents = store_->list_incidents({});
  ASSERT_TRUE(incidents) << incidents.error().message;
  ASSERT_FALSE(incidents->empty());
  const StoredIncident& first = incidents->front();
  EXPECT_EQ(first.origin.report_id, outcome.id);
  EXPECT_EQ(first.origin.source, "Example Wire");
  EXPECT_EQ(first.fact.claimant.side, "Armenia");
  EXPECT_EQ(first.fact.fatalities, 3);
  // Every place of the stored extraction, not only the first the fact row keeps.
  auto record = store_->get_extraction(outcome.id);
  ASSERT_TRUE(record && record->has_value());
  const auto stored = nlohmann::json::parse((*record)->json)["incidents"][0]["places"];
  ASSERT_GE(stored.size(), 2u) << stored.dump();
  ASSERT_EQ(first.fact.places.size(), stored.size());
  for (std::size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(first.fact.places[i].mention, stored[i]["mention"]);
    EXPECT_EQ(first.fact.places[i].place.has_value(), !stored[i]["place"].is_null());
  }
}

TEST_F(IngestPipelineTest, ReextractionReplacesFactsAndNamesAMissingReport) {
  pipeline::IngestPipeline pipeline(*store_, nullptr);
  const IngestOutcome outcome = pipeline.ingest(report("a.txt", kStrike));
  auto record = pipeline::reextract(*store_, *runner_, outcome.id, "t.db");
  ASSERT_TRUE(record) << record.error().message;
  auto incidents = store_->list_incidents({});
  ASSERT_TRUE(incidents);
  EXPECT_FALSE(incidents->empty());

  auto missing = pipeline::reextract(*store_, *runner_, 99, "t.db");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "t.db: no report 99");
}

}  // namespace
}  // namespace truce::testing
