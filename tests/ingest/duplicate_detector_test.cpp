// Duplicate detection: exact duplicates by normalised content hash, near-duplicates by MinHash
// over word 5-shingles with LSH candidates, on texts written here and on the shared seeds.
#include "ingest/duplicate_detector.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/report.hpp"
#include "shared_fixture.hpp"

namespace truce::testing {
namespace {

using ingest::DuplicateDetector;
using Kind = DuplicateDetector::Verdict::Kind;

// The fingerprints of reports kept in memory, with the SQLite store's duplicate semantics:
// candidates are originals sharing a band key. Ingest depends on FingerprintLookup only.
class MemoryStore final : public FingerprintLookup {
 public:
  Result<std::optional<int64_t>> find_exact(const std::string& content_hash) override {
    for (const auto& [id, entry] : entries_) {
      if (entry.fingerprint.content_hash == content_hash) return std::optional<int64_t>(id);
    }
    return std::optional<int64_t>();
  }
  Result<std::vector<NearCandidate>> near_candidates(const Fingerprint& fingerprint) override {
    std::vector<NearCandidate> out;
    const std::set<int64_t> wanted(fingerprint.lsh_bands.begin(), fingerprint.lsh_bands.end());
    for (const auto& [id, entry] : entries_) {
      if (entry.duplicate_of) continue;
      const bool shares =
          std::any_of(entry.fingerprint.lsh_bands.begin(), entry.fingerprint.lsh_bands.end(),
                      [&](int64_t key) { return wanted.count(key) > 0; });
      if (shares) out.push_back(NearCandidate{id, entry.fingerprint.minhash});
    }
    return out;
  }
  // Keeps the fingerprint as the store would; returns the new id.
  int64_t insert(const Report& report, const Fingerprint& fingerprint,
                 const std::optional<DuplicateLink>& duplicate_of) {
    const int64_t id = static_cast<int64_t>(entries_.size()) + 1;
    entries_[id] = Entry{report, fingerprint, duplicate_of};
    return id;
  }

 private:
  struct Entry {
    Report report;
    Fingerprint fingerprint;
    std::optional<DuplicateLink> duplicate_of;
  };
  std::map<int64_t, Entry> entries_;
};

// Runs the ingest decision (as `truce ingest` does) and returns the verdict.
DuplicateDetector::Verdict ingest(MemoryStore& store, const DuplicateDetector& detector,
                                  const std::string& body) {
  const Fingerprint fp = detector.fingerprint(body);
  auto verdict = detector.check(store, fp);
  EXPECT_TRUE(verdict) << verdict.error().message;
  if (verdict->kind != Kind::exact) {
    std::optional<DuplicateLink> link;
    if (verdict->kind == Kind::near)
      link = DuplicateLink{verdict->existing_id, verdict->similarity};
    Report r;
    r.body = body;
    EXPECT_GT(store.insert(r, fp, link), 0);
  }
  return *verdict;
}

double similarity(const std::string& a, const std::string& b) {
  const DuplicateDetector detector;
  return DuplicateDetector::similarity(detector.fingerprint(a).minhash,
                                       detector.fingerprint(b).minhash);
}

bool share_a_band(const std::string& a, const std::string& b) {
  const DuplicateDetector detector;
  const auto fa = detector.fingerprint(a);
  const auto fb = detector.fingerprint(b);
  for (std::size_t i = 0; i < fa.lsh_bands.size(); ++i) {
    if (fa.lsh_bands[i] == fb.lsh_bands[i]) return true;
  }
  return false;
}

// Two invented reports (about 150 words each), written for these tests.
const std::string kShelling =
    "The defence ministry said on Friday that artillery shelled the town of Martuni overnight, "
    "killing two civilians and wounding five, and that a school and a hospital were damaged.\n\n"
    "According to the ministry, the shelling began shortly after midnight and lasted for about "
    "three hours, with rockets falling on residential streets in the centre of the town.\n\n"
    "The other side denied targeting civilians and said that its forces had struck only "
    "military positions in response to attacks on its villages along the line of contact.\n\n"
    "International mediators called on both parties to respect the humanitarian ceasefire "
    "agreed last weekend and to allow aid convoys to reach the affected districts.\n\n"
    "Local officials said that more than four hundred residents had spent the night in "
    "basements and that water and electricity supplies were cut in several neighbourhoods.";

const std::string kDrones =
    "Air defence units shot down four unmanned aerial vehicles over the northern districts on "
    "Sunday morning, a spokesman for the army said in a televised briefing.\n\n"
    "He said the drones had been launched from positions near the river and were intercepted "
    "before they reached the power station they appeared to be heading for.\n\n"
    "The claim could not be independently verified. Journalists who visited the area later in "
    "the day saw wreckage in a field outside the village but no damage to the station.\n\n"
    "The spokesman added that eleven soldiers had been killed in the past week, bringing the "
    "number of military deaths the army has confirmed since the fighting began to 412.";

TEST(DuplicateDetector, FingerprintIsDeterministicAndPinned) {
  const DuplicateDetector detector;
  const Fingerprint a = detector.fingerprint(kShelling);
  const Fingerprint b = DuplicateDetector().fingerprint(kShelling);
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_EQ(a.minhash, b.minhash);
  EXPECT_EQ(a.lsh_bands, b.lsh_bands);
  EXPECT_EQ(a.content_hash.size(), 32u);
  EXPECT_EQ(a.minhash.size(), static_cast<std::size_t>(DuplicateDetector::kSignatureSize));
  EXPECT_EQ(a.lsh_bands.size(), static_cast<std::size_t>(DuplicateDetector::kBands));
  // Stored fingerprints must match those of later builds: a change to any hash shows up here,
  // and then needs a migration that recomputes them (see docs/storage.md).
  const Fingerprint pinned = detector.fingerprint("Shelling was reported near Ganja on Monday.");
  EXPECT_EQ(pinned.content_hash, "7b8b22dd8571219d2263d8d4aef95d03");
  EXPECT_EQ(pinned.minhash[0], 1157296426u);
  EXPECT_EQ(pinned.lsh_bands[0], int64_t{-2726249582487847830});
}

TEST(DuplicateDetector, WhiteSpaceAndCaseDoNotChangeTheContentHash) {
  const DuplicateDetector detector;
  std::string respaced;
  for (const char c : kShelling) {
    if (c == ' ') {
      respaced += "  \t";
    } else if (c == '\n') {
      respaced += "\r\n \n";
    } else {
      respaced += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  respaced = "\n  " + respaced + "\u00a0\n";
  EXPECT_EQ(detector.fingerprint(respaced).content_hash,
            detector.fingerprint(kShelling).content_hash);
  // Unicode case folds too; other characters do not fold away.
  EXPECT_EQ(detector.fingerprint("ÇAVUŞOĞLU SAID").content_hash,
            detector.fingerprint("çavuşoğlu said").content_hash);
  EXPECT_NE(detector.fingerprint("Cavusoglu said").content_hash,
            detector.fingerprint("Çavuşoğlu said").content_hash);
  EXPECT_NE(detector.fingerprint("two killed.").content_hash,
            detector.fingerprint("two killed!").content_hash);

  MemoryStore store;
  EXPECT_EQ(ingest(store, detector, kShelling).kind, Kind::unique);
  const auto again = ingest(store, detector, respaced);
  EXPECT_EQ(again.kind, Kind::exact);
  EXPECT_EQ(again.existing_id, 1);
  EXPECT_EQ(again.similarity, 1.0);
}

TEST(DuplicateDetector, EditedCopyIsANearDuplicateAndAnotherReportIsNot) {
  // A syndicated copy: a sentence reworded, a paragraph cut, a credit line added.
  std::string copy = kShelling;
  copy.replace(copy.find("killing two civilians"), 21, "leaving two civilians dead");
  const auto cut = copy.find("Local officials said");
  copy.erase(cut);
  copy += "(Reporting by the regional desk; editing by the night team)";

  const double s = similarity(kShelling, copy);
  EXPECT_GE(s, 0.5);
  EXPECT_LT(s, 1.0);
  EXPECT_TRUE(share_a_band(kShelling, copy));
  EXPECT_LT(similarity(kShelling, kDrones), 0.05);
  EXPECT_FALSE(share_a_band(kShelling, kDrones));

  const DuplicateDetector detector;
  MemoryStore store;
  EXPECT_EQ(ingest(store, detector, kDrones).kind, Kind::unique);
  EXPECT_EQ(ingest(store, detector, kShelling).kind, Kind::unique);
  const auto near = ingest(store, detector, copy);
  EXPECT_EQ(near.kind, Kind::near);
  EXPECT_EQ(near.existing_id, 2);
  EXPECT_DOUBLE_EQ(near.similarity, s);
  // A second copy links to the original, not to the first copy (copies are not candidates).
  const auto second = ingest(store, detector, copy + " Updated.");
  EXPECT_EQ(second.kind, Kind::near);
  EXPECT_EQ(second.existing_id, 2);
}

TEST(DuplicateDetector, ThresholdIsAnOption) {
  std::string copy = kShelling;
  copy.erase(copy.find("Local officials said"));
  const double s = similarity(kShelling, copy);
  ASSERT_GT(s, 0.5);

  MemoryStore strict_store;
  const DuplicateDetector strict(DuplicateDetector::Options{std::min(1.0, s + 0.01)});
  ingest(strict_store, strict, kShelling);
  EXPECT_EQ(ingest(strict_store, strict, copy).kind, Kind::unique);

  MemoryStore loose_store;
  const DuplicateDetector loose(DuplicateDetector::Options{s});
  ingest(loose_store, loose, kShelling);
  EXPECT_EQ(ingest(loose_store, loose, copy).kind, Kind::near);
}

TEST(DuplicateDetector, PunctuationAndCaseDoNotChangeTheShingles) {
  std::string shouted;
  for (const char c : kDrones) {
    if (c == ',' || c == '.') continue;
    shouted += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  EXPECT_EQ(similarity(kDrones, shouted), 1.0);
}

TEST(DuplicateDetector, TextsWithoutWordsAreNeverNearDuplicates) {
  const DuplicateDetector detector;
  const Fingerprint empty = detector.fingerprint("");
  EXPECT_EQ(empty.content_hash.size(), 32u);
  EXPECT_TRUE(empty.minhash.empty());
  EXPECT_TRUE(empty.lsh_bands.empty());
  MemoryStore store;
  EXPECT_EQ(ingest(store, detector, "* * *").kind, Kind::unique);
  EXPECT_EQ(ingest(store, detector, "- - -").kind, Kind::unique);
  EXPECT_EQ(ingest(store, detector, "* * *").kind, Kind::exact);
}

TEST(DuplicateDetector, ShortTextsAreOneShingle) {
  EXPECT_EQ(similarity("Ganja shelled", "ganja, shelled!"), 1.0);
  EXPECT_LT(similarity("Ganja shelled", "Tartar shelled"), 0.1);
}

TEST(DuplicateDetector, PicksTheMostSimilarOriginal) {
  // Two originals share most of their text; a copy of the second must link to the second.
  const std::string first = kShelling;
  std::string second = kShelling;
  second.erase(second.find("The other side denied"));
  second += kDrones;
  std::string copy = second;
  copy.erase(copy.find("The spokesman added"));

  const DuplicateDetector detector(DuplicateDetector::Options{0.3});
  MemoryStore store;
  ingest(store, detector, first);
  ASSERT_EQ(ingest(store, detector, second).kind, Kind::unique)
      << similarity(first, second) << " is below 0.3 only if the test texts are as intended";
  const auto verdict = ingest(store, detector, copy);
  EXPECT_EQ(verdict.kind, Kind::near);
  EXPECT_EQ(verdict.existing_id, 2);
}

// --- the shared seeds ---------------------------------------------------------------------

std::string read_seed(const std::string& name) {
  std::ifstream in(truce::testing::shared_dir() / "seeds" / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

const std::vector<std::string> kSeeds = {"000_61f92d31216fe25b.txt", "001_990586bad01a896b.txt",
                                         "002_f29a8041dc07d8d1.txt", "003_785a00883348c0b5.txt",
                                         "004_fcc47892a0ff04b6.txt"};

TEST(DuplicateDetectorSeeds, SeedWithOtherFurnitureAndAParagraphLessIsANearDuplicate) {
  TRUCE_REQUIRE_SHARED("seeds/000_61f92d31216fe25b.txt");
  const std::string original = read_seed(kSeeds[0]);
  auto lines = paragraphs(original);
  ASSERT_GT(lines.size(), 10u);
  ASSERT_EQ(lines.front().rfind("Home / news / ", 0), 0u) << "the seed changed";
  ASSERT_EQ(lines.back(), "Leave a Reply");
  ASSERT_EQ(lines[lines.size() - 2], "Source link");

  // Another site's furniture: its own breadcrumb, no "Source link"/"Leave a Reply", a share
  // line; and the editor cut one paragraph in the middle.
  std::string copy = "News » Caucasus » " + lines.front().substr(14) + "\n\n";
  for (std::size_t i = 1; i + 2 < lines.size(); ++i) {
    if (i == lines.size() / 2) continue;
    copy += lines[i] + "\n\n";
  }
  copy += "Share this: Facebook Twitter WhatsApp\n";

  const double s = similarity(original, copy);
  std::cout << "seed 000 vs its edited copy: estimated similarity " << s << "\n";
  RecordProperty("similarity", std::to_string(s));
  EXPECT_GE(s, DuplicateDetector::Options{}.near_threshold);

  const DuplicateDetector detector;
  MemoryStore store;
  for (const auto& name : kSeeds)
    ASSERT_EQ(ingest(store, detector, read_seed(name)).kind, Kind::unique) << name;
  const auto verdict = ingest(store, detector, copy);
  EXPECT_EQ(verdict.kind, Kind::near);
  EXPECT_EQ(verdict.existing_id, 1);
}

TEST(DuplicateDetectorSeeds, DifferentSeedsAreNotDuplicates) {
  TRUCE_REQUIRE_SHARED("seeds");
  double highest = 0;
  for (std::size_t i = 0; i < kSeeds.size(); ++i) {
    for (std::size_t j = i + 1; j < kSeeds.size(); ++j) {
      const double s = similarity(read_seed(kSeeds[i]), read_seed(kSeeds[j]));
      std::cout << kSeeds[i].substr(0, 3) << " vs " << kSeeds[j].substr(0, 3)
                << ": estimated similarity " << s << "\n";
      highest = std::max(highest, s);
      EXPECT_LT(s, 0.1) << kSeeds[i] << " vs " << kSeeds[j];
    }
  }
  RecordProperty("highest_similarity", std::to_string(highest));
}

}  // namespace
}  // namespace truce::testing
