// JSON Lines: good lines become records, bad lines problems with their line numbers.
#include "ingest/jsonl_reader.hpp"

#include <gtest/gtest.h>

#include "ingest_test_support.hpp"
#include "run_command.hpp"

namespace truce::ingest {
namespace {

TEST(JsonlReader, GoodLinesAndBadLines) {
  std::vector<JsonlProblem> problems;
  const auto records =
      read_jsonl(truce::testing::read_file(testing::kData + "/wire.jsonl"), problems);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].line, 1u);
  EXPECT_EQ(records[0].title, "Fire near Fuzuli");
  EXPECT_EQ(records[0].url, "https://wire.example.org/1");
  EXPECT_EQ(records[0].source, "Example Wire");
  EXPECT_EQ(records[0].published->iso, "2020-10-25");
  EXPECT_EQ(records[1].line, 6u);
  EXPECT_NE(records[1].html.find("<nav>"), std::string::npos);
  EXPECT_EQ(records[1].published->precision, DatePrecision::month);

  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].line, 3u);
  EXPECT_NE(problems[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(problems[1].line, 4u);
  EXPECT_EQ(problems[1].message, "not a JSON object");
  EXPECT_EQ(problems[2].line, 5u);
  EXPECT_EQ(problems[2].message, "no \"text\" or \"html\" field");
  EXPECT_EQ(problems[3].line, 7u);
  EXPECT_EQ(problems[3].message, "field \"text\" is not a string");
  for (const auto& p : problems) EXPECT_EQ(p.message.find('\n'), std::string::npos);
}

TEST(JsonlReader, BadDateIsAProblem) {
  std::vector<JsonlProblem> problems;
  const auto records =
      read_jsonl("{\"text\": \"x y z\", \"published\": \"last week\"}\n", problems);
  EXPECT_TRUE(records.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].message.find("last week"), std::string::npos);
}

// Found by fuzzing (observations_fuzz; the same parse here): a number past a double's range
// threw an exception nobody caught, ending the whole ingest.
TEST(JsonlReader, ANumberOutOfRangeIsAProblemOfItsLine) {
  std::vector<JsonlProblem> problems;
  const auto records = read_jsonl(
      "{\"text\": \"x\", \"lat\": 40.3e438}\n{\"text\": \"shelling of Tartar\"}\n", problems);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].text, "shelling of Tartar");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 1u);
  EXPECT_NE(problems[0].message.find("invalid JSON"), std::string::npos) << problems[0].message;
}

TEST(JsonlReader, Sniffing) {
  EXPECT_TRUE(looks_like_jsonl("\n{\"text\": \"a\"}\n"));
  EXPECT_FALSE(looks_like_jsonl("{not json"));
  EXPECT_FALSE(looks_like_jsonl("[1]"));
}

}  // namespace
}  // namespace truce::ingest
