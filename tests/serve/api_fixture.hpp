// A store with three reports and their extractions written by hand (an incident at Stepanakert
// with a loss claim, an incident at Ganja, a near-duplicate of the first), served on a free port
// by an in-process server, and an httplib client to ask it.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "run_command.hpp"
#include "serve/server.hpp"
#include "store/report_store.hpp"

namespace truce::testing {

inline Fingerprint fingerprint_of(const std::string& hash, uint32_t base) {
  Fingerprint fp;
  fp.content_hash = hash;
  for (uint32_t i = 0; i < 8; ++i) fp.minhash.push_back(base + i);
  fp.lsh_bands = {static_cast<int64_t>(base) * 100};
  return fp;
}

inline Report report_of(const std::string& title, const std::string& published,
                        const std::string& source, const std::string& body) {
  Report r;
  r.origin = title + ".txt";
  r.format = SourceFormat::text;
  r.raw = body;
  r.body = body;
  r.title = title;
  r.source = source;
  r.lang = "en";
  r.published = {published, DatePrecision::day};
  r.published_from = "meta.jsonl";
  return r;
}

// [begin, end) of `needle` in `body`, as stored spans are.
inline nlohmann::json span_of(const std::string& body, const std::string& needle) {
  const auto at = body.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return nlohmann::json::array({at, at + needle.size()});
}

inline nlohmann::json incident_json(const std::string& body, const std::string& place, double lat,
                                    double lon, const std::string& date,
                                    const std::string& claimant, const std::string& side) {
  return {{"id", "1"},
          {"type", "explosions_remote_violence"},
          {"sub_event", "shelling_artillery_missile_attack"},
          {"plover", "ATTACK"},
          {"actor1", nullptr},
          {"actor2", nullptr},
          {"places",
           {{{"mention", place},
             {"span", span_of(body, place)},
             {"rule", "gazetteer"},
             {"place",
              {{"id", "test:" + place},
               {"name", place},
               {"lat", lat},
               {"lon", lon},
               {"country", "AZ"},
               {"precision", 1}}}}}},
          {"date",
           {{"date", date},
            {"end", nullptr},
            {"precision", "day"},
            {"rule", "weekday"},
            {"span", nullptr}}},
          {"fatalities", nullptr},
          {"injuries", nullptr},
          {"claimant",
           {{"name", claimant},
            {"side", side},
            {"kind", "ministry"},
            {"span", span_of(body, claimant)},
            {"rule", "speech-verb"}}},
          {"evidence", nlohmann::json::array({nlohmann::json::array({0, body.size()})})},
          {"triggers", {span_of(body, "shelled")}},
          {"confidence", 0.9},
          {"provenance", {{"type", "event_patterns.tsv:7"}}}};
}

inline ExtractionRecord record_of(const nlohmann::json& incident, const nlohmann::json& claims,
                                  const std::string& place, const std::string& side) {
  ExtractionRecord record;
  record.extractor = "test";
  record.json = nlohmann::json{{"origin", "test"},
                               {"incidents", {incident}},
                               {"claims", claims},
                               {"ceasefires", nlohmann::json::array()},
                               {"denials", nlohmann::json::array()},
                               {"places", nlohmann::json::array()}}
                    .dump();
  FactRow row;
  row.kind = "incident";
  row.fact_id = "1";
  row.type = "explosions_remote_violence";
  row.date = incident["date"]["date"];
  row.claimant = incident["claimant"]["name"];
  row.claimant_side = side;
  row.place = place;
  row.json = incident.dump();
  for (const auto& p : incident["places"]) {
    if (p["place"].is_object()) row.points.emplace_back(p["place"]["lat"], p["place"]["lon"]);
  }
  record.facts.push_back(row);
  for (const auto& claim : claims) {
    FactRow c;
    c.kind = "claim";
    c.fact_id = claim["id"];
    c.type = claim["category"];
    c.date = claim["as_of"]["date"];
    c.claimant = claim["claimant"]["name"];
    c.claimant_side = side;
    c.about = claim["about"];
    c.measure = claim["measure"];
    c.value = claim["value"].get<double>();
    c.json = claim.dump();
    record.facts.push_back(c);
  }
  return record;
}

// The body of report 1: a non-ASCII name before the place, so UTF-16 and byte offsets differ.
inline const std::string kStepanakertBody =
    "Xankəndi — Azerbaijani forces shelled Stepanakert on Wednesday, the Armenian defence "
    "ministry said. It said 12 tanks of the enemy were destroyed.";
inline const std::string kGanjaBody =
    "Armenian forces shelled Ganja overnight, the Azerbaijani defence ministry said.";

// Report 2's extraction as fill_store stores it.
inline ExtractionRecord ganja_record() {
  return record_of(incident_json(kGanjaBody, "Ganja", 40.6828, 46.3606, "2020-10-11",
                                 "Azerbaijani defence ministry", "Azerbaijan"),
                   nlohmann::json::array(), "Ganja", "Azerbaijan");
}

inline void fill_store(const std::filesystem::path& db) {
  auto store = open_store(db.string());
  ASSERT_TRUE(store) << store.error().message;
  const std::string& b1 = kStepanakertBody;
  const nlohmann::json claim = {
      {"id", "1"},
      {"claimant",
       {{"name", "Armenian defence ministry"},
        {"side", "Armenia"},
        {"kind", "ministry"},
        {"span", span_of(b1, "Armenian defence ministry")},
        {"rule", "speech-verb"}}},
      {"about", "Azerbaijan"},
      {"category", "tanks"},
      {"measure", "destroyed"},
      {"value", 12},
      {"qualifier", "exact"},
      {"system", nullptr},
      {"as_of",
       {{"date", "2020-10-14"},
        {"end", nullptr},
        {"precision", "day"},
        {"rule", "publication"},
        {"span", nullptr}}},
      {"cumulative", false},
      {"evidence", span_of(b1, "It said 12 tanks of the enemy were destroyed.")},
      {"item", span_of(b1, "12 tanks")},
      {"provenance", {{"category", "equipment.tsv:3"}, {"measure", "measures.tsv:2"}}}};
  const ExtractionRecord stepanakert =
      record_of(incident_json(b1, "Stepanakert", 39.8177, 46.7528, "2020-10-14",
                              "Armenian defence ministry", "Armenia"),
                nlohmann::json::array({claim}), "Stepanakert", "Armenia");
  const auto first =
      (*store)->insert_report(report_of("Shelling of Stepanakert", "2020-10-14", "Armenpress", b1),
                              fingerprint_of("h1", 1), std::nullopt, &stepanakert);
  ASSERT_TRUE(first) << first.error().message;
  const ExtractionRecord ganja =
      record_of(incident_json(kGanjaBody, "Ganja", 40.6828, 46.3606, "2020-10-11",
                              "Azerbaijani defence ministry", "Azerbaijan"),
                nlohmann::json::array(), "Ganja", "Azerbaijan");
  const auto second =
      (*store)->insert_report(report_of("Ganja hit overnight", "2020-10-11", "APA", kGanjaBody),
                              fingerprint_of("h2", 2), std::nullopt, &ganja);
  ASSERT_TRUE(second) << second.error().message;
  const auto third = (*store)->insert_report(
      report_of("Stepanakert shelled (wire copy)", "2020-10-15", "Wire", b1 + " More later."),
      fingerprint_of("h3", 3), DuplicateLink{*first, 0.92});
  ASSERT_TRUE(third) << third.error().message;
}

class ApiTest : public ::testing::Test {
 protected:
  // Options a test may change before start().
  serve::ServeOptions options() {
    serve::ServeOptions o;
    o.db = (dir_ / "truce.db").string();
    o.host = "127.0.0.1";
    o.port = 0;
    o.web_dir = dir_ / "web";
    o.openapi = std::filesystem::path(TRUCE_SOURCE_DIR) / "docs" / "openapi.json";
    return o;
  }

  void start(serve::ServeOptions o) {
    fill_store(o.db);
    write_file(dir_ / "web" / "index.html", "<!doctype html><title>truce</title>");
    write_file(dir_ / "web" / "assets" / "app.js", "console.log('truce');");
    write_file(dir_ / "secret.txt", "outside the web directory");
    auto server = serve::Server::create(o);
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    auto port = server_->bind();
    ASSERT_TRUE(port) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] { server_->run(); });
  }
  void SetUp() override { start(options()); }
  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(10);
    return c;
  }
  // GETs `path`; fails the test unless the answer has `status`; returns its JSON body (null
  // for an empty body).
  nlohmann::json get_json(const std::string& path, int status = 200) const {
    auto c = client();
    auto res = c.Get(path);
    EXPECT_TRUE(res) << path << ": no answer";
    if (!res) return nullptr;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    if (res->body.empty()) return nullptr;
    return nlohmann::json::parse(res->body);
  }

  TempDir dir_;
  std::unique_ptr<serve::Server> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace truce::testing
