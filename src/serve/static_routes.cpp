// The dashboard's files: GET of any path outside /api/ answers with the file of that path under
// the web directory ("/" is index.html). A path that leaves the directory (.., an absolute
// path, a symbolic link pointing out) is refused as not found.
#include <fmt/core.h>

#include <fstream>
#include <map>
#include <sstream>

#include "serve/json_response.hpp"
#include "serve/routes.hpp"

namespace truce::serve {
namespace {

namespace fs = std::filesystem;

const char* content_type(const fs::path& file) {
  static const std::map<std::string, const char*> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  const auto it = kTypes.find(file.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

// The file `request_path` names under `root` (canonical), or nullopt when it is not a regular
// file inside it.
std::optional<fs::path> resolve(const fs::path& root, const std::string& request_path) {
  if (request_path.find('\0') != std::string::npos ||
      request_path.find('\\') != std::string::npos) {
    return std::nullopt;
  }
  const fs::path relative = fs::path(request_path).relative_path();
  for (const auto& part : relative) {
    if (part == "..") return std::nullopt;
  }
  std::error_code ec;
  fs::path file = fs::canonical(root / (relative.empty() ? fs::path("index.html") : relative), ec);
  if (ec || !fs::is_regular_file(file, ec)) return std::nullopt;
  const auto [root_end, file_it] =
      std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  if (root_end != root.end()) return std::nullopt;
  return file;
}

void serve_file(const fs::path& root, const httplib::Request& request,
                httplib::Response& response) {
  const std::string& path = request.path;
  if (path.rfind("/api/", 0) == 0 || path == "/api") {
    throw ApiError(404, "", fmt::format("{}: no such API route", path));
  }
  const auto file = resolve(root, path);
  if (!file) throw ApiError(404, "", fmt::format("{}: not found", path));
  std::ifstream in(*file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string body = bytes.str();
  const std::string etag = etag_of(body);
  response.set_header("ETag", etag);
  response.set_header("Cache-Control", "no-cache");
  if (request.get_header_value("If-None-Match") == etag) {
    response.status = 304;
    return;
  }
  response.set_content(body, content_type(*file));
}

}  // namespace

void add_static_routes(httplib::Server& server, const fs::path& web_dir) {
  std::error_code ec;
  const fs::path root = fs::canonical(web_dir, ec);
  server.Get(R"(/.*)", guarded([root, ok = !ec](const auto& req, auto& res) {
               if (!ok) throw ApiError(404, "", fmt::format("{}: not found", req.path));
               serve_file(root, req, res);
             }));
}

}  // namespace truce::serve
