// End-to-end tests of extraction through the command line: facts stored on ingest, listed by
// `events` and `claims` with filters, marked in `show --evidence`, and replaced by `extract`.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "run_command.hpp"

namespace truce::testing {
namespace {

const std::string kExamples = std::string(TRUCE_SOURCE_DIR) + "/examples";

// A short ministry statement written for these tests: one claim list, one shelling incident.
constexpr const char* kStatement =
    "The Azerbaijani Defense Ministry said on Sunday that its forces destroyed 14 tanks and 6 "
    "artillery systems of the Armenian army.\n\n"
    "The ministry added that Armenian forces shelled the city of Barda, killing two civilians.\n";

class ExtractionCli : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(dir_ / "in" / "statement.txt", kStatement);
    const auto out = truce("ingest --published 2020-10-19 '" + (dir_ / "in").string() + "'");
    ASSERT_EQ(out.exit_code, 0) << out.err;
  }
  CommandOutput truce(const std::string& args) { return run_truce(args, db_, dir_.path()); }
  nlohmann::json json_of(const std::string& args) {
    const auto out = truce(args);
    EXPECT_EQ(out.exit_code, 0) << out.err;
    return nlohmann::json::parse(out.out);
  }
  TempDir dir_;
  std::filesystem::path db_ = dir_ / "test.db";
};

TEST_F(ExtractionCli, ClaimsCarryClaimantAndWhoseLosses) {
  const auto claims = json_of("claims --json");
  // Two equipment losses of the enemy, and the two civilians killed: a casualty count is a
  // claim too, about the claimant's own side.
  ASSERT_EQ(claims.size(), 3u) << claims.dump(2);
  for (const auto& c : claims) {
    EXPECT_EQ(c["claimant"]["side"], "Azerbaijan");
    EXPECT_EQ(c["report"], 1);
    if (c["category"] == "civilians") {
      EXPECT_EQ(c["about"], "Azerbaijan");
      EXPECT_EQ(c["measure"], "killed");
      EXPECT_EQ(c["value"], 2);
    } else {
      EXPECT_EQ(c["about"], "Armenia");
      EXPECT_EQ(c["measure"], "destroyed");
    }
  }
  EXPECT_EQ(json_of("claims --json --type tanks").size(), 1u);
  EXPECT_EQ(json_of("claims --json --type tanks")[0]["value"], 14);
  EXPECT_EQ(json_of("claims --json --about Azerbaijan").size(), 1u);
  EXPECT_EQ(json_of("claims --json --about Russia").size(), 0u);
}

TEST_F(ExtractionCli, EventsListTheIncidentWithItsEvidence) {
  const auto events = json_of("events --json --type explosions_remote_violence");
  ASSERT_EQ(events.size(), 1u) << events.dump(2);
  const auto& e = events[0];
  EXPECT_EQ(e["claimant"]["side"], "Azerbaijan");
  EXPECT_EQ(e["actor2"]["side"], "civilians");
  EXPECT_EQ(e["fatalities"], 2);
  // The evidence span points at the sentence in the stored body.
  const auto body = json_of("show 1 --json")["body"].get<std::string>();
  const auto span = e["evidence"][0];
  const std::string sentence =
      body.substr(span[0], span[1].get<std::size_t>() - span[0].get<std::size_t>());
  EXPECT_NE(sentence.find("shelled the city of Barda"), std::string::npos) << sentence;
  EXPECT_EQ(json_of("events --json --side Armenia").size(), 0u);
}

TEST_F(ExtractionCli, ShowEvidenceMarksTheFields) {
  const auto out = truce("show 1 --evidence");
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_NE(out.out.find("⟦14 tanks⟧{C1 tanks}"), std::string::npos) << out.out;
  EXPECT_NE(out.out.find("⟦shelled⟧{I"), std::string::npos) << out.out;
  EXPECT_NE(out.out.find("event_patterns.tsv:"), std::string::npos) << out.out;  // provenance
  const auto json = json_of("show 1 --evidence --json");
  EXPECT_FALSE(json["extraction"]["claims"].empty());
  EXPECT_NE(json["extractor"].get<std::string>().find("lexicons"), std::string::npos);
}

TEST_F(ExtractionCli, ExtractRerunsAndReportsWithoutExtractionSaySo) {
  const auto more = dir_ / "more";
  write_file(more / "note.txt", "Observers said that the town of Hadrut was shelled on Monday.\n");
  ASSERT_EQ(truce("ingest --no-extract --published 2020-10-20 '" + more.string() + "'").exit_code,
            0);
  const auto missing = truce("show 2 --evidence");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("truce extract 2"), std::string::npos) << missing.err;

  const auto rerun = json_of("extract --json");
  EXPECT_EQ(rerun["reports"], 2);
  EXPECT_EQ(rerun["problems"], 0);
  EXPECT_EQ(truce("show 2 --evidence").exit_code, 0);
  // Re-extraction replaces, never duplicates, a report's facts.
  EXPECT_EQ(json_of("claims --json").size(), 3u);
  EXPECT_EQ(truce("extract 99").exit_code, 1);
}

TEST_F(ExtractionCli, NearDuplicateFactsCanBeCountedOnce) {
  ASSERT_EQ(truce("ingest '" + kExamples + "/html' '" + kExamples + "/jsonl'").exit_code, 0);
  const auto all = json_of("events --json");
  const auto originals = json_of("events --json --originals");
  EXPECT_LT(originals.size(), all.size());
  // The facts left out are exactly those of the near-duplicate, which name their original.
  std::size_t from_copies = 0;
  for (const auto& e : all) {
    if (e["report"] != e["original_report"]) {
      ++from_copies;
      EXPECT_EQ(e["original_report"], 2);  // the HTML page, stored before its JSON Lines copy
    }
  }
  EXPECT_EQ(from_copies, all.size() - originals.size());
}

}  // namespace
}  // namespace truce::testing
