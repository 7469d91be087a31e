// Duplicate detection: a report's fingerprint (a hash of its normalised body and a MinHash
// signature over word 5-shingles, banded for LSH) and the verdict against what is stored.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/fingerprint.hpp"
#include "core/result.hpp"

namespace truce::ingest {

class DuplicateDetector {
 public:
  // Signature and banding. 42 bands of 3 rows (126 of the 128 values; the estimate uses all
  // 128) make a pair a candidate with probability 1-(1-s^3)^42: 0.94 at s=0.4, 0.996 at 0.5,
  // 0.005 at 0.05. Changing these invalidates stored fingerprints: bump kFingerprintVersion.
  static constexpr int kSignatureSize = 128;
  static constexpr int kBandRows = 3;
  static constexpr int kBands = 42;
  static constexpr int kShingleWords = 5;
  static constexpr int kFingerprintVersion = 1;

  struct Options {
    // A candidate whose estimated Jaccard similarity of word 5-shingles reaches this is a
    // near-duplicate. Syndicated copies with a paragraph cut or furniture changed score 0.6-0.95;
    // different reports on the same events score under 0.05. Below about 0.3 LSH starts to miss
    // candidates, so lower thresholds find fewer near-duplicates than they promise.
    double near_threshold = 0.5;
  };

  struct Verdict {
    enum class Kind {
      unique,  // no stored report is a duplicate of it: store it
      exact,   // same normalised body as existing_id: do not store it again
      near,    // near-duplicate of existing_id (an original): store it linked
    };
    Kind kind = Kind::unique;
    int64_t existing_id = 0;  // for exact and near
    double similarity = 0;    // estimated Jaccard similarity; 1 for exact
  };

  DuplicateDetector() = default;
  explicit DuplicateDetector(Options options) : options_(options) {}

  // Returns the body's fingerprint: content_hash (32 hex digits) of the body with white space
  // collapsed and case folded; the MinHash signature over word 5-shingles of the folded words
  // (punctuation ignored); and its LSH band keys. Deterministic across runs and machines.
  // Invalid UTF-8 is hashed as U+FFFD, never rejected.
  Fingerprint fingerprint(std::string_view body) const;

  // Returns the verdict for `fingerprint`: exact when the store holds its content hash, else the
  // most similar original among the LSH candidates at or above the threshold (the lowest id on a
  // tie), else unique. Fails only when the store does.
  Result<Verdict> check(FingerprintLookup& store, const Fingerprint& fingerprint) const;

  // Returns the fraction of positions at which two signatures agree, an estimate of the Jaccard
  // similarity of the shingle sets; 0 when the sizes differ or are zero.
  static double similarity(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

  const Options& options() const { return options_; }

 private:
  Options options_;
};

}  // namespace truce::ingest
