// See duplicate_detector.hpp. Hashes are written out here, not taken from std::hash, so that
// fingerprints stored by one build match those computed by another.
#include "ingest/duplicate_detector.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <limits>
#include <string>

namespace truce::ingest {
namespace {

// MurmurHash3's 64-bit finaliser: every input bit affects every output bit.
constexpr uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

uint64_t fnv1a(std::string_view bytes, uint64_t h = kFnvOffset) {
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

// The MinHash functions: value i of a signature is the minimum over shingles of
// mix(shingle ^ seed[i]). Seeds come from splitmix64 with a fixed start, so they never change.
constexpr std::array<uint64_t, DuplicateDetector::kSignatureSize> make_seeds() {
  std::array<uint64_t, DuplicateDetector::kSignatureSize> seeds{};
  uint64_t state = 0x7472756365ULL;  // "truce"
  for (auto& seed : seeds) {
    state += 0x9e3779b97f4a7c15ULL;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    seed = z ^ (z >> 31);
  }
  return seeds;
}
constexpr auto kSeeds = make_seeds();

// Calls on_code_point(c) for each code point of `utf8`, invalid sequences as U+FFFD.
template <typename F>
void for_each_code_point(std::string_view utf8, F&& on_code_point) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    on_code_point(c < 0 ? 0xfffd : c);
  }
}

void append_utf8(std::string& out, UChar32 c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
    return;
  }
  char buffer[U8_MAX_LENGTH];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buffer, n, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(n));
}

// ICU's answers for ASCII, without the call: most of a body is ASCII. White_Space in ASCII is
// tab to carriage return and the space; simple case folding changes only A-Z there.
bool is_white_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}
UChar32 fold_case(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

// The body as the content hash sees it: case folded (full Unicode simple folding, stable across
// Unicode versions), every run of white space one space, none at the ends. Punctuation stays:
// two bodies that differ in more than spacing and case are not exact duplicates.
std::string normalise_for_hash(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  bool pending_space = false;
  for_each_code_point(body, [&](UChar32 c) {
    if (is_white_space(c)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    append_utf8(out, fold_case(c));
  });
  return out;
}

// Letters, digits and combining marks make words; everything else separates them.
bool is_word_char(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// Returns one 64-bit hash per word of the case-folded body.
std::vector<uint64_t> word_hashes(std::string_view body) {
  std::vector<uint64_t> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(mix(fnv1a(word)));
    word.clear();
  };
  for_each_code_point(body, [&](UChar32 c) {
    if (is_word_char(c)) {
      append_utf8(word, fold_case(c));
    } else {
      flush();
    }
  });
  flush();
  return words;
}

// Returns the hashes of every run of kShingleWords consecutive words (one shingle of all words
// when the body is shorter); empty when the body has no words.
std::vector<uint64_t> shingle_hashes(const std::vector<uint64_t>& words) {
  std::vector<uint64_t> shingles;
  if (words.empty()) return shingles;
  const std::size_t width =
      std::min(words.size(), static_cast<std::size_t>(DuplicateDetector::kShingleWords));
  shingles.reserve(words.size() - width + 1);
  for (std::size_t start = 0; start + width <= words.size(); ++start) {
    uint64_t h = 0x5348494e474c45ULL;  // order matters: "a b" and "b a" differ
    for (std::size_t k = 0; k < width; ++k) h = mix(h * 31 + words[start + k]);
    shingles.push_back(h);
  }
  return shingles;
}

std::string hex128(uint64_t high, uint64_t low) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 0; i < 16; ++i) {
    out[15 - i] = kDigits[(high >> (4 * i)) & 0xf];
    out[31 - i] = kDigits[(low >> (4 * i)) & 0xf];
  }
  return out;
}

}  // namespace

Fingerprint DuplicateDetector::fingerprint(std::string_view body) const {
  Fingerprint fp;

  // 128 bits from two different hashes of the same bytes, so a collision needs both to collide.
  const std::string normal = normalise_for_hash(body);
  uint64_t second = 0x243f6a8885a308d3ULL;
  for (const char c : normal) {
    second = mix(second ^ static_cast<unsigned char>(c)) + 0x9e3779b97f4a7c15ULL;
  }
  fp.content_hash = hex128(mix(fnv1a(normal) ^ normal.size()), mix(second));

  const auto shingles = shingle_hashes(word_hashes(body));
  if (shingles.empty()) return fp;  // nothing to compare: never a near-duplicate of anything
  fp.minhash.assign(kSignatureSize, std::numeric_limits<uint32_t>::max());
  for (const uint64_t shingle : shingles) {
    for (int i = 0; i < kSignatureSize; ++i) {
      const auto value = static_cast<uint32_t>(mix(shingle ^ kSeeds[i]) >> 32);
      if (value < fp.minhash[i]) fp.minhash[i] = value;
    }
  }

  fp.lsh_bands.reserve(kBands);
  for (int band = 0; band < kBands; ++band) {
    uint64_t key = mix((static_cast<uint64_t>(kFingerprintVersion) << 32) | band);
    for (int row = 0; row < kBandRows; ++row)
      key = mix(key * 31 + fp.minhash[band * kBandRows + row]);
    fp.lsh_bands.push_back(static_cast<int64_t>(key));
  }
  return fp;
}

double DuplicateDetector::similarity(const std::vector<uint32_t>& a,
                                     const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

Result<DuplicateDetector::Verdict> DuplicateDetector::check(FingerprintLookup& store,
                                                            const Fingerprint& fingerprint) const {
  auto exact = store.find_exact(fingerprint.content_hash);
  if (!exact) return exact.error();
  if (*exact) return Verdict{Verdict::Kind::exact, **exact, 1.0};

  auto candidates = store.near_candidates(fingerprint);
  if (!candidates) return candidates.error();
  Verdict best;
  for (const NearCandidate& candidate : *candidates) {
    const double s = similarity(fingerprint.minhash, candidate.minhash);
    if (s < options_.near_threshold) continue;
    const bool better = best.kind == Verdict::Kind::unique || s > best.similarity ||
                        (s == best.similarity && candidate.id < best.existing_id);
    if (better) best = Verdict{Verdict::Kind::near, candidate.id, s};
  }
  return best;
}

}  // namespace truce::ingest
