// Writing JSON responses: the body, its ETag (a hash of the body, so equal answers share a tag and
// a client holding it gets 304 Not Modified), and the JSON error body every 4xx and 5xx carries.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "serve/query_params.hpp"

namespace truce::serve {

// Sends `body` as JSON with an ETag; answers 304 with no body when If-None-Match holds it.
void send_json(const httplib::Request& request, httplib::Response& response,
               const nlohmann::json& body, int status = 200);

// Sends `text` as `content_type` with an ETag, the same way (304 when If-None-Match holds it).
void send_text(const httplib::Request& request, httplib::Response& response,
               const std::string& text, const std::string& content_type);

// Sends {"error": {"status", "field", "message"}}.
void send_error(httplib::Response& response, int status, const std::string& field,
                const std::string& message);

// One page of `items` (all of a listing, in its stable order): {"items", "total", "limit",
// "offset", "next_offset"}, next_offset null on the last page.
nlohmann::json page_of(const nlohmann::json& items, const Page& page);

// The same answer for a listing cut by the store: `items` is the page alone, `total` the
// length of the whole listing.
nlohmann::json page_json(nlohmann::json items, int64_t total, const Page& page);

// The same answer with each item already JSON text (a stored fact sent as stored).
std::string page_text(const std::vector<std::string>& items, int64_t total, const Page& page);

// `value` as every answer writes JSON: compact, invalid UTF-8 replaced.
std::string json_text(const nlohmann::json& value);

// Sends `text`, JSON already, with an ETag as send_json does.
void send_json_text(const httplib::Request& request, httplib::Response& response,
                    const std::string& text);

// The strong ETag of a response body: a quoted 64-bit FNV-1a hash in hex.
std::string etag_of(const std::string& body);

}  // namespace truce::serve
