// ReportReader end to end on files: formats, metadata precedence, expansion, and bad input.
#include "ingest/report_reader.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "ingest_test_support.hpp"
#include "run_command.hpp"

namespace truce::ingest {
namespace {

using truce::testing::TempDir;
using truce::testing::write_file;
using namespace std::string_literals;

std::string only_problem(const ReadOutcome& outcome) {
  EXPECT_EQ(outcome.problems.size(), 1u);
  return outcome.problems.empty() ? std::string() : outcome.problems[0].message;
}

TEST(ReportReader, CreateLoadsTheProjectPatterns) {
  auto reader = ReportReader::create({});
  ASSERT_TRUE(reader) << reader.error().message;
}

TEST(ReportReader, CreateFailsNamingTheFileAndLine) {
  TempDir dir;
  write_file(dir / "furniture.tsv", "drop\tSource link\nbogus\tx\n");
  ASSERT_EQ(setenv("TRUCE_DATA_DIR", dir.path().c_str(), 1), 0);
  auto reader = ReportReader::create({});
  unsetenv("TRUCE_DATA_DIR");
  ASSERT_FALSE(reader);
  EXPECT_NE(reader.error().message.find((dir / "furniture.tsv").string() + ":2: unknown kind"),
            std::string::npos)
      << reader.error().message;
}

TEST(ReportReader, TextPageWithMetaJsonl) {
  const auto reader = testing::make_reader();
  const auto outcome = reader.read(testing::kData + "/pages/bulletin.txt");
  EXPECT_TRUE(outcome.problems.empty());
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  EXPECT_EQ(r.origin, testing::kData + "/pages/bulletin.txt");
  EXPECT_EQ(r.format, SourceFormat::text);
  EXPECT_EQ(r.title, "Clashes reported along the northern front");
  EXPECT_EQ(r.body,
            "Yesterday the defence ministry said its units had repelled an attack near Talysh and "
            "destroyed two tanks.\n\n"
            "The other side said that its positions near Talysh were shelled and that one soldier "
            "was killed.");
  EXPECT_EQ(r.published.iso, "2020-10-14");
  EXPECT_EQ(r.published.precision, DatePrecision::approximate);
  EXPECT_EQ(r.published_from, "meta.jsonl");
  EXPECT_EQ(r.source, "Example Regional Paper");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.raw, truce::testing::read_file(testing::kData + "/pages/bulletin.txt"));
}

TEST(ReportReader, PageDateIsNeverThePublicationDate) {
  const auto reader = testing::make_reader();
  const auto outcome = reader.read(testing::kData + "/pages/undated.txt");
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  EXPECT_EQ(r.page_date.iso, "2020-10-19");
  EXPECT_FALSE(r.published.known());
  EXPECT_EQ(r.published_from, "");
  EXPECT_EQ(r.title, "Observers report calm around Lachin corridor");
}

TEST(ReportReader, OptionsOverrideEverything) {
  ReadOptions options;
  options.published = ReportDate{"2020-10-20", DatePrecision::day};
  options.source = "Analyst Override";
  const auto reader = testing::make_reader(options);
  for (const char* file : {"/pages/bulletin.txt", "/article.html", "/wire.jsonl"}) {
    const auto outcome = reader.read(testing::kData + file);
    ASSERT_FALSE(outcome.reports.empty()) << file;
    for (const auto& r : outcome.reports) {
      EXPECT_EQ(r.published.iso, "2020-10-20") << file;
      EXPECT_EQ(r.published_from, "--published") << file;
      EXPECT_EQ(r.source, "Analyst Override") << file;
    }
  }
}

TEST(ReportReader, HtmlPage) {
  const auto reader = testing::make_reader();
  const auto outcome = reader.read(testing::kData + "/article.html");
  EXPECT_TRUE(outcome.problems.empty());
  ASSERT_EQ(outcome.reports.size(), 1u);
  const Report& r = outcome.reports[0];
  EXPECT_EQ(r.format, SourceFormat::html);
  EXPECT_EQ(r.title, "Drone strike reported near Aghdam");
  EXPECT_EQ(r.url, "https://monitor.example.org/2020/10/21/drone-strike-aghdam");
  EXPECT_EQ(r.author, "Invented Correspondent");
  EXPECT_EQ(r.source, "Example Frontline Monitor");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.published.iso, "2020-10-21");
  EXPECT_EQ(r.published_from, "html:json-ld datePublished");
  // The headline is the title, not the first paragraph.
  EXPECT_EQ(r.body.rfind("The defence ministry said on Wednesday", 0), 0u) << r.body;
  EXPECT_NE(r.body.find("\n\nReaction\n\n"), std::string::npos);
}

TEST(ReportReader, TruncatedHtmlStillYieldsAReport) {
  const auto reader = testing::make_reader();
  const auto outcome = reader.read(testing::kData + "/truncated.html");
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_NE(outcome.reports[0].body.find("cut off in the mid"), std::string::npos);
}

TEST(ReportReader, FeedItemsAreReports) {
  const auto reader = testing::make_reader();
  const auto rss = reader.read(testing::kData + "/feed-rss.xml");
  EXPECT_TRUE(rss.problems.empty());
  ASSERT_EQ(rss.reports.size(), 2u);
  const Report& first = rss.reports[0];
  EXPECT_EQ(first.origin, testing::kData + "/feed-rss.xml#1");
  EXPECT_EQ(first.format, SourceFormat::rss);
  EXPECT_EQ(first.title, "Shelling heard north of Martuni");
  EXPECT_EQ(first.published.iso, "2020-10-21");
  EXPECT_EQ(first.published_from, "rss:pubDate");
  EXPECT_EQ(first.source, "Example Mission Notes");
  EXPECT_EQ(first.body,
            "The team heard about twenty explosions north of Martuni between 14:00 and 15:00.\n\n"
            "No casualties were reported to the team.");
  EXPECT_EQ(rss.reports[1].origin, testing::kData + "/feed-rss.xml#2");
  EXPECT_EQ(rss.reports[1].body, "The monitors reported no shelling in Ganja during the day.");

  const auto atom = reader.read(testing::kData + "/feed-atom.xml");
  ASSERT_EQ(atom.reports.size(), 2u);
  EXPECT_EQ(atom.reports[0].format, SourceFormat::atom);
  EXPECT_EQ(atom.reports[0].body,
            "Units of the army repelled an attack near Fuzuli overnight.\n\n"
            "Three tanks were destroyed.");
  EXPECT_EQ(atom.reports[1].body,
            "Two drones were shot down over Tartar.\n\nDebris fell on a field.");
  EXPECT_EQ(atom.reports[1].published_from, "atom:updated");
}

TEST(ReportReader, JsonLinesGoOnAfterABadLine) {
  const auto reader = testing::make_reader();
  const std::string path = testing::kData + "/wire.jsonl";
  const auto outcome = reader.read(path);
  ASSERT_EQ(outcome.reports.size(), 2u);
  EXPECT_EQ(outcome.reports[0].origin, path + ":1");
  EXPECT_EQ(outcome.reports[0].format, SourceFormat::jsonl);
  EXPECT_EQ(outcome.reports[0].body,
            "Artillery fire was reported near Fuzuli overnight, the ministry said.");
  EXPECT_EQ(outcome.reports[0].published_from, "jsonl:published");
  EXPECT_EQ(outcome.reports[0].raw.rfind("{\"text\"", 0), 0u);
  EXPECT_EQ(outcome.reports[1].origin, path + ":6");
  EXPECT_EQ(outcome.reports[1].body, "Two civilians were wounded in Terter, officials said.");
  ASSERT_EQ(outcome.problems.size(), 4u);
  EXPECT_EQ(outcome.problems[0].message.rfind(path + ":3: invalid JSON", 0), 0u)
      << outcome.problems[0].message;
  EXPECT_EQ(outcome.problems[1].message.rfind(path + ":4: ", 0), 0u);
}

TEST(ReportReader, FormatIsDetectedByContent) {
  TempDir dir;
  write_file(dir / "page.txt",
             "<!DOCTYPE html><html><body><p>Shelling near Ganja.</p></body></html>");
  write_file(dir / "feed.dat",
             "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>"
             "<title>T</title><description>Shelling near Ganja.</description>"
             "</item></channel></rss>");
  write_file(dir / "lines.txt", "{\"text\": \"Shelling near Ganja.\"}\n");
  const auto reader = testing::make_reader();
  EXPECT_EQ(reader.read((dir / "page.txt").string()).reports.at(0).format, SourceFormat::html);
  EXPECT_EQ(reader.read((dir / "feed.dat").string()).reports.at(0).format, SourceFormat::rss);
  EXPECT_EQ(reader.read((dir / "lines.txt").string()).reports.at(0).format, SourceFormat::jsonl);
}

TEST(ReportReader, ExpandIsSortedSkipsHiddenMetaAndReadmeAndNamesMissingPaths) {
  const auto reader = testing::make_reader();
  std::vector<Error> problems;
  const std::string pages = testing::kData + "/pages";
  const auto inputs = reader.expand(
      {pages, "-", testing::kData + "/wire.jsonl", testing::kData + "/nope.txt"}, problems);
  const std::vector<std::string> expected = {pages + "/bulletin.txt", pages + "/sub/nested.txt",
                                             pages + "/undated.txt", "-",
                                             testing::kData + "/wire.jsonl"};
  EXPECT_EQ(inputs, expected);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].message, testing::kData + "/nope.txt: no such file or directory");
}

TEST(ReportReader, BadInputsAreOneLineProblems) {
  TempDir dir;
  write_file(dir / "empty.txt", "");
  write_file(dir / "blank.txt", "  \n\n  \n");
  write_file(dir / "binary.txt",
             "\x7f"
             "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"s);
  write_file(dir / "cyrillic.txt",
             "\xD1\xF2\xE5\xEF\xE0\xED\xE0\xEA\xE5\xF0\xF2 \xE3\xEE\xF0\xEE\xE4");
  write_file(dir / "furniture-only.txt", "Source link\n\nLeave a Reply\n");
  const auto reader = testing::make_reader();
  auto problem_of = [&](const std::string& name) {
    return only_problem(reader.read((dir / name).string()));
  };
  EXPECT_EQ(problem_of("empty.txt"), (dir / "empty.txt").string() + ": empty file");
  EXPECT_NE(problem_of("blank.txt").find("no article text"), std::string::npos);
  EXPECT_EQ(problem_of("binary.txt").rfind((dir / "binary.txt").string() + ": binary data", 0), 0u);
  EXPECT_NE(problem_of("cyrillic.txt").find("not valid UTF-8"), std::string::npos);
  EXPECT_NE(problem_of("furniture-only.txt").find("no article text"), std::string::npos);
  EXPECT_EQ(problem_of("missing.txt"),
            (dir / "missing.txt").string() + ": no such file or directory");
  EXPECT_EQ(only_problem(reader.read(dir.path().string())),
            dir.path().string() + ": is a directory");
}

TEST(ReportReader, Latin1FileIsReadWithAWarning) {
  TempDir dir;
  write_file(dir / "latin1.txt", "Le minist\xE8re a annonc\xE9 des frappes pr\xE8s de Fizouli.\n");
  const auto reader = testing::make_reader();
  const auto outcome = reader.read((dir / "latin1.txt").string());
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_EQ(outcome.reports[0].body,
            "Le minist\xC3\xA8re a annonc\xC3\xA9 des frappes pr\xC3\xA8s de Fizouli.");
  ASSERT_EQ(outcome.reports[0].warnings.size(), 1u);
  EXPECT_NE(outcome.reports[0].warnings[0].find("Latin-1"), std::string::npos);
  // The raw bytes are kept as read.
  EXPECT_EQ(outcome.reports[0].raw[9], '\xE8');
}

TEST(ReportReader, Utf16FileIsReadWithAWarning) {
  TempDir dir;
  const std::string text = "Shelling near Ganja.";
  std::string utf16 = "\xFF\xFE";
  for (char c : text) utf16 += std::string{c, '\0'};
  write_file(dir / "utf16.txt", utf16);
  const auto outcome = testing::make_reader().read((dir / "utf16.txt").string());
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_EQ(outcome.reports[0].body, text);
  EXPECT_NE(outcome.reports[0].warnings.at(0).find("UTF-16LE"), std::string::npos);
}

TEST(ReportReader, FileAboveMaxBytesNamesTheLimitAndTheFlag) {
  TempDir dir;
  write_file(dir / "big.txt", std::string(1001, 'a'));
  ReadOptions options;
  options.max_bytes = 1000;
  const auto outcome = testing::make_reader(options).read((dir / "big.txt").string());
  EXPECT_TRUE(outcome.reports.empty());
  const std::string message = only_problem(outcome);
  EXPECT_EQ(message.rfind((dir / "big.txt").string() + ": ", 0), 0u) << message;
  EXPECT_NE(message.find("1001"), std::string::npos) << message;
  EXPECT_NE(message.find("1000"), std::string::npos) << message;
  EXPECT_NE(message.find("--max-bytes"), std::string::npos) << message;
}

TEST(ReportReader, UnreadableFileIsAProblem) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files without read permission";
  TempDir dir;
  write_file(dir / "locked.txt", "Shelling near Ganja.");
  std::filesystem::permissions(dir / "locked.txt", std::filesystem::perms::none);
  const auto message = only_problem(testing::make_reader().read((dir / "locked.txt").string()));
  EXPECT_NE(message.find("cannot read"), std::string::npos) << message;
}

TEST(ReportReader, BadMetaJsonlLinesAreNamedOnce) {
  TempDir dir;
  write_file(dir / "a.txt", "Shelling near Ganja was reported.\n");
  write_file(dir / "b.txt", "Shelling near Tartar was reported.\n");
  write_file(dir / "meta.jsonl",
             "{\"doc\": \"a.txt\", \"published\": \"2020-10-05\"}\n"
             "{\"doc\": \"b.txt\", \"published\": \"5 Oct\"}\n"
             "not json\n");
  const auto reader = testing::make_reader();
  const auto a = reader.read((dir / "a.txt").string());
  ASSERT_EQ(a.reports.size(), 1u);
  EXPECT_EQ(a.reports[0].published.iso, "2020-10-05");
  EXPECT_EQ(a.reports[0].published.precision, DatePrecision::day);
  ASSERT_EQ(a.problems.size(), 2u);
  EXPECT_EQ(a.problems[0].message.rfind((dir / "meta.jsonl").string() + ":2: ", 0), 0u);
  EXPECT_EQ(a.problems[1].message.rfind((dir / "meta.jsonl").string() + ":3: ", 0), 0u);
  const auto b = reader.read((dir / "b.txt").string());
  EXPECT_TRUE(b.problems.empty());
  EXPECT_FALSE(b.reports.at(0).published.known());
}

TEST(ReportReader, MetaJsonlFillsOnlyWhatFeedItemsLack) {
  TempDir dir;
  write_file(dir / "feed.xml", truce::testing::read_file(testing::kData + "/feed-rss.xml"));
  write_file(dir / "meta.jsonl",
             "{\"doc\": \"feed.xml\", \"published\": \"2020-01-01\", \"lang\": \"en\"}\n");
  const auto outcome = testing::make_reader().read((dir / "feed.xml").string());
  ASSERT_EQ(outcome.reports.size(), 2u);
  EXPECT_EQ(outcome.reports[0].published.iso, "2020-10-21");  // the item's own date
  EXPECT_EQ(outcome.reports[0].lang, "en");                   // filled in
}

TEST(ReportReader, StandardInput) {
  TempDir dir;
  write_file(dir / "in.txt", "Shelling was reported near Ganja on Monday.\n");
  ASSERT_NE(std::freopen((dir / "in.txt").c_str(), "rb", stdin), nullptr);
  ReadOptions options;
  options.published = ReportDate{"2020-10-12", DatePrecision::day};
  const auto outcome = testing::make_reader(options).read("-");
  EXPECT_TRUE(outcome.problems.empty());
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_EQ(outcome.reports[0].origin, "-");
  EXPECT_EQ(outcome.reports[0].body, "Shelling was reported near Ganja on Monday.");
  EXPECT_EQ(outcome.reports[0].published.iso, "2020-10-12");

  write_file(dir / "big.txt", std::string(2000, 'a'));
  ASSERT_NE(std::freopen((dir / "big.txt").c_str(), "rb", stdin), nullptr);
  options.max_bytes = 100;
  const auto big = testing::make_reader(options).read("-");
  EXPECT_TRUE(big.reports.empty());
  const std::string message = only_problem(big);
  EXPECT_EQ(message.rfind("-: ", 0), 0u) << message;
  EXPECT_NE(message.find("--max-bytes"), std::string::npos) << message;
  EXPECT_NE(message.find("100"), std::string::npos) << message;
}

TEST(ReportReader, HtmlInADeclaredLegacyCharset) {
  TempDir dir;
  // "Степанакерт" in windows-1251, declared by the page.
  write_file(dir / "ru.html",
             "<html><head><meta charset=\"windows-1251\"></head><body><p>"
             "\xD1\xF2\xE5\xEF\xE0\xED\xE0\xEA\xE5\xF0\xF2 was shelled.</p></body></html>");
  const auto outcome = testing::make_reader().read((dir / "ru.html").string());
  ASSERT_EQ(outcome.reports.size(), 1u) << only_problem(outcome);
  EXPECT_EQ(outcome.reports[0].body,
            "\xD0\xA1\xD1\x82\xD0\xB5\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xB5"
            "\xD1\x80\xD1\x82 was shelled.");
  EXPECT_NE(outcome.reports[0].warnings.at(0).find("windows-1251"), std::string::npos);
}

TEST(ReportReader, HeadlineOnlyFeedItemUsesItsTitle) {
  TempDir dir;
  write_file(dir / "headlines.xml",
             "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
             "<item><title>Drone shot down over Tartar</title>"
             "<pubDate>Mon, 26 Oct 2020 08:00:00 +0000</pubDate></item></channel></rss>");
  const auto outcome = testing::make_reader().read((dir / "headlines.xml").string());
  ASSERT_EQ(outcome.reports.size(), 1u);
  EXPECT_EQ(outcome.reports[0].body, "Drone shot down over Tartar");
  EXPECT_EQ(outcome.reports[0].warnings.size(), 1u);
}

TEST(ReportReader, LongBrokenJsonLineIsStillAShortProblem) {
  TempDir dir;
  write_file(dir / "long.jsonl", "{\"text\": \"" + std::string(5000, 'x') + "\n");
  const auto message = only_problem(testing::make_reader().read((dir / "long.jsonl").string()));
  EXPECT_EQ(message.rfind((dir / "long.jsonl").string() + ":1: invalid JSON", 0), 0u) << message;
  EXPECT_LT(message.size(), 300u);
}

}  // namespace
}  // namespace truce::ingest
