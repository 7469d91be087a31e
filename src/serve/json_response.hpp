// Writing JSON responses: the body, its ETag (a hash of the body, so equal answers share a tag and
// a client holding it gets 304 Not Modified), and the JSON error body every 4xx and 5xx carries.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

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

// The strong ETag of a response body: a quoted 64-bit FNV-1a hash in hex.
std::string etag_of(const std::string& body);

}  // namespace truce::serve
