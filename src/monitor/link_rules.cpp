// See link_rules.hpp.
#include "monitor/link_rules.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <charconv>

#include "extract/lexicon_file.hpp"
#include "geo/distance.hpp"
#include "text/date_resolver.hpp"

namespace truce::monitor {
namespace {

struct Interval {
  long first = 0;
  long last = 0;
};

}  // namespace

std::optional<long> day_number(const std::string& iso) {
  int y = 0;
  unsigned m = 1, d = 1;
  auto field = [&](std::size_t at, std::size_t len, auto& out) {
    if (iso.size() < at + len) return false;
    const char* begin = iso.data() + at;
    return std::from_chars(begin, begin + len, out).ptr == begin + len;
  };
  if (!field(0, 4, y)) return std::nullopt;
  if (iso.size() > 4 && (iso[4] != '-' || !field(5, 2, m))) return std::nullopt;
  if (iso.size() > 7 && (iso[7] != '-' || !field(8, 2, d))) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return text::CivilDate{y, static_cast<int>(m), static_cast<int>(d)}.days();
}

std::string iso_date(long z) { return text::CivilDate::from_days(z).iso(); }

Result<LinkRules> LinkRules::load(const std::filesystem::path& data_dir) {
  auto table = extract::read_lexicon(data_dir / "linking.tsv", {"rule", "key", "value"});
  if (!table) return table.error();
  LinkRules rules;
  for (const auto& row : table->rows) {
    const std::string& rule = row.fields[0];
    const std::string& key = row.fields[1];
    const std::string& value = row.fields[2];
    auto bad = [&](const std::string& why) {
      return make_error(fmt::format("{}:{}: {}", table->path.string(), row.line, why));
    };
    double number = 0;
    const bool numeric = std::from_chars(value.data(), value.data() + value.size(), number).ptr ==
                         value.data() + value.size();
    if (rule == "radius_km") {
      int precision = 0;
      if (std::from_chars(key.data(), key.data() + key.size(), precision).ec != std::errc() ||
          !numeric) {
        return bad("radius_km needs a geo precision (1-3) and a distance in km");
      }
      rules.radius_[precision] = number;
    } else if (rule == "date_slack_days") {
      if (!numeric) return bad("date_slack_days needs a whole number of days");
      rules.slack_[key] = static_cast<int>(number);
    } else if (rule == "compatible_types") {
      rules.types_.insert({key, value});
      rules.types_.insert({value, key});
    } else {
      return bad(fmt::format("unknown rule '{}'", rule));
    }
  }
  return rules;
}

double LinkRules::radius_km(int precision_a, int precision_b) const {
  double radius = 0;
  for (const int p : {precision_a, precision_b}) {
    const auto it = radius_.find(p);
    if (it != radius_.end()) radius = std::max(radius, it->second);
  }
  return radius;
}

namespace {

// The days an account's date may stand for: its range widened by the slack of its precision;
// a date that is only the publication date stands for the days before it too.
std::optional<Interval> date_interval(const extract::DateValue& date,
                                      const std::map<std::string, int>& slack) {
  const auto first = day_number(date.iso);
  if (!first) return std::nullopt;
  const auto last = day_number(date.end_iso.empty() ? date.iso : date.end_iso);
  Interval out{*first, last ? *last : *first};
  const std::string precision(to_string(date.precision));
  if (precision == "month") out.last = *first + 30;
  if (precision == "year") out.last = *first + 365;
  const auto find = [&](const std::string& key) {
    const auto it = slack.find(key);
    return it == slack.end() ? 0 : it->second;
  };
  if (date.rule == "publication") {
    out.first -= find("publication");
  } else {
    const int days = find(precision);
    out.first -= days;
    out.last += days;
  }
  return out;
}

const geo::Place* resolved(const extract::PlaceRef& ref) {
  return ref.place ? &*ref.place : nullptr;
}

}  // namespace

LinkCheck LinkRules::compare(const Account& a, const Account& b, const SideBook& sides) const {
  LinkCheck check;
  const auto& x = a.incident;
  const auto& y = b.incident;
  bool ok = true;

  if (x.type == y.type) {
    check.type = "same type";
    check.strength += 1;
  } else if (types_.count({x.type, y.type})) {
    check.type = fmt::format("compatible types ({} / {})", x.type, y.type);
    check.strength += 0.5;
  } else {
    check.type = fmt::format("different types ({} / {})", x.type, y.type);
    check.conflict = true;
  }

  const auto dx = date_interval(x.date, slack_);
  const auto dy = date_interval(y.date, slack_);
  if (!dx || !dy) {
    check.date = "a date is unknown";
    check.strength += 0.3;
  } else if (dx->first <= dy->last && dy->first <= dx->last) {
    const bool same =
        x.date.iso == y.date.iso && x.date.rule != "publication" && y.date.rule != "publication";
    check.date = same ? "same day"
                      : fmt::format("dates overlap within their precision ({} / {})", x.date.iso,
                                    y.date.iso);
    check.strength += same ? 1 : 0.6;
  } else {
    check.date = fmt::format("dates apart ({} / {})", x.date.iso, y.date.iso);
    check.conflict = true;
  }

  check.place = "a place is unknown";
  double place_strength = 0.3;
  bool any_pair = false;
  bool place_ok = true;
  for (const auto& p : x.places) {
    for (const auto& q : y.places) {
      const geo::Place* pp = resolved(p);
      const geo::Place* qq = resolved(q);
      if (!pp || !qq) continue;
      if (!any_pair) place_ok = false;
      any_pair = true;
      if ((pp->precision >= 3 || qq->precision >= 3) && pp->country == qq->country) {
        if (place_strength < 0.6) {
          check.place = fmt::format("{} lies in {} (region or country)", pp->name, qq->name);
          place_strength = 0.6;
        }
        place_ok = true;
        continue;
      }
      const double km = geo::distance_km(pp->lat, pp->lon, qq->lat, qq->lon);
      const double radius = radius_km(pp->precision, qq->precision);
      if (km <= radius && place_strength < 1) {
        check.place = fmt::format("{} and {} {:.0f} km apart (within {:.0f} km)", pp->name,
                                  qq->name, km, radius);
        place_strength = 1;
        place_ok = true;
      } else if (!place_ok) {
        check.place = fmt::format("{} and {} {:.0f} km apart (more than {:.0f} km)", pp->name,
                                  qq->name, km, radius);
      }
    }
  }
  if (!place_ok) check.conflict = true;
  if (place_ok) check.strength += place_strength;
  // Two types are one incident only where the places show it: one sentence may well tell of a
  // strike and of a clash elsewhere ("bombed two launch sites ... and took control of eight
  // towns"), and a region says too little.
  if (x.type != y.type && !check.conflict && place_strength < 1) {
    check.type += ", but no town-level place shows they are one";
    check.conflict = true;
  }

  const auto side = [&](const std::optional<extract::ActorRef>& actor) {
    return actor && !actor->side.empty() ? sides.canonical(actor->side) : std::string();
  };
  const auto fits = [](const std::string& p, const std::string& q) {
    return p.empty() || q.empty() || p == q;
  };
  const std::string a1 = side(x.actor1), a2 = side(x.actor2);
  const std::string b1 = side(y.actor1), b2 = side(y.actor2);
  const bool known = (!a1.empty() && !b1.empty()) || (!a2.empty() && !b2.empty());
  if (fits(a1, b1) && fits(a2, b2)) {
    check.actors = known ? "actors agree" : "actors not known on both sides";
    check.strength += known ? 1 : 0.3;
  } else if (x.type == "battles" && y.type == "battles" && fits(a1, b2) && fits(a2, b1)) {
    // A clash has no direction: each side says the other attacked.
    check.actors = "the same two sides, each blaming the other";
    check.strength += 0.8;
  } else {
    check.actors = fmt::format("actors differ ({} -> {} / {} -> {})", a1.empty() ? "?" : a1,
                               a2.empty() ? "?" : a2, b1.empty() ? "?" : b1, b2.empty() ? "?" : b2);
    check.conflict = true;
  }
  check.linked = ok && !check.conflict;
  return check;
}

}  // namespace truce::monitor
