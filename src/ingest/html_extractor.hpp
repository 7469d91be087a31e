// The article of an HTML page as text, with the metadata pages carry: title, canonical URL,
// author, site name and publication date. Used for HTML files and for the HTML inside feed items.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/report.hpp"
#include "ingest/furniture_patterns.hpp"

namespace truce::ingest {

struct HtmlDocument {
  std::string title;
  std::string url;  // <link rel=canonical>, else og:url
  std::string author;
  std::string site_name;  // og:site_name or the JSON-LD publisher
  std::string lang;       // <html lang>, as written ("en", "ru-RU")
  std::optional<ReportDate> published;
  std::string published_from;  // e.g. "html:article:published_time", "html:json-ld", "html:time"
  std::string body;            // paragraphs separated by one blank line
  std::string refused;         // why the page was not read (nested too deep); empty when read
};

// Returns the main text of `html` (UTF-8): the itemprop=articleBody element, else the longest
// <article>, else <main>, else <body>; without nav, header, footer, aside, script, style, forms,
// figures, comments, hidden elements and elements whose class or id `patterns` marks as
// boilerplate. Broken or truncated HTML yields whatever text gumbo recovers; a page nested deeper
// than kMaxHtmlDepth (markup_depth.hpp) is not parsed and comes back empty with `refused` set.
HtmlDocument extract_html(std::string_view html, const FurniturePatterns& patterns);

}  // namespace truce::ingest
