// Issue 11 end to end: bad command-line values are refused with the allowed values, read
// commands never create or write a database, hostile inputs end in a problem line while the
// batch goes on, stored text is always valid UTF-8 for --json, and racing ingests agree.
#include <gtest/gtest.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

#include "run_command.hpp"

namespace truce::testing {
namespace {

const std::string kExamples = std::string(TRUCE_SOURCE_DIR) + "/examples";

class HardeningCli : public ::testing::Test {
 protected:
  CommandOutput truce(const std::string& args) { return run_truce(args, db_, dir_.path()); }
  void expect_refused(const std::string& args, const std::string& message) {
    const auto run = truce(args);
    EXPECT_EQ(run.exit_code, 2) << args << "\n" << run.err;
    EXPECT_NE(run.err.find(message), std::string::npos) << args << "\n" << run.err;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << "one line: " << run.err;
  }
  TempDir dir_;
  std::filesystem::path db_ = dir_ / "test.db";
};

TEST_F(HardeningCli, BadValuesAreNamedWithWhatIsAllowed) {
  ASSERT_EQ(truce("ingest '" + kExamples + "/text'").exit_code, 0);
  expect_refused("reports --since 14/10/2020", "--since: '14/10/2020' is not a date");
  expect_refused("events --until 2020-02-30", "--until: '2020-02-30' is not a date");
  expect_refused("incidents --since yesterday", "--since: 'yesterday' is not a date");
  expect_refused("events --type shelling",
                 "--type: 'shelling' is not one of battles, explosions_remote_violence");
  expect_refused("incidents --type shelling", "--type: 'shelling' is not one of battles");
  expect_refused("claims --type tank", "--type: 'tank' is not one of");
  expect_refused("show 0x10", "show: '0x10' is not a report id");
  expect_refused("show 99999999999999999999", "show: '99999999999999999999' is not a report id");
  expect_refused("show -- -1", "is not a report id");
  expect_refused("claims --report 1e3", "--report: '1e3' is not a report id");
  expect_refused("extract 1 2x", "extract: '2x' is not a report id");
  expect_refused("ingest --published not-a-date '" + kExamples + "/html'",
                 "--published: 'not-a-date' is not a date");
  EXPECT_EQ(truce("reports --since 2020-10 --until 2020-10-31").exit_code, 0);
}

TEST_F(HardeningCli, PublishedMonthKeepsMonthPrecision) {
  const auto run = truce("--json ingest --published 2020-10 '" + kExamples + "/html'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto shown = nlohmann::json::parse(truce("show 1 --json").out);
  EXPECT_EQ(shown["published"], "2020-10");
  EXPECT_EQ(shown["published_precision"], "month");
}

TEST_F(HardeningCli, ReadCommandsNeverCreateADatabase) {
  const auto typo = dir_ / "typo.db";
  for (const std::string command :
       {"reports", "show 1", "search Tartar", "events", "claims", "incidents", "ceasefire list",
        "ledger --about Armenia --category tanks", "sources", "sitrep --date 2020-10-14",
        "export --format jsonl"}) {
    const auto run = run_truce(command, typo, dir_.path());
    EXPECT_NE(run.exit_code, 0) << command;
    EXPECT_NE(run.err.find(typo.string() + ": no such database"), std::string::npos)
        << command << ": " << run.err;
    EXPECT_FALSE(std::filesystem::exists(typo)) << command;
  }
}

TEST_F(HardeningCli, AReadOnlyDatabaseIsReadable) {
  ASSERT_EQ(truce("ingest '" + kExamples + "'").exit_code, 0);
  std::filesystem::permissions(db_, std::filesystem::perms::owner_read |
                                        std::filesystem::perms::group_read |
                                        std::filesystem::perms::others_read);
  // Root may write any file: read as an unprivileged user, who may not even create the
  // database's -shm beside it.
  const std::string as_reader = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 "
                                                 "--clear-groups "
                                               : "";
  for (const std::string command : {"reports --json", "show 1 --json", "search Tartar --json",
                                    "events --json", "incidents --json", "ceasefire list --json"}) {
    const auto run = run_shell(
        as_reader + "'" + TRUCE_BINARY + "' --db '" + db_.string() + "' " + command, dir_.path());
    EXPECT_EQ(run.exit_code, 0) << command << ": " << run.err;
    EXPECT_TRUE(nlohmann::json::accept(run.out)) << command;
  }
}

TEST_F(HardeningCli, InvalidUtf8InAFeedNeverBreaksJsonListings) {
  write_file(dir_ / "in" / "feed.xml",
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
             "<title>Wire \xFF</title><item><title>Shelling \xFF near Tartar</title>"
             "<link>https://example.org/\xFF</link><description>Shelling was reported near "
             "Tartar on Monday, the ministry said.</description></item></channel></rss>");
  write_file(dir_ / "in" / "latin1.txt", "Caf\xE9 owners in Tartar said shelling continued.");
  const auto ingest = truce("ingest '" + (dir_ / "in").string() + "'");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  for (const std::string command : {"reports --json", "search Tartar --json", "show 1 --json",
                                    "show 2 --json", "show 2 --raw --json", "events --json"}) {
    const auto run = truce(command);
    ASSERT_EQ(run.exit_code, 0) << command << ": " << run.err;
    EXPECT_TRUE(nlohmann::json::accept(run.out)) << command;
  }
  const auto raw = nlohmann::json::parse(truce("show 2 --raw --json").out);
  EXPECT_EQ(raw["raw_base64"], "Q2Fm6SBvd25lcnMgaW4gVGFydGFyIHNhaWQgc2hlbGxpbmcgY29udGludWVkLg==");
}

TEST_F(HardeningCli, ANonUtf8FileNameIsStoredAndListed) {
  write_file(dir_ / "in" / "caf\xE9.txt", "Shelling near Tartar was reported on Monday.");
  const auto ingest = truce("--json ingest '" + (dir_ / "in").string() + "'");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const auto listed = truce("reports --json");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(nlohmann::json::parse(listed.out).size(), 1u);
}

TEST_F(HardeningCli, DeepNestingIsOneProblemAndTheBatchGoesOn) {
  std::string deep = "<p>";
  for (int i = 0; i < 50'000; ++i) deep += "<b>";
  write_file(dir_ / "in" / "a-deep.html", deep + "x");
  write_file(dir_ / "in" / "b-fine.txt", "Shelling near Tartar was reported on Monday.");
  const auto ingest = truce("ingest '" + (dir_ / "in").string() + "'");
  EXPECT_EQ(ingest.exit_code, 1);
  EXPECT_NE(ingest.err.find("a-deep.html: HTML nested more than"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.out.find("ingested 1 report(s)"), std::string::npos) << ingest.out;
}

TEST_F(HardeningCli, RacingIngestsCountDuplicatesAsAlreadyStored) {
  // Extraction runs between the duplicate check and the insert, so two ingests of the same
  // files collide there; the loser's copy is a duplicate, not an error.
  const std::string ingest = "'" + std::string(TRUCE_BINARY) + "' --db '" + db_.string() +
                             "' --json ingest '" + kExamples + "'";
  auto in_dir = [&](const std::string& name) { return "'" + (dir_ / name).string() + "'"; };
  const auto run = run_shell(
      "(" + ingest + " >" + in_dir("a.json") + " 2>" + in_dir("a.err") + "; echo $? >" +
          in_dir("a.rc") + ") & (" + ingest + " >" + in_dir("b.json") + " 2>" + in_dir("b.err") +
          "; echo $? >" + in_dir("b.rc") + ") & wait; cat " + in_dir("a.rc") + " " + in_dir("b.rc"),
      dir_.path());
  EXPECT_EQ(run.out, "0\n0\n") << read_file(dir_ / "a.err") << read_file(dir_ / "b.err");
  const auto a = nlohmann::json::parse(read_file(dir_ / "a.json"));
  const auto b = nlohmann::json::parse(read_file(dir_ / "b.json"));
  EXPECT_EQ(a["stored"].get<int>() + b["stored"].get<int>(), 10);
  EXPECT_EQ(a["already_stored"].get<int>() + b["already_stored"].get<int>(), 10);
  EXPECT_EQ(nlohmann::json::parse(truce("reports --json").out).size(), 10u);
}

}  // namespace
}  // namespace truce::testing
