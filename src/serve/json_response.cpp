// See json_response.hpp.
#include "serve/json_response.hpp"

#include <fmt/core.h>

namespace truce::serve {

std::string etag_of(const std::string& body) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : body) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return fmt::format("\"{:016x}\"", hash);
}

void send_text(const httplib::Request& request, httplib::Response& response,
               const std::string& text, const std::string& content_type) {
  const std::string etag = etag_of(text);
  response.set_header("ETag", etag);
  response.set_header("Cache-Control", "no-cache");
  if (request.get_header_value("If-None-Match") == etag) {
    response.status = 304;
    return;
  }
  response.status = 200;
  response.set_content(text, content_type);
}

void send_json(const httplib::Request& request, httplib::Response& response,
               const nlohmann::json& body, int status) {
  const std::string text = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::string etag = etag_of(text);
  response.set_header("ETag", etag);
  response.set_header("Cache-Control", "no-cache");
  if (status == 200 && request.get_header_value("If-None-Match") == etag) {
    response.status = 304;
    return;
  }
  response.status = status;
  response.set_content(text, "application/json; charset=utf-8");
}

void send_error(httplib::Response& response, int status, const std::string& field,
                const std::string& message) {
  nlohmann::json body = {{"error",
                          {{"status", status},
                           {"field", field.empty() ? nlohmann::json() : nlohmann::json(field)},
                           {"message", message}}}};
  response.status = status;
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json; charset=utf-8");
}

nlohmann::json page_of(const nlohmann::json& items, const Page& page) {
  const auto total = static_cast<int64_t>(items.size());
  nlohmann::json slice = nlohmann::json::array();
  for (int64_t i = page.offset; i < total && i < page.offset + page.limit; ++i) {
    slice.push_back(items[static_cast<std::size_t>(i)]);
  }
  const int64_t next = page.offset + page.limit;
  return {{"items", std::move(slice)},
          {"total", total},
          {"limit", page.limit},
          {"offset", page.offset},
          {"next_offset", next < total ? nlohmann::json(next) : nlohmann::json()}};
}

}  // namespace truce::serve
