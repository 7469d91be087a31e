// The monitor commands end to end on invented reports (tests/data/monitor): one shelling told by
// three outlets is one incident with its spread and grade; analysts' merges and splits survive
// re-extraction; declared ceasefires are checked and counted; exports read back with real
// parsers (SQLite's CSV importer, nlohmann-json).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "run_command.hpp"

namespace truce::testing {
namespace {

class MonitorCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto ingest =
        run_truce("--quiet ingest '" +
                      (std::filesystem::path(TRUCE_TEST_DATA_DIR) / "monitor").string() + "'",
                  db_, dir_.path());
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  }
  nlohmann::json json_of(const std::string& args) {
    const auto out = run_truce(args + " --json", db_, dir_.path());
    EXPECT_EQ(out.exit_code, 0) << args << ": " << out.err;
    return out.exit_code == 0 ? nlohmann::json::parse(out.out) : nlohmann::json();
  }
  // The incident holding an account of report `report` (1-based, in ingest order), or null.
  static const nlohmann::json* incident_with(const nlohmann::json& incidents, int report) {
    for (const auto& i : incidents) {
      for (const auto& a : i["accounts"]) {
        if (a["report"] == report) return &i;
      }
    }
    return nullptr;
  }
  // The incident holding the account `ref` ("2:1"), or null.
  static const nlohmann::json* incident_holding(const nlohmann::json& incidents,
                                                const std::string& ref) {
    for (const auto& i : incidents) {
      for (const auto& a : i["accounts"]) {
        if (a["ref"] == ref) return &i;
      }
    }
    return nullptr;
  }

  TempDir dir_;
  std::filesystem::path db_ = dir_ / "monitor.db";
};

TEST_F(MonitorCli, OneShellingToldByThreeOutletsIsOneIncidentWithItsSpread) {
  const auto incidents = json_of("incidents");
  const auto* martuni = incident_with(incidents, 1);
  ASSERT_NE(martuni, nullptr) << incidents.dump(2);
  std::set<int> reports;
  for (const auto& a : (*martuni)["accounts"]) reports.insert(a["report"].get<int>());
  EXPECT_EQ(reports, (std::set<int>{1, 2, 3})) << martuni->dump(2);
  EXPECT_EQ((*martuni)["fatalities"]["text"], "2-4");
  EXPECT_EQ((*martuni)["date"], "2021-03-08");
  EXPECT_EQ((*martuni)["grade"], "acknowledged_by_both") << (*martuni)["grade_why"];
  // Every account but the first is linked to it, with the reasons (the wire's own reporters'
  // observation of craters is an account of its own).
  EXPECT_EQ((*martuni)["links"].size(), (*martuni)["accounts"].size() - 1);
  // The clash near Tartar is another incident.
  EXPECT_NE(incident_with(incidents, 4), martuni);
}

TEST_F(MonitorCli, SplitAndMergeAreKeptAcrossReExtraction) {
  auto incidents = json_of("incidents");
  const std::string id = (*incident_with(incidents, 1))["id"];
  std::string wire_ref;
  for (const auto& a : (*incident_with(incidents, 1))["accounts"]) {
    if (a["report"] == 2) wire_ref = a["ref"];
  }
  ASSERT_FALSE(wire_ref.empty());
  const auto split =
      run_truce("incidents split " + id + " --account " + wire_ref, db_, dir_.path());
  ASSERT_EQ(split.exit_code, 0) << split.err;
  ASSERT_EQ(run_truce("--quiet extract", db_, dir_.path()).exit_code, 0);
  incidents = json_of("incidents");
  ASSERT_NE(incident_holding(incidents, wire_ref), nullptr);
  EXPECT_NE(incident_with(incidents, 1), incident_holding(incidents, wire_ref));
  EXPECT_EQ((*incident_holding(incidents, wire_ref))["accounts"].size(), 1u);

  const std::string a = (*incident_holding(incidents, wire_ref))["id"];
  const std::string b = (*incident_with(incidents, 1))["id"];
  ASSERT_EQ(run_truce("incidents merge " + a + " " + b, db_, dir_.path()).exit_code, 0);
  ASSERT_EQ(run_truce("--quiet extract", db_, dir_.path()).exit_code, 0);
  incidents = json_of("incidents");
  EXPECT_EQ(incident_with(incidents, 1), incident_holding(incidents, wire_ref));

  const auto missing = run_truce("incidents merge 99:1 " + a, db_, dir_.path());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no incident 99:1"), std::string::npos) << missing.err;
}

TEST_F(MonitorCli, DeclaredCeasefiresAreCheckedAndTheirViolationsCounted) {
  const auto bad = run_truce("ceasefire add --name X --from 2021-13-01", db_, dir_.path());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--from: '2021-13-01' is not a date"), std::string::npos) << bad.err;
  const auto bad_area =
      run_truce("ceasefire add --name X --from 2021-03-15 --area Azerbaijan", db_, dir_.path());
  EXPECT_EQ(bad_area.exit_code, 2);
  const auto bad_party =
      run_truce("ceasefire add --name X --from 2021-03-15 --parties Narnia", db_, dir_.path());
  EXPECT_EQ(bad_party.exit_code, 2);
  EXPECT_TRUE(json_of("ceasefire list").empty());

  const auto added = run_truce(
      "ceasefire add --name 'Spring truce' --from 2021-03-15T12:00+04:00 "
      "--parties Armenia,Azerbaijan --area AZ",
      db_, dir_.path());
  ASSERT_EQ(added.exit_code, 0) << added.err;
  const auto shown = json_of("ceasefire show declared:1");
  EXPECT_EQ(shown["name"], "Spring truce");
  const auto& v = shown["alleged_violations"];
  ASSERT_EQ(v["total"], 1) << v.dump(2);  // the clash near Tartar, not the earlier shelling
  EXPECT_EQ(v["violations"][0]["day"], "2021-03-19");
  EXPECT_EQ(v["by_accused"]["Armenia"], 1);
  EXPECT_EQ(v["by_claimant"]["Azerbaijan"], 1);
  EXPECT_EQ(v["by_day"][0]["running_total"], 1);
}

// A truce binds its parties wherever they fight: an accusation between the two camps counts
// even where the report names no place the gazetteer knows.
TEST_F(MonitorCli, AnAccusationWithNoKnownPlaceCountsAgainstTheFoundCeasefire) {
  const auto report = dir_ / "truce.txt";
  std::ofstream(report) << "A ceasefire between Thailand and Cambodia took effect at midnight on "
                           "Monday, after talks in Kuala Lumpur.\n\nThai officials accused "
                           "Cambodia of violating the truce on Tuesday morning with artillery "
                           "fire.\n";
  const auto db = dir_ / "truce.db";
  const auto ingest =
      run_truce("--quiet ingest --published 2025-07-30 '" + report.string() + "'", db, dir_.path());
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  const auto out = run_truce("ceasefire show found:2025-07-28 --json", db, dir_.path());
  ASSERT_EQ(out.exit_code, 0) << out.err;
  const auto v = nlohmann::json::parse(out.out)["alleged_violations"];
  ASSERT_EQ(v["total"], 1) << v.dump(2);
  EXPECT_EQ(v["by_accused"]["Cambodia"], 1);
  EXPECT_EQ(v["by_claimant"]["Thailand"], 1);
  EXPECT_EQ(v["violations"][0]["area"], "unknown");
}

TEST_F(MonitorCli, UnknownOutletsAreListedForAnAnalyst) {
  const auto unknown = json_of("sources --unknown");
  ASSERT_EQ(unknown.size(), 1u) << unknown.dump(2);
  EXPECT_EQ(unknown[0]["outlet"], "Frontline Example Gazette");
  const auto all = json_of("sources");
  bool azertac = false;
  for (const auto& s : all) {
    azertac = azertac || (s["outlet"] == "Azertac" && s["kind"] == "state_agency");
  }
  EXPECT_TRUE(azertac) << all.dump(2);
}

TEST_F(MonitorCli, AcledCsvExportReadsBackWithSqlitesCsvImporter) {
  const auto csv = dir_ / "incidents.csv";
  const auto out =
      run_truce("export --format acled-csv --out '" + csv.string() + "'", db_, dir_.path());
  ASSERT_EQ(out.exit_code, 0) << out.err;
  const auto check = run_shell("sqlite3 :memory: '.import --csv " + csv.string() +
                                   " e' 'SELECT event_id_cnty, event_date, event_type, country, "
                                   "iso, grade, report_ids, fatalities, fatalities_range, "
                                   "latitude, notes FROM e WHERE report_ids = \"1;2;3\"' "
                                   "'SELECT event_type, actor1, actor2, interaction FROM e "
                                   "WHERE location = \"Tartar\"'",
                               dir_.path());
  ASSERT_EQ(check.exit_code, 0) << check.err;
  // The Martuni shelling: ACLED's conservative figure, truce's range, the notes with a comma.
  EXPECT_NE(check.out.find("AZE"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("|2021-03-08|Explosions/Remote violence|Azerbaijan|31|"
                           "acknowledged_by_both|1;2;3|2|2-4|"),
            std::string::npos)
      << check.out;
  EXPECT_NE(check.out.find("Battles|Military Forces of Armenia|Military Forces of Azerbaijan|11"),
            std::string::npos)
      << check.out;
  const auto header = run_shell("head -1 '" + csv.string() + "'", dir_.path());
  EXPECT_EQ(header.out.rfind("event_id_cnty,event_date,year,time_precision,disorder_type,", 0), 0u);
}

TEST_F(MonitorCli, GeoJsonAndJsonLinesExportsParse) {
  const auto geo =
      nlohmann::json::parse(run_truce("export --format geojson", db_, dir_.path()).out);
  EXPECT_EQ(geo["type"], "FeatureCollection");
  ASSERT_GE(geo["features"].size(), 2u);
  bool has_point = false;
  for (const auto& f : geo["features"]) {
    EXPECT_EQ(f["type"], "Feature");
    if (f["geometry"].is_null()) continue;
    has_point = true;
    EXPECT_EQ(f["geometry"]["type"], "Point");
    const double lon = f["geometry"]["coordinates"][0];
    const double lat = f["geometry"]["coordinates"][1];
    EXPECT_NEAR(lat, f["properties"]["latitude"].get<double>(), 1e-4);
    EXPECT_NEAR(lon, f["properties"]["longitude"].get<double>(), 1e-4);
  }
  EXPECT_TRUE(has_point);

  // Tartar (40.34 N, 46.93 E) and 30 km around it.
  std::stringstream lines(
      run_truce("export --format jsonl --type battles --near 40.34,46.93 --radius 30", db_,
                dir_.path())
          .out);
  int count = 0;
  for (std::string line; std::getline(lines, line);) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["type"], "battles");
    const std::string evidence = j["accounts"][0]["evidence_text"][0];
    EXPECT_NE(evidence.find("Tartar"), std::string::npos) << evidence;
    ++count;
  }
  EXPECT_EQ(count, 1);

  const auto bad = run_truce("export --format shapefile", db_, dir_.path());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--format: 'shapefile'"), std::string::npos);
}

TEST_F(MonitorCli, ObserverReportsAreValidatedStoredAndCountedApartFromClaims) {
  const auto data = std::filesystem::path(TRUCE_TEST_DATA_DIR) / "observations";
  const auto bad =
      run_truce("observe '" + (data / "bad-kind.json").string() + "'", db_, dir_.path());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad-kind.json: observations/1/kind"), std::string::npos) << bad.err;
  ASSERT_EQ(run_truce("ceasefire add --name Truce --from 2021-03-15 --area AZ", db_, dir_.path())
                .exit_code,
            0);
  auto shown = json_of("ceasefire show declared:1");
  EXPECT_TRUE(shown["alleged_violations"]["observations"].empty()) << "nothing of a rejected file";

  const auto good =
      run_truce("observe '" + (data / "tartar-team.json").string() + "'", db_, dir_.path());
  ASSERT_EQ(good.exit_code, 0) << good.err;
  shown = json_of("ceasefire show declared:1");
  const auto& observed = shown["alleged_violations"]["observed_by_day"];
  ASSERT_EQ(observed.size(), 1u) << shown.dump(2);
  EXPECT_EQ(observed[0]["day"], "2021-03-19");
  EXPECT_EQ(observed[0]["explosions"], 3);
  EXPECT_EQ(observed[0]["other"], 12);
  EXPECT_EQ(shown["alleged_violations"]["total"], 1) << "claims are counted apart";

  // The mission heard the fighting near Tartar the day Azerbaijan's ministry reported it.
  const auto incidents = json_of("incidents");
  const auto* tartar = incident_with(incidents, 4);
  ASSERT_NE(tartar, nullptr);
  EXPECT_EQ((*tartar)["grade"], "observer_confirmed") << (*tartar)["grade_why"];
  EXPECT_EQ((*tartar)["observations"].size(), 2u);
}

}  // namespace
}  // namespace truce::testing
