// The monitor on the seed reports: the 14 October 2020 strike on launch sites inside Armenia is
// acknowledged by both sides; the ceasefires of 10 and 17 October are in the register with the
// later fighting as alleged violations; the tanks ledger holds Azerbaijan's figures.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "run_command.hpp"
#include "shared_fixture.hpp"

namespace truce::testing {
namespace {

class SeedMonitor : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(shared_dir() / "seeds" / "meta.jsonl")) return;
    dir_ = new TempDir();
    const auto ingest =
        run_truce("--quiet ingest '" + (shared_dir() / "seeds").string() + "'", db(), dir_->path());
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::filesystem::path db() { return dir_->path() / "seeds.db"; }
  static nlohmann::json json_of(const std::string& args) {
    const auto out = run_truce(args + " --json", db(), dir_->path());
    EXPECT_EQ(out.exit_code, 0) << args << ": " << out.err;
    return out.exit_code == 0 ? nlohmann::json::parse(out.out) : nlohmann::json();
  }
  static TempDir* dir_;
};
TempDir* SeedMonitor::dir_ = nullptr;

// The report whose origin ends with `file_prefix`..., as stored.
int64_t report_id(const std::string& file_prefix, const nlohmann::json& reports) {
  for (const auto& r : reports) {
    const std::string origin = r["origin"];
    if (std::filesystem::path(origin).filename().string().rfind(file_prefix, 0) == 0)
      return r["id"];
  }
  return -1;
}

TEST_F(SeedMonitor, StrikeOnLaunchSitesInsideArmeniaIsAcknowledgedByBoth) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  const int64_t report = report_id("003_", json_of("reports"));
  ASSERT_GT(report, 0);
  const auto incidents = json_of("incidents");
  const nlohmann::json* strike = nullptr;
  for (const auto& i : incidents) {
    for (const auto& a : i["accounts"]) {
      const auto& x = a["incident"];
      if (a["report"] == report && x["type"] == "explosions_remote_violence" &&
          x["claimant"]["side"] == "Azerbaijan" && x["date"]["date"] == "2020-10-14") {
        strike = &i;
      }
    }
  }
  ASSERT_NE(strike, nullptr) << "no incident holds Azerbaijan's account of the 14 October strike";
  bool armenia_confirms = false;
  for (const auto& a : (*strike)["accounts"]) {
    armenia_confirms = armenia_confirms || a["incident"]["claimant"]["side"] == "Armenia";
  }
  EXPECT_TRUE(armenia_confirms) << strike->dump(2);
  EXPECT_EQ((*strike)["grade"], "acknowledged_by_both") << (*strike)["grade_why"];
  EXPECT_EQ((*strike)["actor1"], "Azerbaijan");
  EXPECT_EQ((*strike)["actor2"], "Armenia");
  EXPECT_FALSE((*strike)["links"].empty());
}

TEST_F(SeedMonitor, TheTenthAndSeventeenthOctoberCeasefiresAreRegisteredAndViolated) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  const int64_t report = report_id("002_", json_of("reports"));
  const auto list = json_of("ceasefire list");
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& c : list) by_id[c["id"]] = c;
  ASSERT_TRUE(by_id.count("found:2020-10-10")) << list.dump(2);
  ASSERT_TRUE(by_id.count("found:2020-10-17")) << list.dump(2);
  for (const std::string id : {"found:2020-10-10", "found:2020-10-17"}) {
    bool from_report = false;
    for (const auto& m : by_id[id]["mentions"]) from_report = from_report || m["report"] == report;
    EXPECT_TRUE(from_report) << id;
  }
  EXPECT_EQ(by_id["found:2020-10-10"]["ends"], "2020-10-16");
  EXPECT_EQ(by_id["found:2020-10-17"]["ends"], "");

  // The fighting of 14-15 October breaks the first; that of 20 October the second.
  const auto first = json_of("ceasefire show found:2020-10-10")["alleged_violations"];
  EXPECT_GT(first["total"].get<int>(), 0);
  EXPECT_GT(first["by_accused"].value("Azerbaijan", 0), 0);
  std::set<std::string> days;
  for (const auto& d : first["by_day"]) days.insert(d["day"]);
  EXPECT_TRUE(days.count("2020-10-14")) << first["by_day"].dump();
  ASSERT_FALSE(first["by_day"].empty());
  const auto& last_day = first["by_day"].back();
  EXPECT_EQ(last_day["running_total"], first["total"]);

  const auto second = json_of("ceasefire show found:2020-10-17")["alleged_violations"];
  EXPECT_GT(second["total"].get<int>(), 0);
  for (const auto& v : second["violations"]) EXPECT_GE(v["day"].get<std::string>(), "2020-10-17");
}

TEST_F(SeedMonitor, TanksLedgerHoldsAzerbaijansFiguresOverTime) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  const auto ledger = json_of("ledger --about Armenia --category tanks");
  const nlohmann::json* azerbaijan = nullptr;
  for (const auto& s : ledger["series"]) {
    if (s["role"] == "claim" && s["claimant_side"] == "Azerbaijan") azerbaijan = &s;
  }
  ASSERT_NE(azerbaijan, nullptr) << ledger.dump(2);
  std::vector<std::tuple<std::string, double, std::string, bool>> got;
  for (const auto& e : (*azerbaijan)["entries"]) {
    got.emplace_back(e["as_of"], e["value"], e["measure"], e["rolled_up"]);
  }
  const std::vector<std::tuple<std::string, double, std::string, bool>> want = {
      {"2020-09-30", 200, "destroyed", true},
      {"2020-10-03", 300, "destroyed", true},
      {"2020-10-20", 241, "destroyed", false},
      {"2020-10-20", 39, "captured", false}};
  for (const auto& w : want) {
    EXPECT_NE(std::find(got.begin(), got.end(), w), got.end())
        << std::get<0>(w) << " " << std::get<1>(w) << "\n"
        << azerbaijan->dump(2);
  }
  // Dates never go backwards within the series.
  for (std::size_t i = 1; i < got.size(); ++i) {
    EXPECT_LE(std::get<0>(got[i - 1]), std::get<0>(got[i]));
  }
}

}  // namespace
}  // namespace truce::testing
