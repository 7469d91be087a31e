// Limits: a client that floods the server is told to slow down; a request body past the limit is
// refused with 413 before it is read whole.
#include "api_fixture.hpp"

namespace truce::testing {
namespace {

class LimitsTest : public ApiTest {
 protected:
  void SetUp() override {
    auto o = options();
    o.request_burst = 5;
    o.requests_per_second = 0.001;
    o.max_body_bytes = 1024;
    start(o);
  }
};

TEST_F(LimitsTest, AFloodingClientGets429) {
  auto c = client();
  int refused = 0;
  for (int i = 0; i < 8; ++i) {
    auto res = c.Get("/api/health");
    ASSERT_TRUE(res);
    if (res->status == 429) {
      ++refused;
      EXPECT_EQ(res->get_header_value("Retry-After"), "1");
      EXPECT_NE(res->body.find("too many requests"), std::string::npos);
    }
  }
  EXPECT_EQ(refused, 3);
}

TEST_F(LimitsTest, ABodyPastTheLimitIs413) {
  auto c = client();
  auto res = c.Post("/api/reviews", std::string(4096, 'x'), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("too large"), std::string::npos) << res->body;
}

}  // namespace
}  // namespace truce::testing
