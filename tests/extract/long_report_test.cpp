// Long reports (issue 11, point 7): the indexes that keep extraction linear in the input (triggers
// by position, places by sentence, the sentence of a byte) give every repetition of a sentence the
// same facts as the sentence alone. Speed itself is measured by bench/scaling_bench, not here.
#include <gtest/gtest.h>

#include "core/data_dir.hpp"
#include "extract/document.hpp"
#include "extract/extractor.hpp"
#include "extract/trigger_index.hpp"

namespace truce::extract {
namespace {

// Finds every occurrence of one town's name, resolved to that town.
class OneTownFinder : public geo::PlaceFinder {
 public:
  explicit OneTownFinder(geo::Place town) : town_(std::move(town)) {}
  std::vector<geo::PlaceMention> find(std::string_view text) const override {
    std::vector<geo::PlaceMention> out;
    for (auto at = text.find(town_.name); at != std::string_view::npos;
         at = text.find(town_.name, at + 1)) {
      out.push_back({at, at + town_.name.size(), town_.name, geo::PlaceMatch{town_}, "test"});
    }
    return out;
  }
  std::vector<geo::PlaceMatch> candidates(std::string_view name, std::string_view,
                                          std::size_t) const override {
    if (name != town_.name) return {};
    return {geo::PlaceMatch{town_}};
  }

 private:
  geo::Place town_;
};

geo::Place tartar() {
  geo::Place p;
  p.id = "test:tartar";
  p.name = "Tartar";
  p.country = "AZ";
  p.lat = 40.34;
  p.lon = 46.93;
  return p;
}

class LongReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto e = Extractor::load(data_dir());
    ASSERT_TRUE(e) << e.error().message;
    extractor_ = new Extractor(std::move(*e));
  }
  static void TearDownTestSuite() { delete extractor_; }

  Extraction run(const std::string& body) {
    report_.body = body;
    report_.published = ReportDate{"2020-10-14", DatePrecision::day};
    report_.source = "Test Wire";
    return extractor_->extract(report_, &finder_);
  }

  static Extractor* extractor_;
  OneTownFinder finder_{tartar()};
  Report report_;
};
Extractor* LongReport::extractor_ = nullptr;

std::string fmt_span(const Span& s, std::size_t shift) {
  if (s.empty() && s.begin == 0) return " [-]";  // not in the text (the document's focus)
  return " [" + std::to_string(s.begin - shift) + "," + std::to_string(s.end - shift) + ")";
}

// What one incident says, its spans moved back by `shift` bytes.
std::string summary(const Incident& inc, std::size_t shift) {
  std::string s = inc.type + " " + inc.claimant.side + " " + inc.date.iso + " killed " +
                  std::to_string(inc.fatalities.value_or(-1)) + " wounded " +
                  std::to_string(inc.injuries.value_or(-1));
  for (const auto& e : inc.evidence) s += fmt_span(e, shift);
  for (const auto& t : inc.triggers) s += fmt_span(t, shift);
  for (const auto& p : inc.places) s += " " + p.mention + " " + p.rule + fmt_span(p.span, shift);
  for (const auto& [field, rule] : inc.provenance) s += " " + field + "=" + rule;
  return s;
}

TEST_F(LongReport, EveryRepetitionOfASentenceGetsTheFactsOfTheSentenceAlone) {
  // An attack with its toll in the next sentence: places, the trigger's incident for the claim,
  // the toll taken from the next sentence (which joins the evidence).
  const std::string unit =
      "Armenian forces shelled Tartar on Monday, the defence ministry of Azerbaijan said. "
      "Two civilians were killed, it added. ";
  const auto one = run(unit);
  ASSERT_EQ(one.incidents.size(), 1u);
  ASSERT_EQ(one.incidents[0].places.size(), 1u);
  ASSERT_EQ(one.incidents[0].fatalities, 2);
  ASSERT_EQ(one.incidents[0].evidence.size(), 2u);
  ASSERT_EQ(one.incidents[0].provenance.at("fatalities"), "next-sentence-claims");
  const std::size_t times = 400;
  std::string body;
  for (std::size_t i = 0; i < times; ++i) body += unit;
  const auto many = run(body);
  ASSERT_EQ(many.incidents.size(), times);
  ASSERT_EQ(many.claims.size(), one.claims.size() * times);
  for (std::size_t i = 0; i < times; ++i) {
    ASSERT_EQ(summary(many.incidents[i], i * unit.size()), summary(one.incidents[0], 0))
        << "repetition " << i;
  }
}

TEST_F(LongReport, TheSentenceOfAByteIsFoundBetweenAndPastSentences) {
  report_.body = "Tartar was shelled. Ganja was quiet.  ";
  const Document doc = prepare(report_, extractor_->lexicons());
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentence_of(0), 0u);
  EXPECT_EQ(doc.sentence_of(doc.sentences[0].sentence.end - 1), 0u);
  EXPECT_EQ(doc.sentence_of(doc.sentences[0].sentence.end), 1u);  // between: the next one
  EXPECT_EQ(doc.sentence_of(doc.sentences[1].sentence.end), 2u);  // past the last
}

TEST(TriggerIndex, GivesTheTriggersInsideASpanInTheOrderOfTheirIncidents) {
  std::vector<Incident> incidents(3);
  incidents[0].triggers = {{50, 55}, {12, 18}};
  incidents[1].triggers = {{10, 14}};
  incidents[2].triggers = {{30, 41}, {20, 25}, {5, 9}};  // the first runs past the span
  const TriggerIndex index(incidents);
  const auto hits = index.inside({10, 40});
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].incident, 0u);
  EXPECT_EQ(hits[0].trigger, 1u);
  EXPECT_EQ(hits[1].incident, 1u);
  EXPECT_EQ(hits[2].incident, 2u);
  EXPECT_EQ(hits[2].trigger, 1u);
  EXPECT_EQ(hits[2].span.begin, 20u);
  EXPECT_TRUE(index.inside({60, 90}).empty());
}

}  // namespace
}  // namespace truce::extract
