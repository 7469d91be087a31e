// Reading a request's query parameters strictly: a parameter the route does not know, a date that
// is not YYYY-MM-DD, a number out of range, a malformed bounding box are each a 400 naming the
// parameter and what was wrong with it.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace truce::serve {

struct BoundingBox {
  double min_lon = 0;
  double min_lat = 0;
  double max_lon = 0;
  double max_lat = 0;
  bool contains(double lat, double lon) const {
    return lat >= min_lat && lat <= max_lat && lon >= min_lon && lon <= max_lon;
  }
};

// Where a page starts and how long it is; the order of every listing is total, so pages are
// stable while nothing is added.
struct Page {
  int64_t limit = 50;
  int64_t offset = 0;
};

class QueryParams {
 public:
  // Throws ApiError(400) naming the first parameter not in `allowed` or given twice.
  QueryParams(const httplib::Request& request, std::initializer_list<std::string_view> allowed)
      : QueryParams(request, std::vector<std::string_view>(allowed)) {}
  QueryParams(const httplib::Request& request, const std::vector<std::string_view>& allowed);

  // The parameter as given, or nullopt when absent. An empty value counts as absent.
  std::optional<std::string> text(const std::string& name) const;
  // An ISO date (YYYY-MM-DD, or YYYY-MM, YYYY), checked for a real month and day.
  std::optional<std::string> date(const std::string& name) const;
  std::optional<int64_t> integer(const std::string& name, int64_t min, int64_t max) const;
  // true for "1", "true", "yes"; false for "0", "false", "no" or when absent.
  bool flag(const std::string& name) const;
  // "min_lon,min_lat,max_lon,max_lat" in degrees.
  std::optional<BoundingBox> bbox(const std::string& name) const;
  // `limit` (1..500, default 50) and `offset` (>= 0).
  Page page() const;
  // The value if it is one of `choices`; throws naming the parameter and the choices otherwise.
  std::optional<std::string> choice(const std::string& name,
                                    std::initializer_list<std::string_view> choices) const;

 private:
  const httplib::Request& request_;
};

// Parses a path part as a positive id; throws ApiError(400) naming `field` otherwise.
int64_t parse_id(const std::string& text, const std::string& field);

}  // namespace truce::serve
