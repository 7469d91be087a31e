// Content sniffing for ingest. Order matters: feeds and XHTML both start with "<?xml", and an
// HTML page may start with a comment, so the root element is looked at before any tag list.
#include "ingest/format_detector.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/feed_reader.hpp"
#include "ingest/jsonl_reader.hpp"

namespace truce::ingest {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool has_html_tags(std::string_view text) {
  const std::string head = lower(text.substr(0, 8192));
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ",
                          "<div", "<meta ", "<title>", "<h1", "<br"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

SourceFormat detect_format(std::string_view text, std::string_view extension) {
  const std::string ext = lower(extension);
  const std::size_t start = text.find_first_not_of(" \t\r\n\f");
  if (start == std::string_view::npos) return SourceFormat::text;
  const std::string_view trimmed = text.substr(start);
  if (trimmed.front() == '<') {
    if (auto feed = sniff_feed(trimmed)) return *feed;
    if (has_html_tags(trimmed)) return SourceFormat::html;
    // Some other XML document: the feed reader says clearly that it is not a feed.
    if (trimmed.starts_with("<?xml")) return SourceFormat::rss;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return SourceFormat::html;
  }
  if (ext == ".jsonl" || ext == ".ndjson") return SourceFormat::jsonl;
  if (trimmed.front() == '{' && looks_like_jsonl(trimmed)) return SourceFormat::jsonl;
  if ((ext == ".html" || ext == ".htm") && has_html_tags(trimmed)) return SourceFormat::html;
  return SourceFormat::text;
}

}  // namespace truce::ingest
