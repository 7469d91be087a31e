// See json_response.hpp.
#include "serve/json_response.hpp"

#include <fmt/core.h>

#include <cstring>

namespace truce::serve {

std::string etag_of(const std::string& body) {
  // FNV-1a over 8 bytes at a time, then the bytes left: a page of facts is 100 KB, and a byte
  // at a time cost a tenth of its answer.
  uint64_t hash = 14695981039346656037ULL;
  std::size_t at = 0;
  for (; at + 8 <= body.size(); at += 8) {
    uint64_t word = 0;
    std::memcpy(&word, body.data() + at, 8);
    hash ^= word;
    hash *= 1099511628211ULL;
  }
  for (; at < body.size(); ++at) {
    hash ^= static_cast<unsigned char>(body[at]);
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

std::string json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void send_json_text(const httplib::Request& request, httplib::Response& response,
                    const std::string& text) {
  send_text(request, response, text, "application/json; charset=utf-8");
}

void send_json(const httplib::Request& request, httplib::Response& response,
               const nlohmann::json& body, int status) {
  const std::string text = json_text(body);
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
  return page_json(std::move(slice), total, page);
}

std::string page_text(const std::vector<std::string>& items, int64_t total, const Page& page) {
  // The members in the order nlohmann::json sorts them, as page_json's answer is written.
  std::string out = "{\"items\":[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += items[i];
  }
  const int64_t next = page.offset + page.limit;
  out += fmt::format("],\"limit\":{},\"next_offset\":{},\"offset\":{},\"total\":{}}}", page.limit,
                     next < total ? std::to_string(next) : "null", page.offset, total);
  return out;
}

nlohmann::json page_json(nlohmann::json items, int64_t total, const Page& page) {
  const int64_t next = page.offset + page.limit;
  return {{"items", std::move(items)},
          {"total", total},
          {"limit", page.limit},
          {"offset", page.offset},
          {"next_offset", next < total ? nlohmann::json(next) : nlohmann::json()}};
}

}  // namespace truce::serve
