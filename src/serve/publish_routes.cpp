// GET /api/sitrep (the daily situation report of `truce sitrep`, Markdown or one HTML file) and
// GET /api/export (linked incidents as `truce export` writes them: ACLED-style CSV, GeoJSON,
// JSON Lines), with the same filters as GET /api/incidents. Built from the store at request time.
#include <fmt/core.h>
#include <openssl/evp.h>

#include <array>
#include <fstream>
#include <map>
#include <sstream>

#include "core/data_dir.hpp"
#include "report/exports.hpp"
#include "report/sitrep.hpp"
#include "serve/incident_query.hpp"
#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

// What the published forms read from data/generated/, once: country names and the basemap.
struct PublishData {
  report::CountryTable countries;
  std::string shapes;  // Natural Earth countries (TopoJSON), "" when not generated
};

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string base64_sha256(const std::string& text) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  EVP_Digest(text.data(), text.size(), digest.data(), &size, EVP_sha256(), nullptr);
  std::array<unsigned char, 4 * EVP_MAX_MD_SIZE> out{};
  const int length = EVP_EncodeBlock(out.data(), digest.data(), static_cast<int>(size));
  return std::string(reinterpret_cast<const char*>(out.data()), static_cast<std::size_t>(length));
}

// The HTML sitrep is one self-contained file with its own <style>: its policy allows that one
// style by its hash, and nothing else (no script, no fetch).
std::string sitrep_policy(const std::string& html) {
  const auto open = html.find("<style>");
  const auto close = html.find("</style>");
  std::string style_src = "'none'";
  if (open != std::string::npos && close != std::string::npos && close > open) {
    const std::string style = html.substr(open + 7, close - open - 7);
    style_src = "'sha256-" + base64_sha256(style) + "'";
  }
  return "default-src 'none'; style-src " + style_src +
         "; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

void show_sitrep(SharedStore& shared, const MonitorKnowledge& knowledge, const PublishData& data,
                 const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, {"date", "format"});
  const auto date = params.date("date");
  if (!date || date->size() != 10) {
    throw ApiError(400, "date", "date: missing or not a day (YYYY-MM-DD)");
  }
  const std::string format = params.choice("format", {"md", "html"}).value_or("md");
  require(knowledge);
  const std::string text = shared.with([&](ReportStore& store) {
    const auto book = book_of(store, knowledge);
    const auto ceasefires = register_of(store, knowledge);
    const report::BodyText body_of = [&](int64_t id) {
      auto stored = store.get_report(id);
      return stored && *stored ? (*stored)->report.body : std::string();
    };
    auto sitrep = report::build_sitrep(*date, store, book, ceasefires, data.countries, body_of);
    if (!sitrep) throw ApiError(500, "", sitrep.error().message);
    return format == "md" ? report::render_markdown(*sitrep)
                          : report::render_html(*sitrep, data.shapes);
  });
  if (format == "html") {
    response.headers.erase("Content-Security-Policy");
    response.set_header("Content-Security-Policy", sitrep_policy(text));
  }
  send_text(request, response, text,
            format == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8");
}

struct ExportForm {
  const char* content_type;
  const char* file_name;
};

const std::map<report::ExportFormat, ExportForm> kForms = {
    {report::ExportFormat::acled_csv, {"text/csv; charset=utf-8", "truce-incidents.csv"}},
    {report::ExportFormat::geojson, {"application/geo+json", "truce-incidents.geojson"}},
    {report::ExportFormat::jsonl, {"application/x-ndjson", "truce-incidents.jsonl"}},
};

void send_export(SharedStore& shared, const MonitorKnowledge& knowledge, const PublishData& data,
                 const httplib::Request& request, httplib::Response& response) {
  const QueryParams params(request, incident_params({"format"}));
  const auto name = params.choice("format", {"acled-csv", "geojson", "jsonl"});
  if (!name) throw ApiError(400, "format", "format: missing (acled-csv, geojson or jsonl)");
  const auto format = *report::parse_export_format(*name);
  const IncidentQuery query = read_incident_query(params);
  require(knowledge);
  const std::string text = shared.with([&](ReportStore& store) {
    const auto book = book_of(store, knowledge);
    const auto incidents = select_incidents(book, query);
    std::map<int64_t, std::string> bodies;
    const report::BodyOf body_of = [&](int64_t id) {
      auto it = bodies.find(id);
      if (it == bodies.end()) {
        auto stored = store.get_report(id);
        it = bodies.emplace(id, stored && *stored ? (*stored)->report.body : "").first;
      }
      return it->second;
    };
    std::ostringstream out;
    switch (format) {
      case report::ExportFormat::acled_csv:
        report::write_acled_csv(out, incidents, book.knowledge(), data.countries);
        break;
      case report::ExportFormat::geojson:
        report::write_geojson(out, incidents, book.knowledge(), data.countries);
        break;
      case report::ExportFormat::jsonl:
        report::write_jsonl(out, incidents, body_of);
        break;
    }
    return out.str();
  });
  const ExportForm& form = kForms.at(format);
  response.set_header("Content-Disposition",
                      fmt::format("attachment; filename=\"{}\"", form.file_name));
  send_text(request, response, text, form.content_type);
}

}  // namespace

void add_publish_routes(Router& router, SharedStore& store, const MonitorKnowledge& knowledge) {
  auto data = std::make_shared<PublishData>(
      PublishData{report::CountryTable::load(data_dir()),
                  read_text(data_dir() / "generated" / "countries-110m.json")});
  router.get("/api/sitrep", [&store, &knowledge, data](const auto& req, auto& res) {
    show_sitrep(store, knowledge, *data, req, res);
  });
  router.get("/api/export", [&store, &knowledge, data](const auto& req, auto& res) {
    send_export(store, knowledge, *data, req, res);
  });
}

}  // namespace truce::serve
