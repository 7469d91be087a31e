// End-to-end tests of `truce ingest`, `reports`, `show` and `search` on the project's examples
// and on bad input, running the real binary against a fresh database.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "run_command.hpp"

namespace truce::testing {
namespace {

const std::string kExamples = std::string(TRUCE_SOURCE_DIR) + "/examples";

class IngestCli : public ::testing::Test {
 protected:
  CommandOutput truce(const std::string& args) { return run_truce(args, db_, dir_.path()); }
  TempDir dir_;
  std::filesystem::path db_ = dir_ / "test.db";
};

TEST_F(IngestCli, StoresEveryExampleAndListsThem) {
  const auto ingest = truce("--json ingest '" + kExamples + "'");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const auto summary = nlohmann::json::parse(ingest.out);
  // 1 text page + 1 HTML page + 3 feed items + 2 JSON lines + 3 reports of other wars.
  EXPECT_EQ(summary["stored"], 10);
  EXPECT_EQ(summary["already_stored"], 0);
  EXPECT_EQ(summary["problems"], 0);

  const auto reports = truce("reports --json");
  ASSERT_EQ(reports.exit_code, 0) << reports.err;
  const auto list = nlohmann::json::parse(reports.out);
  ASSERT_EQ(list.size(), 10u);
  bool saw_meta_date = false;
  for (const auto& r : list) {
    if (r["title"] == "Heavy fighting on the southern front as both sides claim gains") {
      EXPECT_EQ(r["published"], "2020-10-13");  // from examples/text/meta.jsonl
      EXPECT_EQ(r["source"], "Frontline Demo Daily");
      saw_meta_date = true;
    }
  }
  EXPECT_TRUE(saw_meta_date);
}

TEST_F(IngestCli, SyndicatedCopyIsLinkedAsNearDuplicate) {
  ASSERT_EQ(truce("ingest '" + kExamples + "/html'").exit_code, 0);
  const auto second = truce("--json ingest '" + kExamples + "/jsonl'");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  const auto summary = nlohmann::json::parse(second.out);
  EXPECT_EQ(summary["near_duplicates"], 1);
  const auto& first_line = summary["reports"][0];
  EXPECT_EQ(first_line["status"], "near_duplicate");
  EXPECT_EQ(first_line["duplicate_of"], 1);
  EXPECT_GT(first_line["similarity"].get<double>(), 0.5);
  EXPECT_EQ(summary["reports"][1]["status"], "stored");
}

TEST_F(IngestCli, SecondIngestStoresNothingNew) {
  ASSERT_EQ(truce("ingest '" + kExamples + "'").exit_code, 0);
  const auto again = truce("--json ingest '" + kExamples + "'");
  const auto summary = nlohmann::json::parse(again.out);
  EXPECT_EQ(summary["stored"], 0);
  EXPECT_EQ(summary["already_stored"], 10);
  EXPECT_NE(again.err.find("already stored as report"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(truce("reports --json").out).size(), 10u);
}

TEST_F(IngestCli, ShowPrintsCleanedBodyAndMetadata) {
  ASSERT_EQ(truce("ingest '" + kExamples + "/html'").exit_code, 0);
  const auto show = truce("show 1 --json");
  ASSERT_EQ(show.exit_code, 0) << show.err;
  const auto report = nlohmann::json::parse(show.out);
  EXPECT_EQ(report["url"], "https://wire.example.org/2020/10/16/shelling-of-tartar");
  EXPECT_EQ(report["published"], "2020-10-16");
  const std::string body = report["body"];
  EXPECT_NE(body.find("shelled the city of Tartar overnight"), std::string::npos);
  EXPECT_EQ(body.find("Most read"), std::string::npos);
  EXPECT_EQ(body.find("All rights reserved"), std::string::npos);
  EXPECT_EQ(body.find("analytics"), std::string::npos);

  const auto missing = truce("show 99");
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("no report 99"), std::string::npos);
}

TEST_F(IngestCli, SearchFindsHyphenatedSystemNames) {
  ASSERT_EQ(truce("ingest '" + kExamples + "'").exit_code, 0);
  const auto search = truce("search --json S-300");
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const auto hits = nlohmann::json::parse(search.out);
  ASSERT_GE(hits.size(), 1u);
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("[S-300]"), std::string::npos)
      << hits[0]["snippet"];
}

TEST_F(IngestCli, ReadsStdin) {
  const auto out = run_shell("printf 'Shelling was reported near Ganja on Monday.' | '" +
                                 std::string(TRUCE_BINARY) + "' --db '" + db_.string() +
                                 "' --json ingest --published 2020-10-12 -",
                             dir_.path());
  ASSERT_EQ(out.exit_code, 0) << out.err;
  EXPECT_EQ(nlohmann::json::parse(out.out)["stored"], 1);
  const auto list = nlohmann::json::parse(truce("reports --json").out);
  EXPECT_EQ(list[0]["published"], "2020-10-12");
}

TEST_F(IngestCli, BadInputsAreNamedAndTheRestIsStored) {
  const auto bad = dir_ / "bad";
  write_file(bad / "empty.txt", "");
  write_file(bad / "binary.txt", std::string("\x7f"
                                             "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                             16));
  write_file(bad / "lines.jsonl",
             "{\"text\": \"Artillery fire was reported near Fuzuli overnight.\"}\n"
             "{\"text\": \"broken\n"
             "{\"text\": \"Two drones were shot down over Tartar, the ministry said.\"}\n");
  write_file(bad / "good.txt", "Clashes continued near Hadrut, the ministry said on Sunday.\n");
  const auto out =
      truce("--json ingest '" + bad.string() + "' '" + (dir_ / "nope.txt").string() + "'");
  EXPECT_NE(out.exit_code, 0);
  EXPECT_NE(out.err.find("empty.txt"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("binary.txt"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("lines.jsonl:2"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("nope.txt"), std::string::npos) << out.err;
  const auto summary = nlohmann::json::parse(out.out);
  EXPECT_EQ(summary["stored"], 3);  // two good JSON lines and good.txt
  EXPECT_GE(summary["problems"].get<int>(), 4);
  // Every problem is one line.
  for (std::size_t pos = 0, next; pos < out.err.size(); pos = next + 1) {
    next = out.err.find('\n', pos);
    if (next == std::string::npos) break;
    EXPECT_LT(next - pos, 300u);
  }
}

TEST_F(IngestCli, OversizedFileNamesTheLimitAndTheFlag) {
  write_file(dir_ / "big.txt", std::string(5000, 'a') + " shelling near Ganja.\n");
  const auto out = truce("ingest --max-bytes 1000 '" + (dir_ / "big.txt").string() + "'");
  EXPECT_NE(out.exit_code, 0);
  EXPECT_NE(out.err.find("big.txt"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("1000"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("--max-bytes"), std::string::npos) << out.err;
}

TEST_F(IngestCli, UnusableDatabaseIsNamed) {
  write_file(dir_ / "not-a-db", "this is not a database, just some text that is long enough\n");
  const auto out = run_truce("reports", dir_ / "not-a-db", dir_.path());
  EXPECT_NE(out.exit_code, 0);
  EXPECT_NE(out.err.find("not-a-db"), std::string::npos) << out.err;
}

TEST_F(IngestCli, EveryCommandHasHelp) {
  for (const char* cmd :
       {"ingest", "reports", "show", "search", "extract", "events", "claims", "geocode", "eval"}) {
    const auto out = truce(std::string(cmd) + " --help");
    EXPECT_EQ(out.exit_code, 0) << cmd;
    EXPECT_NE(out.out.find("--json"), std::string::npos) << cmd << ": " << out.out;
  }
}

}  // namespace
}  // namespace truce::testing

namespace truce::testing {
namespace {

// The progress bar draws on a terminal only: scripts and logs never see it.
TEST(IngestProgress, DrawnOnATerminalOnly) {
  TempDir dir;
  const auto db = dir / "p.db";
  const auto piped = run_truce("ingest '" + kExamples + "'", db, dir.path());
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;

  if (std::system("command -v script >/dev/null 2>&1") != 0) GTEST_SKIP() << "no `script` here";
  // `script` gives the command a pseudo-terminal; its transcript holds what the terminal saw.
  const auto transcript = dir / "typescript";
  const std::string command = std::string("'") + TRUCE_BINARY + "' --db '" +
                              (dir / "tty.db").string() + "' ingest '" + kExamples + "'";
  const auto out =
      run_shell("script -qec \"" + command + "\" '" + transcript.string() + "'", dir.path());
  ASSERT_EQ(out.exit_code, 0) << out.err;
  const std::string screen = read_file(transcript);
  EXPECT_NE(screen.find("ingest ["), std::string::npos) << screen;
  EXPECT_NE(screen.find("/s"), std::string::npos) << screen;
}

}  // namespace
}  // namespace truce::testing
