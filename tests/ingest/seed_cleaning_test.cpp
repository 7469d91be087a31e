// The five real seed reports in ../shared/seeds, read as `truce ingest` reads them: every article
// paragraph kept, no page furniture left. Expectations are derived from the seed files at run
// time (the project must not copy their text).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/report_reader.hpp"
#include "shared_fixture.hpp"

namespace truce::ingest {
namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream ss(text);
  for (std::string line; std::getline(ss, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
    std::size_t start = line.find_first_not_of(' ');
    lines.push_back(start == std::string::npos ? std::string() : line.substr(start));
  }
  return lines;
}

std::size_t words(const std::string& s) {
  std::size_t n = 0;
  std::stringstream ss(s);
  for (std::string w; ss >> w;) ++n;
  return n;
}

// An article paragraph of a seed: a long line that ends a sentence (captions, headlines and
// furniture do not end with a full stop or a closing quote).
bool article_paragraph(const std::string& line) {
  if (words(line) < 8) return false;
  for (const char* end : {".", "\"", "\xE2\x80\x9D"}) {  // . " and a right double quote
    if (line.ends_with(end)) return true;
  }
  return false;
}

bool body_has_line(const std::string& body, const std::string& line) {
  for (const auto& l : lines_of(body)) {
    if (l == line) return true;
  }
  return false;
}

class SeedCleaning : public ::testing::TestWithParam<const char*> {};

TEST_P(SeedCleaning, KeepsEveryParagraphAndNoFurniture) {
  const std::string name = GetParam();
  TRUCE_REQUIRE_SHARED("seeds/" + name);
  const auto path = ::truce::testing::shared_dir() / "seeds" / name;
  auto reader = ReportReader::create({});
  ASSERT_TRUE(reader) << reader.error().message;
  const auto outcome = reader->read(path.string());
  for (const auto& p : outcome.problems) ADD_FAILURE() << p.message;
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  const std::string raw = slurp(path);
  EXPECT_EQ(r.raw, raw);
  EXPECT_EQ(r.format, SourceFormat::text);

  // Everything after "Check Also" in the seed is another article's headline or teaser.
  const auto seed_lines = lines_of(raw);
  std::vector<std::string> after_check_also;
  bool after = false;
  std::size_t paragraphs = 0;
  for (const auto& line : seed_lines) {
    if (line == "Check Also") after = true;
    if (after) {
      if (!line.empty() && line != "Leave a Reply") after_check_also.push_back(line);
      continue;
    }
    // Breadcrumbs, the headline and caption bullets may end with a full stop too.
    const bool furniture_shaped =
        line.starts_with("Home /") || line == r.title || line.starts_with("\xE2\x80\xA2");
    if (article_paragraph(line) && !furniture_shaped) {
      ++paragraphs;
      EXPECT_TRUE(body_has_line(r.body, line)) << name << ": lost paragraph: " << line;
    }
  }
  EXPECT_GE(paragraphs, 15u) << name;
  for (const auto& line : after_check_also) {
    EXPECT_EQ(r.body.find(line), std::string::npos) << name << ": kept Check Also text: " << line;
  }

  // No furniture line survives.
  for (const auto& line : lines_of(r.body)) {
    EXPECT_FALSE(line.starts_with("Home /")) << name;
    EXPECT_FALSE(line.starts_with("\xE2\x80\xA2")) << name << ": caption bullet: " << line;
    for (const char* furniture :
         {"Source link", "Leave a Reply", "Check Also", "Reuters", "picture", "600"}) {
      EXPECT_NE(line, furniture) << name;
    }
    EXPECT_EQ(line.find("Your email address will not be published"), std::string::npos) << name;
    EXPECT_EQ(line.find("via Google news"), std::string::npos) << name;
    EXPECT_FALSE(line.ends_with("(Anadolu Agency)") || line.ends_with("(Al-Jazeera)"))
        << name << ": photo caption: " << line;
  }
  // The title is kept once, as the title, and never in the body.
  ASSERT_FALSE(r.title.empty()) << name;
  EXPECT_FALSE(body_has_line(r.body, r.title)) << name << ": title left in body: " << r.title;
  EXPECT_EQ(r.body.find("\n\n\n"), std::string::npos) << name;

  // Dates come from meta.jsonl beside the seeds.
  EXPECT_TRUE(r.published.known()) << name;
  EXPECT_EQ(r.published_from, "meta.jsonl") << name;
  EXPECT_FALSE(r.source.empty()) << name;
  EXPECT_EQ(r.lang, "en") << name;
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedCleaning,
                         ::testing::Values("000_61f92d31216fe25b.txt", "001_990586bad01a896b.txt",
                                           "002_f29a8041dc07d8d1.txt", "003_785a00883348c0b5.txt",
                                           "004_fcc47892a0ff04b6.txt"),
                         [](const auto& info) { return std::string(info.param).substr(0, 3); });

TEST(SeedCleaning, PageHeaderDateIsThePageDateNotThePublicationDate) {
  TRUCE_REQUIRE_SHARED("seeds/004_fcc47892a0ff04b6.txt");
  const auto path = ::truce::testing::shared_dir() / "seeds" / "004_fcc47892a0ff04b6.txt";
  auto reader = ReportReader::create({});
  ASSERT_TRUE(reader) << reader.error().message;
  const auto outcome = reader->read(path.string());
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  EXPECT_EQ(r.page_date.iso, "2020-11-28");
  EXPECT_EQ(r.published.iso, "2020-10-07");
  EXPECT_EQ(r.published.precision, DatePrecision::approximate);
  // The headline repeats several times in the seed; it is the title and gone from the body.
  const auto first_line = lines_of(slurp(path)).at(1);
  EXPECT_EQ(r.title, first_line);
  EXPECT_EQ(r.body.find(first_line), std::string::npos);
}

TEST(SeedCleaning, ExpandSkipsMetaJsonlAndIsSorted) {
  TRUCE_REQUIRE_SHARED("seeds/meta.jsonl");
  auto reader = ReportReader::create({});
  ASSERT_TRUE(reader) << reader.error().message;
  std::vector<Error> problems;
  const auto inputs =
      reader->expand({(::truce::testing::shared_dir() / "seeds").string()}, problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(inputs.size(), 5u);
  EXPECT_TRUE(std::is_sorted(inputs.begin(), inputs.end()));
  for (const auto& input : inputs) EXPECT_FALSE(input.ends_with("meta.jsonl"));
}

}  // namespace
}  // namespace truce::ingest
