// ReportReader: the glue between the format readers, the furniture cleaner and the metadata.
// Precedence of metadata, strongest first: command-line options; meta.jsonl (an analyst's word
// about the file); what the document says about itself. For files holding many reports (feeds,
// JSON Lines) meta.jsonl only fills what an item leaves out.
#include "ingest/report_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include "core/data_dir.hpp"
#include "core/utf8.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/format_detector.hpp"
#include "ingest/html_extractor.hpp"
#include "ingest/jsonl_reader.hpp"
#include "ingest/meta_index.hpp"
#include "ingest/text_decoder.hpp"

namespace fs = std::filesystem;

namespace truce::ingest {

struct ReportReader::MetaCache {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const MetaIndex>> by_dir;
};

namespace {

std::string limit_message(const std::string& input, std::size_t size, std::size_t limit) {
  return input + ": " +
         (size == 0 ? std::string("input") : "file is " + std::to_string(size) + " bytes,") +
         " above the limit of " + std::to_string(limit) + " bytes; raise it with --max-bytes";
}

bool is_readme(const std::string& name) {
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "readme" || lower.starts_with("readme.");
}

// Fills the report's fields from meta.jsonl: all of them (`override`), or only the empty ones.
void apply_meta(Report& report, const MetaEntry& meta, bool override) {
  auto set = [override](std::string& field, const std::string& value) {
    if (!value.empty() && (override || field.empty())) field = value;
  };
  set(report.source, meta.source);
  set(report.lang, meta.lang);
  set(report.url, meta.url);
  set(report.title, meta.title);
  if (meta.published && (override || !report.published.known())) {
    report.published = *meta.published;
    report.published_from = "meta.jsonl";
  }
}

// Runs an item's content (HTML or text) through extraction and cleaning into `report`; returns
// why the page was not read, empty when it was.
std::string fill_from_html(Report& report, const std::string& html,
                           const FurnitureCleaner& cleaner) {
  const HtmlDocument doc = extract_html(html, cleaner.patterns());
  if (!doc.refused.empty()) return doc.refused;
  const std::string known = !report.title.empty() ? report.title : doc.title;
  CleanedText cleaned = cleaner.clean(doc.body, known);
  report.title = cleaned.title;
  report.body = std::move(cleaned.body);
  if (cleaned.page_date) report.page_date = *cleaned.page_date;
  if (report.url.empty()) report.url = doc.url;
  if (report.author.empty()) report.author = doc.author;
  if (report.source.empty()) report.source = doc.site_name;
  if (report.lang.empty()) report.lang = doc.lang;
  if (!report.published.known() && doc.published) {
    report.published = *doc.published;
    report.published_from = doc.published_from;
  }
  return {};
}

void fill_from_text(Report& report, const std::string& text, const FurnitureCleaner& cleaner) {
  CleanedText cleaned = cleaner.clean(text, report.title);
  report.title = cleaned.title;
  report.body = std::move(cleaned.body);
  if (cleaned.page_date) report.page_date = *cleaned.page_date;
}

bool is_jsonl_extension(const std::string& extension) {
  std::string ext;
  for (char c : extension) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".jsonl" || ext == ".ndjson";
}

// The text read_jsonl decodes line by line: the bytes as they are, unless a byte-order mark
// made the whole file UTF-16 or UTF-32 (then its lines only exist after decoding).
std::string_view jsonl_text(std::string_view bytes, const Result<DecodedText>& decoded) {
  const bool wide = bytes.starts_with("\xff\xfe") || bytes.starts_with("\xfe\xff") ||
                    bytes.starts_with(std::string_view("\0\0\xfe\xff", 4));
  if (wide && decoded) return decoded->utf8;
  if (bytes.starts_with("\xef\xbb\xbf")) bytes.remove_prefix(3);
  return bytes;
}

// Every text field valid UTF-8 (a stray byte in a feed's title would otherwise reach the store
// and break every JSON listing including it); the raw bytes stay as read.
void make_valid_utf8(Report& report) {
  bool repaired = false;
  for (std::string* field : {&report.origin, &report.title, &report.url, &report.author,
                             &report.source, &report.lang, &report.body, &report.published_from}) {
    if (is_valid_utf8(*field)) continue;
    *field = repair_utf8(*field);
    repaired = true;
  }
  for (auto& warning : report.warnings) warning = repair_utf8(warning);
  if (repaired) report.warnings.push_back("invalid UTF-8 bytes replaced with U+FFFD");
}

}  // namespace

ReportReader::ReportReader(ReadOptions options, FurniturePatterns patterns)
    : options_(std::move(options)),
      cleaner_(std::make_shared<const FurnitureCleaner>(std::move(patterns))),
      meta_cache_(std::make_shared<MetaCache>()) {}

Result<ReportReader> ReportReader::create(ReadOptions options) {
  auto patterns = load_furniture_patterns(data_dir() / kFurnitureFile);
  if (!patterns) return patterns.error();
  return ReportReader(std::move(options), std::move(*patterns));
}

ReportReader ReportReader::with_patterns(ReadOptions options, FurniturePatterns patterns) {
  return ReportReader(std::move(options), std::move(patterns));
}

std::vector<std::string> ReportReader::expand(const std::vector<std::string>& paths,
                                              std::vector<Error>& problems) const {
  std::vector<std::string> inputs;
  for (const auto& path : paths) {
    if (path == "-") {
      inputs.push_back(path);
      continue;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems.push_back(make_error(path + ": no such file or directory"));
      continue;
    }
    if (fs::is_regular_file(status)) {
      inputs.push_back(path);
      continue;
    }
    if (!fs::is_directory(status)) {
      problems.push_back(make_error(path + ": not a regular file or directory"));
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
    if (ec) {
      problems.push_back(make_error(path + ": cannot list: " + ec.message()));
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        problems.push_back(make_error(path + ": cannot list: " + ec.message()));
        break;
      }
      const std::string name = it->path().filename().string();
      if (name.starts_with(".")) {
        // Hidden folders (.git, editor state) are not reports either.
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      // meta.jsonl describes the folder's reports and a README describes the folder: neither is
      // a report. Given by name, either is still read.
      if (name == "meta.jsonl" || is_readme(name)) continue;
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    inputs.insert(inputs.end(), found.begin(), found.end());
  }
  return inputs;
}

ReadOutcome ReportReader::read(const std::string& input) const {
  ReadOutcome outcome;
  const std::size_t limit = options_.max_bytes;
  std::string bytes;
  if (input == "-") {
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      bytes.append(buf, n);
      if (bytes.size() > limit) {
        outcome.problems.push_back(make_error(limit_message(input, 0, limit)));
        return outcome;
      }
    }
    if (std::ferror(stdin)) {
      outcome.problems.push_back(make_error("-: cannot read standard input"));
      return outcome;
    }
    return read_bytes(input, bytes);
  }
  std::error_code ec;
  const auto status = fs::status(input, ec);
  if (ec || !fs::exists(status)) {
    outcome.problems.push_back(make_error(input + ": no such file or directory"));
    return outcome;
  }
  if (fs::is_directory(status)) {
    outcome.problems.push_back(make_error(input + ": is a directory"));
    return outcome;
  }
  const auto size = fs::file_size(input, ec);
  if (!ec && size > limit) {
    outcome.problems.push_back(make_error(limit_message(input, size, limit)));
    return outcome;
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    outcome.problems.push_back(make_error(input + ": cannot read: " + std::strerror(errno)));
    return outcome;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  bytes = ss.str();
  if (bytes.size() > limit) {  // the file grew, or is a pipe whose size was unknown
    outcome.problems.push_back(make_error(limit_message(input, bytes.size(), limit)));
    return outcome;
  }
  return read_bytes(input, bytes);
}

ReadOutcome ReportReader::read_bytes(const std::string& input, const std::string& bytes) const {
  ReadOutcome outcome;
  auto problem = [&](const std::string& where, const std::string& what) {
    outcome.problems.push_back(make_error(where + ": " + what));
  };
  const bool from_stdin = input == "-";
  const fs::path path(input);
  const std::string extension = from_stdin ? std::string() : path.extension().string();

  auto decoded = decode_text(bytes, declared_charset(bytes));
  // JSON Lines are decoded line by line (jsonl_reader), so one bad line cannot spoil the file.
  const bool jsonl_by_name = is_jsonl_extension(extension);
  if (!decoded && !jsonl_by_name) {
    problem(input, decoded.error().message);
    return outcome;
  }
  const SourceFormat format =
      decoded ? detect_format(decoded->utf8, extension) : SourceFormat::jsonl;
  const FurnitureCleaner& cleaner = *cleaner_;
  auto new_report = [&](std::string origin) {
    Report report;
    report.origin = std::move(origin);
    report.format = format;
    if (decoded && format != SourceFormat::jsonl) report.warnings = decoded->warnings;
    return report;
  };

  switch (format) {
    case SourceFormat::text: {
      Report report = new_report(input);
      report.raw = bytes;
      fill_from_text(report, decoded->utf8, cleaner);
      outcome.reports.push_back(std::move(report));
      break;
    }
    case SourceFormat::html: {
      Report report = new_report(input);
      report.raw = bytes;
      if (auto refused = fill_from_html(report, decoded->utf8, cleaner); !refused.empty()) {
        problem(input, refused);
        return outcome;
      }
      outcome.reports.push_back(std::move(report));
      break;
    }
    case SourceFormat::rss:
    case SourceFormat::atom: {
      // libxml2 reads the raw bytes itself: the XML declaration names their encoding.
      auto feed = read_feed(bytes, options_.max_bytes);
      if (!feed) {
        problem(input, feed.error().message);
        return outcome;
      }
      if (feed->items.empty()) problem(input, "feed has no items");
      for (std::size_t i = 0; i < feed->items.size(); ++i) {
        const FeedItem& item = feed->items[i];
        Report report = new_report(input + "#" + std::to_string(i + 1));
        if (item.too_large) {
          problem(report.origin, "its text expands (XML entities) past the limit of " +
                                     std::to_string(options_.max_bytes) +
                                     " bytes; raise it with --max-bytes");
          continue;
        }
        report.format = feed->format;
        report.raw = item.raw;
        report.title = item.title;
        report.url = item.url;
        report.author = item.author;
        report.source = feed->title;
        report.warnings.insert(report.warnings.end(), feed->warnings.begin(), feed->warnings.end());
        if (item.published) {
          report.published = *item.published;
          report.published_from = item.published_from;
        }
        if (item.content_is_html) {
          if (auto refused = fill_from_html(report, item.content, cleaner); !refused.empty()) {
            problem(report.origin, refused);
            continue;
          }
        } else {
          fill_from_text(report, item.content, cleaner);
        }
        if (report.body.empty() && !report.title.empty()) {
          // Headline-only feeds are common; the headline is then all the item reports.
          report.body = report.title;
          report.warnings.push_back("the item has no content; its title is used as its text");
        }
        outcome.reports.push_back(std::move(report));
      }
      break;
    }
    case SourceFormat::jsonl: {
      std::vector<JsonlProblem> bad_lines;
      auto records = read_jsonl(jsonl_text(bytes, decoded), bad_lines);
      for (const auto& bad : bad_lines)
        problem(input + ":" + std::to_string(bad.line), bad.message);
      for (auto& record : records) {
        Report report = new_report(input + ":" + std::to_string(record.line));
        report.raw = record.raw;
        report.title = record.title;
        report.url = record.url;
        report.source = record.source;
        report.author = record.author;
        report.lang = record.lang;
        report.warnings = record.warnings;
        if (record.published) {
          report.published = *record.published;
          report.published_from = "jsonl:published";
        }
        if (!record.html.empty()) {
          report.format = SourceFormat::html;
          if (auto refused = fill_from_html(report, record.html, cleaner); !refused.empty()) {
            problem(report.origin, refused);
            continue;
          }
        } else {
          report.format = SourceFormat::text;
          fill_from_text(report, record.text, cleaner);
        }
        // Keep the container's format for provenance: the report came from a JSON Lines file.
        report.format = SourceFormat::jsonl;
        outcome.reports.push_back(std::move(report));
      }
      if (records.empty() && bad_lines.empty()) problem(input, "no JSON lines");
      break;
    }
  }

  if (!from_stdin) {
    fs::path dir = path.parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    const std::string key = fs::absolute(dir, ec).lexically_normal().string();
    std::shared_ptr<const MetaIndex> meta;
    {
      std::lock_guard lock(meta_cache_->mutex);
      auto& slot = meta_cache_->by_dir[key];
      if (!slot) {
        // Problems in meta.jsonl are reported once, with the first input read from its folder.
        slot = std::make_shared<const MetaIndex>(MetaIndex::load(dir, outcome.problems));
      }
      meta = slot;
    }
    if (const MetaEntry* entry = meta->find(path.filename().string())) {
      const bool single = format == SourceFormat::text || format == SourceFormat::html;
      for (auto& report : outcome.reports) apply_meta(report, *entry, single);
    }
  }

  std::vector<Report> kept;
  for (auto& report : outcome.reports) {
    if (options_.published) {
      report.published = *options_.published;
      report.published_from = "--published";
    }
    if (!options_.source.empty()) report.source = options_.source;
    if (report.body.empty()) {
      problem(report.origin, "no article text (nothing left after removing page furniture)");
      continue;
    }
    // --max-bytes bounds what a report becomes, not only the file it came from (an entity
    // expanded ten thousand times is a small file).
    if (report.body.size() > options_.max_bytes) {
      problem(report.origin,
              "its text is " + std::to_string(report.body.size()) + " bytes, above the limit of " +
                  std::to_string(options_.max_bytes) + " bytes; raise it with --max-bytes");
      continue;
    }
    make_valid_utf8(report);
    kept.push_back(std::move(report));
  }
  outcome.reports = std::move(kept);
  return outcome;
}

}  // namespace truce::ingest
