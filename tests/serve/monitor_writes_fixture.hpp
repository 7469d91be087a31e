// The API fixture with the monitor's data loaded (skipped, naming the file, when it does not
// load) and three tokens: an analyst's ("secret-ana"), an observer's ("secret-obs") and an
// admin's ("secret-adm"); posts checked against the documented response.
#pragma once

#include "api_fixture.hpp"
#include "openapi_check.hpp"
#include "serve/routes.hpp"
#include "serve/tokens.hpp"
#include "store/review_store.hpp"

namespace truce::testing {

class MonitorWritesTest : public ApiTest {
 protected:
  void SetUp() override {
    const auto knowledge = serve::load_monitor_knowledge();
    if (!knowledge.problem.empty()) {
      GTEST_SKIP() << "the monitor's data files do not load (" << knowledge.problem << ")";
    }
    ApiTest::SetUp();
    auto reviews = open_review_store(options().db);
    ASSERT_TRUE(reviews) << reviews.error().message;
    ASSERT_TRUE((*reviews)->add_token("ana", "analyst", serve::hash_token_secret("secret-ana")));
    ASSERT_TRUE((*reviews)->add_token("obs", "observer", serve::hash_token_secret("secret-obs")));
    ASSERT_TRUE((*reviews)->add_token("adm", "admin", serve::hash_token_secret("secret-adm")));
  }

  // POSTs `body` to `path` with `token` ("" for none); expects `status`; checks the answer
  // against the response the description documents for it and returns it.
  json post_raw(const std::string& path, const std::string& body, int status,
                const std::string& token, const std::string& type = "application/json") {
    auto c = client();
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    auto res = c.Post(path, headers, body, type);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, status) << path << ": " << res->body;
    const json answer = json::parse(res->body);
    EXPECT_EQ(validate(load_spec(), schema_pointer(path, std::to_string(status), "post"), answer),
              "")
        << path << ": " << res->body;
    return answer;
  }
  json post(const std::string& path, const json& body, int status, const std::string& token) {
    return post_raw(path, body.dump(), status, token);
  }
};

}  // namespace truce::testing
