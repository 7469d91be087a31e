// See ceasefire_merge.hpp.
#include "extract/ceasefire_merge.hpp"

#include <algorithm>
#include <cstdlib>

#include "extract/ceasefire_dating.hpp"

namespace truce::extract::ceasefire {
namespace {

// How many days after an agreement was reached it may take effect and still be that one.
constexpr long kEffectAfterDays = 3;

// "took hold last week" and "began at 4 a.m. on Wednesday": one agreement when one day lies in
// the other's approximate range, or when they are a day apart ("agreed on Monday", "began at
// midnight").
bool close_days(const DateValue& a, const DateValue& b) {
  const bool a_range = !a.end_iso.empty() && a.end_iso != a.iso;
  const bool b_range = !b.end_iso.empty() && b.end_iso != b.iso;
  if (a_range && !b_range) return a.iso <= b.iso && b.iso <= a.end_iso;
  if (b_range && !a_range) return b.iso <= a.iso && a.iso <= b.end_iso;
  const auto x = text::parse_iso_date(a.iso);
  const auto y = text::parse_iso_date(b.iso);
  return x && y && std::abs(x->days() - y->days()) <= 1;
}

// "signed in Jeddah on Saturday" ... "the truce that took effect late on Monday": a reference
// that gives only the day it took effect continues an agreement reached up to three days before,
// whichever of the two the report names first.
bool takes_effect_after(const DateValue& reached, const CeasefireRef& ref) {
  if (!ref.date || !ref.effective || ref.date->iso != ref.effective->iso) return false;
  const auto r = text::parse_iso_date(reached.iso);
  const auto e = text::parse_iso_date(ref.effective->iso);
  return r && e && e->days() >= r->days() && e->days() - r->days() <= kEffectAfterDays;
}

}  // namespace

// The reference `ref` continues: one with the same day, else, for an undated mention, the
// agreement named last. Returns nullptr when `ref` is a new agreement.
CeasefireRef* same_agreement(const Document& doc, std::vector<CeasefireRef>& out,
                             const CeasefireRef& ref) {
  CeasefireRef* last = nullptr;
  for (auto& o : out) {
    if (o.kind != "agreement") continue;
    last = &o;
    if (!ref.date) continue;
    const bool same_day = (o.date && o.date->iso == ref.date->iso) ||
                          (o.effective && o.effective->iso == ref.date->iso) ||
                          (ref.effective && o.date && o.date->iso == ref.effective->iso);
    if (same_day || (o.date && close_days(*o.date, *ref.date))) return &o;
    if ((o.date && takes_effect_after(*o.date, ref)) || takes_effect_after(*ref.date, o)) return &o;
  }
  if (!ref.date) return last;
  // An undated agreement named earlier is this one, now dated; not one a year or more old ("the
  // ceasefire was reached" today, "the statement signed on 9 November of last year").
  if (last && !last->date && !older_than_history(doc, *ref.date)) return last;
  return nullptr;
}

CeasefireRef* last_agreement(std::vector<CeasefireRef>& out) {
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    if (it->kind == "agreement") return &*it;
  }
  return nullptr;
}

void merge_into(CeasefireRef& into, const CeasefireRef& ref) {
  // A day it took effect stood in for the day it was reached until that was named.
  const bool only_effective = into.date && into.effective && into.date->iso == into.effective->iso;
  const bool ref_reached = ref.date && !(ref.effective && ref.date->iso == ref.effective->iso);
  const bool into_range =
      into.date && !into.date->end_iso.empty() && into.date->end_iso != into.date->iso;
  const bool ref_day =
      ref.date && (ref.date->end_iso.empty() || ref.date->end_iso == ref.date->iso);
  // A month it was reached ("agreed in June") does not replace the day it took effect.
  const bool coarser =
      into.date && ref.date && into.date->precision == DatePrecision::day &&
      (ref.date->precision == DatePrecision::month || ref.date->precision == DatePrecision::year);
  // A day refines an approximate range ("took hold last week" ... "began on Wednesday").
  // An undated mention takes whatever day a later one gives ("as the ceasefire brokered in
  // Moscow came under strain ... the ceasefire, which took effect at noon on Saturday").
  if ((((!into.date || only_effective) && ref_reached) && !coarser) || (into_range && ref_day) ||
      (!into.date && ref.date))
    into.date = ref.date;
  if (!into.effective && ref.effective) into.effective = ref.effective;
  for (const auto& s : ref.mentions) {
    const bool known = std::any_of(into.mentions.begin(), into.mentions.end(),
                                   [&](const Span& m) { return m.begin == s.begin; });
    if (!known) into.mentions.push_back(s);
  }
}

}  // namespace truce::extract::ceasefire
