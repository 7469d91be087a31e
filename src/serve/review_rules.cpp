// See review_rules.hpp.
#include "serve/review_rules.hpp"

#include <fmt/format.h>

#include <set>

#include "serve/api_error.hpp"

namespace truce::serve {
namespace {

using nlohmann::json;

enum class ValueKind { text, date, count, number, flag, place };

struct Correctable {
  const char* kind;  // incident, claim
  const char* field;
  ValueKind value;
};

constexpr Correctable kCorrectable[] = {
    {"incident", "type", ValueKind::text},        {"incident", "sub_event", ValueKind::text},
    {"incident", "date", ValueKind::date},        {"incident", "fatalities", ValueKind::count},
    {"incident", "injuries", ValueKind::count},   {"incident", "actor1_side", ValueKind::text},
    {"incident", "actor2_side", ValueKind::text}, {"claim", "category", ValueKind::text},
    {"claim", "measure", ValueKind::text},        {"claim", "about", ValueKind::text},
    {"claim", "value", ValueKind::number},        {"claim", "as_of", ValueKind::date},
    {"claim", "cumulative", ValueKind::flag},
};

ApiError bad(const std::string& field, const std::string& problem) {
  return ApiError(400, field, fmt::format("{}: {}", field, problem));
}

std::string required_text(const json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) throw bad(field, "missing");
  if (!it->is_string() || it->get<std::string>().empty())
    throw bad(field, "must be a non-empty string");
  return it->get<std::string>();
}

bool is_date(const json& v) {
  if (!v.is_string()) return false;
  const std::string s = v.get<std::string>();
  return s.size() == 10 && s[4] == '-' && s[7] == '-' &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(c) || c == '-'; }) &&
         s.substr(5, 2) >= "01" && s.substr(5, 2) <= "12" && s.substr(8, 2) >= "01" &&
         s.substr(8, 2) <= "31";
}

void check_value(const json& value, ValueKind kind) {
  switch (kind) {
    case ValueKind::text:
      if (!value.is_string() || value.get<std::string>().empty())
        throw bad("value", "must be a non-empty string");
      return;
    case ValueKind::date:
      if (!is_date(value)) throw bad("value", "must be a date (YYYY-MM-DD)");
      return;
    case ValueKind::count:
      if (!value.is_null() && !(value.is_number_integer() && value.get<int64_t>() >= 0)) {
        throw bad("value", "must be a whole number of people, 0 or more, or null");
      }
      return;
    case ValueKind::number:
      if (!value.is_number() || value.get<double>() < 0)
        throw bad("value", "must be a number, 0 or more");
      return;
    case ValueKind::flag:
      if (!value.is_boolean()) throw bad("value", "must be true or false");
      return;
    case ValueKind::place:
      if (!value.is_object() || !value.contains("name") || !value["name"].is_string() ||
          !value.contains("lat") || !value["lat"].is_number() || !value.contains("lon") ||
          !value["lon"].is_number() || std::abs(value["lat"].get<double>()) > 90 ||
          std::abs(value["lon"].get<double>()) > 180) {
        throw bad("value", "must be {\"name\": ..., \"lat\": -90..90, \"lon\": -180..180}");
      }
      return;
  }
}

// The value of `field` in `fact` as the machine gave it.
json field_value(const json& fact, const std::string& field) {
  if (field == "date" || field == "as_of") {
    return fact.contains(field) && fact[field].is_object() ? fact[field].value("date", json())
                                                           : json();
  }
  if (field == "actor1_side" || field == "actor2_side") {
    const std::string actor = field.substr(0, 6);
    return fact.contains(actor) && fact[actor].is_object() ? fact[actor].value("side", json())
                                                           : json();
  }
  if (field.starts_with("places/")) {
    const std::size_t i = std::stoul(field.substr(7));
    return fact["places"][i].value("place", json());
  }
  return fact.value(field, json());
}

void set_field(json& fact, const std::string& field, const json& value) {
  if (field == "date" || field == "as_of") {
    if (!fact[field].is_object()) fact[field] = json::object();
    fact[field]["date"] = value;
    fact[field]["precision"] = "day";
    fact[field]["rule"] = "analyst";
  } else if (field == "actor1_side" || field == "actor2_side") {
    const std::string actor = field.substr(0, 6);
    if (!fact[actor].is_object()) fact[actor] = {{"name", ""}, {"kind", ""}, {"span", nullptr}};
    fact[actor]["side"] = value;
    fact[actor]["rule"] = "analyst";
  } else if (field.starts_with("places/")) {
    json place = value;
    place["precision"] = "analyst";
    if (!place.contains("id")) place["id"] = nullptr;
    if (!place.contains("country")) place["country"] = "";
    auto& ref = fact["places"][std::stoul(field.substr(7))];
    ref["place"] = place;
    ref["rule"] = "analyst";
  } else {
    fact[field] = value;
  }
}

// The place index of "places/N" when the fact has that place; throws naming `field` otherwise.
void check_place_field(const json& fact, const std::string& field) {
  const std::size_t count = fact.value("places", json::array()).size();
  if (!field.starts_with("places/") || field.size() == 7 ||
      field.find_first_not_of("0123456789", 7) != std::string::npos ||
      std::stoul(field.substr(7)) >= count) {
    throw bad("field",
              fmt::format("'{}' is not one of this incident's places (places/0..places/{})", field,
                          count == 0 ? 0 : count - 1));
  }
}

}  // namespace

std::string fact_kind_of(const std::string& target) {
  return target == "claim" ? "claim" : "incident";
}

Review review_from_request(const json& body, const json& fact) {
  Review review;
  review.target = required_text(body, "target");
  review.decision = required_text(body, "decision");
  if (review.decision != "accept" && review.decision != "reject" && review.decision != "correct") {
    throw bad("decision",
              fmt::format("'{}' is not one of accept, reject, correct", review.decision));
  }
  review.reason = body.contains("reason") && body["reason"].is_string()
                      ? body["reason"].get<std::string>()
                      : "";
  if (body.contains("reason") && !body["reason"].is_string())
    throw bad("reason", "must be a string");
  if (review.decision != "accept" && review.reason.empty()) {
    throw bad("reason", fmt::format("say why you {} it", review.decision));
  }
  review.before = fact.dump();
  review.after = "null";
  if (review.decision != "correct") {
    if (body.contains("field") || body.contains("value")) {
      throw bad(body.contains("field") ? "field" : "value",
                "only a correction has a field and a value");
    }
    return review;
  }
  review.field = required_text(body, "field");
  if (!body.contains("value")) throw bad("value", "missing");
  const json& value = body["value"];
  if (review.target == "place") {
    check_place_field(fact, review.field);
    check_value(value, ValueKind::place);
  } else {
    const auto* rule = std::find_if(
        std::begin(kCorrectable), std::end(kCorrectable),
        [&](const auto& c) { return c.kind == review.target && c.field == review.field; });
    if (rule == std::end(kCorrectable)) {
      std::vector<std::string> fields;
      for (const auto& c : kCorrectable) {
        if (c.kind == review.target) fields.emplace_back(c.field);
      }
      throw bad("field", fmt::format("'{}' cannot be corrected on a {} (one of: {})", review.field,
                                     review.target, fmt::join(fields, ", ")));
    }
    check_value(value, rule->value);
  }
  review.before = field_value(fact, review.field).dump();
  review.after = value.dump();
  return review;
}

ReviewIndex index_reviews(const std::vector<Review>& reviews) {
  ReviewIndex index;
  for (const auto& r : reviews)
    index[{r.report_id, fact_kind_of(r.target), r.fact_id}].push_back(r);
  return index;
}

json review_json(const Review& r) {
  return {{"id", r.id},
          {"target", r.target},
          {"report", r.report_id},
          {"fact", r.fact_id},
          {"decision", r.decision},
          {"field", r.field.empty() ? json() : json(r.field)},
          {"before", json::parse(r.before)},
          {"after", json::parse(r.after)},
          {"reason", r.reason},
          {"reviewer", r.reviewer},
          {"created_at", r.created_at}};
}

bool apply_reviews(json& fact, const std::string& kind, int64_t report, const ReviewIndex& index) {
  const json id = fact.value("id", json());
  const auto it = index.find({report, kind, id.is_string() ? id.get<std::string>() : id.dump()});
  if (it == index.end()) {
    fact["review"] = nullptr;
    return true;
  }
  json machine = json::object();
  for (const auto& r : it->second) {
    if (r.decision != "correct") continue;
    if (!machine.contains(r.field)) machine[r.field] = field_value(fact, r.field);
    set_field(fact, r.field, json::parse(r.after));
  }
  const Review& last = it->second.back();
  static const std::map<std::string, std::string> kStatus = {
      {"accept", "accepted"}, {"reject", "rejected"}, {"correct", "corrected"}};
  fact["review"] = {{"status", kStatus.at(last.decision)},
                    {"reviews", it->second.size()},
                    {"last", review_json(last)},
                    {"machine", machine}};
  return last.decision != "reject";
}

}  // namespace truce::serve
