// `truce ingest ../shared/seeds` stores the five seed reports with the publication dates of their
// meta.jsonl, and each seed's extraction is stored with it.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "run_command.hpp"
#include "shared_fixture.hpp"

namespace truce::testing {
namespace {

TEST(SeedIngest, StoresFiveReportsWithTheirMetaDates) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  const auto seeds = shared_dir() / "seeds";
  std::map<std::string, std::string> expected;  // file name -> published
  std::ifstream meta(seeds / "meta.jsonl");
  for (std::string line; std::getline(meta, line);) {
    if (line.empty()) continue;
    const auto row = nlohmann::json::parse(line);
    expected[row["doc"]] = row["published"];
  }
  ASSERT_EQ(expected.size(), 5u);

  TempDir dir;
  const auto db = dir / "seeds.db";
  const auto ingest = run_truce("--json ingest '" + seeds.string() + "'", db, dir.path());
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_EQ(nlohmann::json::parse(ingest.out)["stored"], 5);

  const auto list = nlohmann::json::parse(run_truce("reports --json", db, dir.path()).out);
  ASSERT_EQ(list.size(), 5u);
  for (const auto& r : list) {
    const std::string file = std::filesystem::path(r["origin"].get<std::string>()).filename();
    ASSERT_TRUE(expected.count(file)) << file;
    EXPECT_EQ(r["published"], expected[file]) << file;
    EXPECT_TRUE(r["duplicate_of"].is_null()) << file << " is not a copy of another seed";
    const auto shown =
        run_truce("show " + std::to_string(r["id"].get<int>()) + " --json", db, dir.path());
    const std::string body = nlohmann::json::parse(shown.out)["body"];
    EXPECT_EQ(body.find("Leave a Reply"), std::string::npos) << file;
    EXPECT_EQ(body.find("Source link"), std::string::npos) << file;
    EXPECT_NE(body.rfind("Home /", 0), 0u) << file;
  }
  // Every seed yields facts: they are war reports.
  const auto events = nlohmann::json::parse(run_truce("events --json", db, dir.path()).out);
  const auto claims = nlohmann::json::parse(run_truce("claims --json", db, dir.path()).out);
  EXPECT_GE(events.size(), 20u);
  EXPECT_GE(claims.size(), 25u);
}

}  // namespace
}  // namespace truce::testing
