// What duplicate detection computes for a report and the small look-up it needs from storage.
// Ingest depends on this interface only, so it never sees the whole store (which comes after it
// in the pipeline); the store implements it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace truce {

// What duplicate detection computed for a report (see ingest/duplicate_detector.hpp).
struct Fingerprint {
  std::string content_hash;       // hash of the normalized body: equal means exact duplicate
  std::vector<uint32_t> minhash;  // MinHash signature over word shingles
  // One key per LSH band of `minhash` (band number mixed in). The store indexes them and
  // near_candidates looks them up; a fingerprint without keys is never a candidate.
  std::vector<int64_t> lsh_bands;
};

// A stored report that is a near-duplicate of an earlier one.
struct DuplicateLink {
  int64_t original_id = 0;
  double similarity = 0;  // estimated Jaccard similarity of the two bodies' shingles
};

// A report whose near-duplicate signature shares at least one LSH band with a query.
struct NearCandidate {
  int64_t id = 0;
  std::vector<uint32_t> minhash;
};

// The fingerprints already stored, as duplicate detection asks about them.
class FingerprintLookup {
 public:
  virtual ~FingerprintLookup() = default;
  // Returns the id of a stored report with this content hash, or nullopt.
  virtual Result<std::optional<int64_t>> find_exact(const std::string& content_hash) = 0;
  // Returns stored reports sharing an LSH band with `fingerprint` (original reports only).
  virtual Result<std::vector<NearCandidate>> near_candidates(const Fingerprint& fingerprint) = 0;
};

}  // namespace truce
