// The binary gazetteer index answers exactly what the text index it was built from answers, and
// a damaged file is refused with a message naming it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include "geo/gazetteer.hpp"
#include "geo/gazetteer_index.hpp"
#include "geo/gazetteer_text.hpp"
#include "geo/name_key.hpp"
#include "shared_fixture.hpp"

namespace truce::geo {
namespace {

namespace fs = std::filesystem;

// The text index's own answers, by binary search over its sorted rows.
std::vector<NameEntry> text_exact(const GazetteerText& t, std::string_view key) {
  auto [lo, hi] =
      std::equal_range(t.names.begin(), t.names.end(), NameEntry{key, {}},
                       [](const NameEntry& a, const NameEntry& b) { return a.key < b.key; });
  return {lo, hi};
}

std::vector<SkeletonEntry> text_skeleton(const GazetteerText& t, std::string_view skel) {
  auto [lo, hi] = std::equal_range(
      t.skeletons.begin(), t.skeletons.end(), SkeletonEntry{skel, 0},
      [](const SkeletonEntry& a, const SkeletonEntry& b) { return a.skeleton < b.skeleton; });
  return {lo, hi};
}

void expect_same_place(const GazPlace& a, const GazPlace& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.admin1, b.admin1);
  EXPECT_EQ(a.feature_code, b.feature_code);
  EXPECT_EQ(a.lat, b.lat);
  EXPECT_EQ(a.lon, b.lon);
  EXPECT_EQ(a.country_code(), b.country_code());
  EXPECT_EQ(a.feature_class, b.feature_class);
  EXPECT_EQ(a.precision, b.precision);
  EXPECT_EQ(a.population, b.population);
}

void expect_same_names(const Gazetteer& g, const GazetteerText& t, std::string_view key) {
  const auto want = text_exact(t, key);
  std::vector<NameEntry> got;
  for (const auto& e : g.exact(key)) got.push_back(e);
  ASSERT_EQ(got.size(), want.size()) << "key \"" << key << "\"";
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].key, want[i].key);
    EXPECT_EQ(got[i].variant, want[i].variant);
    EXPECT_EQ(got[i].place, want[i].place);
    EXPECT_EQ(got[i].flags, want[i].flags);
    EXPECT_EQ(got[i].index, want[i].index);
    expect_same_place(g.place(got[i].place), t.places[want[i].place]);
  }
}

void expect_same_skeletons(const Gazetteer& g, const GazetteerText& t, std::string_view skel) {
  const auto want = text_skeleton(t, skel);
  std::vector<SkeletonEntry> got;
  for (const auto& s : g.by_skeleton(skel)) got.push_back(s);
  ASSERT_EQ(got.size(), want.size()) << "skeleton \"" << skel << "\"";
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].skeleton, want[i].skeleton);
    EXPECT_EQ(got[i].name, want[i].name);
  }
}

// Every answer of `g` on a sample of `t`'s names, skeletons, countries and misses is `t`'s.
void expect_same_answers(const Gazetteer& g, const GazetteerText& t, std::size_t stride) {
  ASSERT_EQ(g.place_count(), t.places.size());
  ASSERT_EQ(g.name_count(), t.names.size());
  ASSERT_EQ(g.skeleton_count(), t.skeletons.size());
  for (std::size_t i = 0; i < t.places.size(); i += stride)
    expect_same_place(g.place(i), t.places[i]);
  for (std::size_t i = 0; i < t.names.size(); i += stride) expect_same_names(g, t, t.names[i].key);
  for (std::size_t i = 0; i < t.skeletons.size(); i += stride) {
    expect_same_skeletons(g, t, t.skeletons[i].skeleton);
  }
  for (const std::string_view miss : {"", "zzqxv no such place", "stepanakert x"}) {
    expect_same_names(g, t, miss);
    expect_same_skeletons(g, t, miss);
  }
  for (const std::string_view cc : {"AZ", "AM", "UA", "SD", "ZZ", "A", "az"}) {
    long want = -1;
    for (std::size_t i = 0; i < t.places.size() && want < 0; ++i) {
      if (t.places[i].is_country() && t.places[i].country_code() == cc) want = static_cast<long>(i);
    }
    EXPECT_EQ(g.country_index(cc), want) << cc;
  }
}

fs::path temp_dir(const std::string& name) {
  const auto dir = fs::temp_directory_path() / ("truce-gazetteer-index-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A small text index: two places, their names (sorted), skeletons and a self-test row.
const char* kSmallIndex =
    "#truce-gazetteer\tv1\tplaces=3\n"
    "#selftest\tStepanakert\tgeonames:146970\n"
    "P\tne:031\tAzerbaijan\t40.5\t47.5\tAZ\t\tA\tPCLI\t3\t0\n"
    "P\tgeonames:146970\tStepanakert\t39.8\t46.75\tAZ\tKarabakh\tP\tPPLA\t1\t55000\n"
    "P\tgeonames:587084\tBaku\t40.38\t49.89\tAZ\tBaku\tP\tPPLC\t1\t2000000\n"
    "N\tazerbaijan\t0\t1\tAzerbaijan\n"
    "N\tbaku\t2\t1\tBaku\n"
    "N\tkhankendi\t1\t0\tXankəndi\n"
    "N\tstepanakert\t1\t1\tStepanakert\n"
    "N\tstepanakert\t2\t2\n"
    "S\tbk\t1\n"
    "S\tstpnkrt\t3\n"
    "S\tstpnkrt\t4\n";

TEST(GazetteerIndex, SmallIndexAnswersWhatItsTextAnswers) {
  const auto dir = temp_dir("small");
  std::ofstream(dir / "g.tsv") << kSmallIndex;
  auto text = read_gazetteer_text(dir / "g.tsv");
  ASSERT_TRUE(text) << text.error().message;
  ASSERT_TRUE(write_gazetteer_index(**text, dir / "g.idx"));
  EXPECT_TRUE(is_binary_index(dir / "g.idx"));
  auto g = Gazetteer::load(dir / "g.idx");
  ASSERT_TRUE(g) << g.error().message;
  expect_same_answers(**g, **text, 1);
  std::vector<std::string_view> places;
  for (const auto& e : (*g)->exact("stepanakert")) places.push_back((*g)->place(e.place).name);
  EXPECT_EQ(places, (std::vector<std::string_view>{"Stepanakert", "Baku"}));
  EXPECT_EQ((*g)->name(4).variant, "stepanakert");  // no variant column: the key itself
  EXPECT_TRUE((*g)->exact("xankendi").empty());
  fs::remove_all(dir);
}

TEST(GazetteerIndex, RefusesADamagedFile) {
  const auto dir = temp_dir("damaged");
  std::ofstream(dir / "g.tsv") << kSmallIndex;
  auto text = read_gazetteer_text(dir / "g.tsv");
  ASSERT_TRUE(text) << text.error().message;
  ASSERT_TRUE(write_gazetteer_index(**text, dir / "g.idx"));
  fs::resize_file(dir / "g.idx", fs::file_size(dir / "g.idx") - 8);
  auto truncated = Gazetteer::load(dir / "g.idx");
  ASSERT_FALSE(truncated);
  EXPECT_EQ(truncated.error().message,
            (dir / "g.idx").string() + ": truncated binary gazetteer index (rebuild it)");
  // A self-test row naming a place the index lacks is refused too.
  std::ofstream(dir / "bad.tsv") << "#truce-gazetteer\tv1\n#selftest\tBaku\tgeonames:1\n";
  auto bad = read_gazetteer_text(dir / "bad.tsv");
  ASSERT_TRUE(bad) << bad.error().message;
  ASSERT_TRUE(write_gazetteer_index(**bad, dir / "bad.idx"));
  auto failed = Gazetteer::load(dir / "bad.idx");
  ASSERT_FALSE(failed);
  EXPECT_NE(failed.error().message.find("self-test failed: \"Baku\""), std::string::npos);
  fs::remove_all(dir);
}

// The index the build wrote against the text index it was built from.
TEST(GazetteerIndex, BuiltIndexAnswersWhatTheTextAnswers) {
  const fs::path text_path = text_gazetteer_path();
  const fs::path index_path = default_gazetteer_path();
  if (!fs::exists(text_path) || index_path.extension() != ".idx") {
    if (testing::running_in_ci()) FAIL() << "gazetteer indexes missing under CI";
    GTEST_SKIP() << "gazetteer index not built (run `npm ci` and build truce_gazetteer)";
  }
  auto text = read_gazetteer_text(text_path);
  ASSERT_TRUE(text) << text.error().message;
  auto g = Gazetteer::load(index_path);
  ASSERT_TRUE(g) << g.error().message;
  expect_same_answers(**g, **text, 5);  // a fifth of the rows (all of them: 7 s)
  for (const std::string_view name : {"Stepanakert", "Ganja", "Kharkiv", "Beit Lahia", "Goma"}) {
    expect_same_names(**g, **text, fold_name(name));
  }
}

}  // namespace
}  // namespace truce::geo
