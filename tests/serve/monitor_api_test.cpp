// The monitor's views over HTTP: linked incidents with their grade, the ceasefire register and
// the claims ledger, built from the store at request time.
#include "api_fixture.hpp"
#include "serve/routes.hpp"

namespace truce::testing {
namespace {

using nlohmann::json;

class MonitorApiTest : public ApiTest {
 protected:
  void SetUp() override {
    const auto knowledge = serve::load_monitor_knowledge();
    if (!knowledge.problem.empty()) {
      GTEST_SKIP() << "the monitor's data files do not load (" << knowledge.problem
                   << "); its routes answer 503 until they do";
    }
    ApiTest::SetUp();
  }
};

TEST_F(MonitorApiTest, LinkedIncidentsCarryTheirGrade) {
  const json incidents = get_json("/api/incidents");
  ASSERT_GE(incidents["total"].get<int>(), 2);
  for (const auto& incident : incidents["items"]) {
    EXPECT_FALSE(incident["grade"].is_null()) << incident.dump();
    EXPECT_FALSE(incident["accounts"].empty());
  }
  EXPECT_EQ(get_json("/api/incidents?grade=nonsense", 400)["error"]["field"], "grade");
}

TEST_F(MonitorApiTest, TheLedgerHoldsTheClaim) {
  const json ledger = get_json("/api/ledger?about=Azerbaijan&category=tanks");
  EXPECT_EQ(ledger["about"], "Azerbaijan");
  bool found = false;
  for (const auto& series : ledger["series"]) {
    for (const auto& entry : series["entries"]) found |= entry["value"] == 12;
  }
  EXPECT_TRUE(found) << ledger.dump();
  EXPECT_EQ(get_json("/api/ledger?about=Azerbaijan", 400)["error"]["field"], "category");
}

TEST_F(MonitorApiTest, TheRegisterAnswersWithTallies) {
  const json ceasefires = get_json("/api/ceasefire-register");
  EXPECT_TRUE(ceasefires["items"].is_array());
}

}  // namespace
}  // namespace truce::testing
