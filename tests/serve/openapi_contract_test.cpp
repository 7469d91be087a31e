// The server against its description (docs/openapi.json): every documented operation answers
// with the documented shape (checked with valijson), every documented query parameter is
// accepted, an unknown one is a documented 400, and the server answers no operation that the
// description leaves out.
#include <regex>
#include <set>
#include <sstream>

#include "api_fixture.hpp"
#include "openapi_check.hpp"

namespace truce::testing {
namespace {

using nlohmann::json;

// The documented parameters of an operation, references resolved.
std::vector<json> parameters(const json& spec, const json& operation) {
  std::vector<json> out;
  for (const auto& p : operation.value("parameters", json::array())) {
    if (p.contains("$ref")) {
      const std::string name =
          p["$ref"].get<std::string>().substr(strlen("#/components/parameters/"));
      out.push_back(spec["components"]["parameters"][name]);
    } else {
      out.push_back(p);
    }
  }
  return out;
}

// A valid value for a documented query parameter.
std::string sample(const json& parameter) {
  const std::string name = parameter["name"];
  const json& schema = parameter["schema"];
  if (name == "bbox") return "40,38,50,42";
  if (schema.contains("enum")) return schema["enum"][0];
  if (schema.value("format", "") == "date") return "2020-10-14";
  if (schema["type"] == "integer") return std::to_string(schema.value("minimum", 1));
  if (schema["type"] == "boolean") return "true";
  return "Stepanakert";
}

std::string concrete(const std::string& path) {
  return std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "1");
}

// The path with its ids filled in and its required query parameters given: "?" or "&" follows.
std::string with_required(const json& spec, const std::string& path, const json& operation) {
  std::string url = concrete(path);
  char separator = '?';
  for (const auto& p : parameters(spec, operation)) {
    if (p["in"] == "query" && p.value("required", false)) {
      url += separator + p["name"].get<std::string>() + "=" + sample(p);
      separator = '&';
    }
  }
  return url;
}

// Checks `body`, answered as `content_type`, against the schema documented for that media type
// under `pointer` (a response): JSON as a whole, JSON Lines line by line, text as a string.
std::string check_body(const json& spec, const std::string& pointer,
                       const std::string& content_type, const std::string& body) {
  const std::string media = content_type.substr(0, content_type.find(';'));
  const json& content = spec.at(json::json_pointer(pointer)).at("content");
  if (!content.contains(media)) return "undocumented Content-Type " + content_type;
  const std::string schema = pointer + "/content/" + escape_pointer(media) + "/schema";
  if (media == "application/json" || media.ends_with("+json")) {
    return validate(spec, schema, json::parse(body));
  }
  if (media == "application/x-ndjson") {
    std::string problems;
    std::istringstream lines(body);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) problems += validate(spec, schema, json::parse(line));
    }
    return problems;
  }
  return validate(spec, schema, json(body));
}

// GETs `url` and checks the answer against the schema documented for its status, which must be
// 200 or a 503 the operation documents (the monitor's routes, when its data files do not load).
void expect_documented(const json& spec, const std::string& path, const std::string& url,
                       httplib::Client& client) {
  auto res = client.Get(url);
  ASSERT_TRUE(res) << url;
  const std::string status = std::to_string(res->status);
  const json& responses = spec["paths"][path]["get"]["responses"];
  EXPECT_TRUE(status == "200" || (status == "503" && responses.contains("503")))
      << url << ": " << res->status << " " << res->body;
  if (!responses.contains(status)) return;
  const std::string pointer = "/paths/" + escape_pointer(path) + "/get/responses/" + status;
  EXPECT_EQ(check_body(spec, pointer, res->get_header_value("Content-Type"), res->body), "") << url;
}

TEST_F(ApiTest, EveryDocumentedOperationAnswersWithTheDocumentedShape) {
  const json spec = load_spec();
  auto c = client();
  for (const auto& [path, item] : spec["paths"].items()) {
    ASSERT_TRUE(item.contains("get")) << path;
    expect_documented(spec, path, with_required(spec, path, item["get"]), c);
  }
}

TEST_F(ApiTest, EveryDocumentedParameterIsAcceptedAndUnknownOnesAreDocumented400s) {
  const json spec = load_spec();
  for (const auto& [path, item] : spec["paths"].items()) {
    auto c = client();
    const std::string base = with_required(spec, path, item["get"]);
    const char separator = base.find('?') == std::string::npos ? '?' : '&';
    for (const auto& p : parameters(spec, item["get"])) {
      if (p["in"] != "query" || p.value("required", false)) continue;
      expect_documented(spec, path,
                        base + separator + p["name"].get<std::string>() + "=" + sample(p), c);
    }
    const json bad = get_json(base + separator + "undocumented=1", 400);
    EXPECT_EQ(validate(spec, schema_pointer(path, "400"), bad), "") << path;
  }
}

TEST_F(ApiTest, TheServerAnswersNoUndocumentedOperation) {
  const json spec = load_spec();
  std::set<std::string> documented;
  for (const auto& [path, item] : spec["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + path);
    }
  }
  const auto& served = server_->operations();
  EXPECT_EQ(std::set<std::string>(served.begin(), served.end()), documented);
  // And from outside: a method the description does not give a path is not answered.
  auto c = client();
  for (const auto& [path, item] : spec["paths"].items()) {
    if (item.contains("delete")) continue;
    auto res = c.Delete(concrete(path));
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << "DELETE " << path;
  }
}

TEST_F(ApiTest, EveryDocumentedWriteRefusesARequestWithoutAToken) {
  const json spec = load_spec();
  auto c = client();
  for (const auto& [path, item] : spec["paths"].items()) {
    if (!item.contains("post")) continue;
    EXPECT_TRUE(item["post"].contains("security")) << path;
    auto res = c.Post(concrete(path), "{}", "application/json");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 401) << "POST " << path << ": " << res->body;
    EXPECT_EQ(validate(spec, schema_pointer(path, "401", "post"), json::parse(res->body)), "")
        << path;
  }
}

}  // namespace
}  // namespace truce::testing
