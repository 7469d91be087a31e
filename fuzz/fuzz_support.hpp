// Shared by the libFuzzer targets: the project's furniture patterns, loaded once per process.
#pragma once

#include <cstdlib>
#include <string_view>

#include "core/data_dir.hpp"
#include "ingest/report_reader.hpp"

namespace truce::fuzz {

inline const ingest::FurniturePatterns& patterns() {
  static const ingest::FurniturePatterns loaded = [] {
    auto p = ingest::load_furniture_patterns(data_dir() / ingest::kFurnitureFile);
    if (!p) std::abort();  // a fuzz run without its data files would test nothing
    return *p;
  }();
  return loaded;
}

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace truce::fuzz
