// RSS 2.0 and Atom feeds: each item or entry becomes one report-to-be with its title, link,
// author, date and content (HTML content is turned into text by the caller).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"
#include "core/result.hpp"

namespace truce::ingest {

struct FeedItem {
  std::string raw;  // the item's XML as in the feed, for provenance
  std::string title;
  std::string url;
  std::string author;
  std::optional<ReportDate> published;
  std::string published_from;   // "rss:pubDate", "rss:dc:date", "atom:published", "atom:updated"
  std::string content;          // the item's richest content
  bool content_is_html = true;  // false for Atom type="text"
  bool too_large = false;       // its text expanded past the limit (entities): cut short
};

struct Feed {
  SourceFormat format = SourceFormat::rss;
  std::string title;  // the channel's or feed's title
  std::vector<FeedItem> items;
  std::vector<std::string> warnings;  // e.g. XML errors libxml2 recovered from
};

// Returns true when `text` begins like an RSS 2.0 (or RDF/RSS 1.0) or Atom document.
std::optional<SourceFormat> sniff_feed(std::string_view text);

// Parses a feed from its bytes (libxml2 honours the XML declaration's encoding). Recovers from
// truncation and errors as far as libxml2 can, with a warning; fails when no feed root is found.
// Never fetches external entities or DTDs; an item whose text (entity references expanded) would
// pass `max_text_bytes` is cut short there and marked too_large.
Result<Feed> read_feed(std::string_view bytes, std::size_t max_text_bytes = 20 * 1024 * 1024);

}  // namespace truce::ingest
