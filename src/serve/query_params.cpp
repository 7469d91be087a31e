// See query_params.hpp.
#include "serve/query_params.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <vector>

#include "serve/api_error.hpp"

namespace truce::serve {
namespace {

ApiError bad(const std::string& name, const std::string& problem) {
  return ApiError(400, name, fmt::format("{}: {}", name, problem));
}

bool parse_int(std::string_view text, int64_t& out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && !text.empty();
}

bool parse_double(const std::string& text, double& out) {
  try {
    std::size_t used = 0;
    out = std::stod(text, &used);
    return used == text.size() && std::isfinite(out);
  } catch (const std::exception&) {
    return false;
  }
}

int days_in_month(int64_t year, int64_t month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// True for YYYY, YYYY-MM and YYYY-MM-DD with a real month and day.
bool is_iso_date(const std::string& text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  int64_t year = 0;
  int64_t month = 1;
  int64_t day = 1;
  if (!parse_int(std::string_view(text).substr(0, 4), year)) return false;
  if (text.size() >= 7 &&
      (text[4] != '-' || !parse_int(std::string_view(text).substr(5, 2), month))) {
    return false;
  }
  if (text.size() == 10 &&
      (text[7] != '-' || !parse_int(std::string_view(text).substr(8, 2), day))) {
    return false;
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

}  // namespace

QueryParams::QueryParams(const httplib::Request& request,
                         const std::vector<std::string_view>& allowed)
    : request_(request) {
  std::set<std::string> seen;
  for (const auto& [name, value] : request.params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::vector<std::string_view> known;
      for (auto name : allowed) {
        if (std::find(known.begin(), known.end(), name) == known.end()) known.push_back(name);
      }
      throw bad(name, known.empty() ? "this route takes no query parameters"
                                    : fmt::format("unknown parameter (this route takes: {})",
                                                  fmt::join(known, ", ")));
    }
    if (!seen.insert(name).second) throw bad(name, "given more than once");
  }
}

std::optional<std::string> QueryParams::text(const std::string& name) const {
  if (!request_.has_param(name)) return std::nullopt;
  std::string value = request_.get_param_value(name);
  if (value.empty()) return std::nullopt;
  if (value.size() > 500) throw bad(name, "longer than 500 characters");
  return value;
}

std::optional<std::string> QueryParams::date(const std::string& name) const {
  auto value = text(name);
  if (value && !is_iso_date(*value)) {
    throw bad(name, fmt::format("'{}' is not a date (YYYY-MM-DD)", *value));
  }
  return value;
}

std::optional<int64_t> QueryParams::integer(const std::string& name, int64_t min,
                                            int64_t max) const {
  auto value = text(name);
  if (!value) return std::nullopt;
  int64_t number = 0;
  if (!parse_int(*value, number)) throw bad(name, fmt::format("'{}' is not an integer", *value));
  if (number < min || number > max) {
    throw bad(name, fmt::format("{} is out of range ({}..{})", number, min, max));
  }
  return number;
}

bool QueryParams::flag(const std::string& name) const {
  auto value = choice(name, {"1", "true", "yes", "0", "false", "no"});
  return value && (*value == "1" || *value == "true" || *value == "yes");
}

std::optional<BoundingBox> QueryParams::bbox(const std::string& name) const {
  auto value = text(name);
  if (!value) return std::nullopt;
  std::vector<double> numbers;
  std::size_t start = 0;
  while (start <= value->size()) {
    const std::size_t comma = std::min(value->find(',', start), value->size());
    double number = 0;
    if (!parse_double(value->substr(start, comma - start), number)) {
      throw bad(name, "expected min_lon,min_lat,max_lon,max_lat in degrees");
    }
    numbers.push_back(number);
    start = comma + 1;
  }
  if (numbers.size() != 4)
    throw bad(name, "expected four numbers: min_lon,min_lat,max_lon,max_lat");
  const BoundingBox box{numbers[0], numbers[1], numbers[2], numbers[3]};
  if (box.min_lat < -90 || box.max_lat > 90 || box.min_lon < -180 || box.max_lon > 180 ||
      box.min_lat > box.max_lat || box.min_lon > box.max_lon) {
    throw bad(name, "corners out of range or in the wrong order (min_lon,min_lat,max_lon,max_lat)");
  }
  return box;
}

Page QueryParams::page() const {
  Page page;
  page.limit = integer("limit", 1, 500).value_or(50);
  page.offset = integer("offset", 0, 1'000'000'000).value_or(0);
  return page;
}

std::optional<std::string> QueryParams::choice(
    const std::string& name, std::initializer_list<std::string_view> choices) const {
  auto value = text(name);
  if (value && std::find(choices.begin(), choices.end(), *value) == choices.end()) {
    throw bad(name, fmt::format("'{}' is not one of {}", *value, fmt::join(choices, ", ")));
  }
  return value;
}

int64_t parse_id(const std::string& text, const std::string& field) {
  int64_t id = 0;
  if (!parse_int(text, id) || id <= 0) {
    throw bad(field, fmt::format("'{}' is not a positive integer id", text));
  }
  return id;
}

}  // namespace truce::serve
