// The PostgreSQL store end to end: the seeds ingested with `--queue` and extracted by two
// `truce worker`s at once give, command for command, the output of the embedded store; each
// report is extracted by exactly one worker; a killed worker's reports are taken over.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <thread>

#include "pg_test_server.hpp"
#include "run_command.hpp"
#include "shared_fixture.hpp"
#include "store/report_store.hpp"

namespace truce::testing {
namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::vector<int64_t> ids_of(const nlohmann::json& list) {
  std::vector<int64_t> out;
  for (const auto& id : list) out.push_back(id.get<int64_t>());
  return out;
}

// The commands whose output must not depend on the store. `reports` and `show` carry the time a
// report was ingested, which differs between two ingests; it is dropped before comparing.
const std::vector<std::string> kReadCommands = {
    "--json reports",
    "--json events",
    "--json claims",
    "--json incidents",
    "--json ceasefire list",
    "--json ledger --about Armenia --category tanks",
    "export --format jsonl",
    "export --format acled-csv",
    "export --format geojson",
    "sitrep --date 2020-10-14",
    "--json show 3 --evidence",
};

std::string without_ingest_times(std::string text) {
  const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return text;
  nlohmann::json cleaned = parsed;
  auto strip = [](nlohmann::json& object) {
    if (object.is_object()) object.erase("ingested_at");
  };
  strip(cleaned);
  if (cleaned.is_array()) {
    for (auto& item : cleaned) strip(item);
  }
  return cleaned.dump(1);
}

TEST(PgWorkers, TwoWorkersExtractEachSeedOnceAndEveryCommandAnswersAsTheEmbeddedStore) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  TRUCE_REQUIRE_PG();
  const auto seeds = shared_dir() / "seeds";
  TempDir dir;
  TempPgDatabase pg;
  const std::filesystem::path sqlite = dir / "seeds.db";
  ASSERT_EQ(run_truce("ingest --quiet " + quoted(seeds), sqlite, dir.path()).exit_code, 0);

  const auto queued = run_truce("--json ingest --queue " + quoted(seeds), pg.url(), dir.path());
  ASSERT_EQ(queued.exit_code, 0) << queued.err;
  EXPECT_EQ(nlohmann::json::parse(queued.out)["stored"], 5);
  EXPECT_TRUE(nlohmann::json::parse(run_truce("--json events", pg.url(), dir.path()).out).empty())
      << "nothing is extracted before a worker runs";

  const std::string worker = std::string("'") + TRUCE_BINARY + "' --db '" + pg.url() +
                             "' --json worker --drain --batch 1 --poll 0.2 --name ";
  const auto both = run_shell(worker + "a > " + quoted(dir / "a.json") + " & " + worker + "b > " +
                                  quoted(dir / "b.json") + " & wait",
                              dir.path());
  ASSERT_EQ(both.exit_code, 0) << both.err;
  const auto a = nlohmann::json::parse(read_file(dir / "a.json"));
  const auto b = nlohmann::json::parse(read_file(dir / "b.json"));
  std::vector<int64_t> all = ids_of(a["extracted"]);
  const auto by_b = ids_of(b["extracted"]);
  all.insert(all.end(), by_b.begin(), by_b.end());
  std::sort(all.begin(), all.end());
  EXPECT_EQ(all, (std::vector<int64_t>{1, 2, 3, 4, 5})) << a.dump() << b.dump();
  EXPECT_TRUE(a["lost"].empty() && b["lost"].empty());

  for (const auto& command : kReadCommands) {
    const auto embedded = run_truce(command, sqlite, dir.path());
    const auto server = run_truce(command, pg.url(), dir.path());
    ASSERT_EQ(embedded.exit_code, 0) << command << ": " << embedded.err;
    ASSERT_EQ(server.exit_code, 0) << command << ": " << server.err;
    EXPECT_GT(embedded.out.size(), 20u) << command;
    EXPECT_EQ(without_ingest_times(server.out), without_ingest_times(embedded.out)) << command;
  }
  // Search ranks differently (BM25 against PostgreSQL's ts_rank) but finds the same reports.
  for (const std::string query : {"Ganja", "ceasefire*", "\"Armed Forces\""}) {
    auto found = [&](const std::filesystem::path& db) {
      std::set<int64_t> ids;
      const auto out = run_truce("--json search '" + query + "'", db, dir.path());
      EXPECT_EQ(out.exit_code, 0) << out.err;
      for (const auto& hit : nlohmann::json::parse(out.out)) ids.insert(hit["id"].get<int64_t>());
      return ids;
    };
    const auto embedded = found(sqlite);
    EXPECT_FALSE(embedded.empty()) << query;
    EXPECT_EQ(found(pg.url()), embedded) << query;
  }
}

TEST(PgWorkers, AKilledWorkersReportsAreTakenOverWhenItsLeaseExpires) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  TRUCE_REQUIRE_PG();
  TempDir dir;
  TempPgDatabase pg;
  ASSERT_EQ(
      run_truce("ingest --queue --quiet " + quoted(shared_dir() / "seeds"), pg.url(), dir.path())
          .exit_code,
      0);
  {
    // A worker that leased two reports and died before storing them.
    auto store = open_store(pg.url());
    ASSERT_TRUE(store);
    ASSERT_EQ((*store)->claim_reports("killed", 2, 2)->size(), 2u);
  }
  const auto drained =
      run_truce("--json worker --drain --poll 0.2 --name survivor", pg.url(), dir.path());
  ASSERT_EQ(drained.exit_code, 0) << drained.err;
  auto extracted = ids_of(nlohmann::json::parse(drained.out)["extracted"]);
  std::sort(extracted.begin(), extracted.end());
  EXPECT_EQ(extracted, (std::vector<int64_t>{1, 2, 3, 4, 5}));
}

TEST(PgWorkers, TheEmbeddedStoreRefusesQueueAndWorkerNamingWhatIsNeeded) {
  TempDir dir;
  const auto worker = run_truce("worker --drain", dir / "t.db", dir.path());
  EXPECT_EQ(worker.exit_code, 2);
  EXPECT_NE(worker.err.find("PostgreSQL store"), std::string::npos) << worker.err;
  write_file(dir / "r.txt", "Shelling was reported in Tartar on Monday.");
  const auto queued =
      run_truce("ingest --queue " + quoted(dir / "r.txt"), dir / "t.db", dir.path());
  EXPECT_EQ(queued.exit_code, 2);
  EXPECT_NE(queued.err.find("PostgreSQL store"), std::string::npos) << queued.err;
}

}  // namespace
}  // namespace truce::testing
