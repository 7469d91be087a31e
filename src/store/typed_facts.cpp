// ReportStore's typed read-back: list_facts rows parsed into extraction's types.
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "extract/extraction_json.hpp"
#include "store/report_store.hpp"

namespace truce {
namespace {

template <typename Fact>
Result<std::vector<Stored<Fact>>> typed(ReportStore& store, FactFilter filter, const char* kind) {
  filter.kind = kind;
  auto rows = store.list_facts(filter);
  if (!rows) return rows.error();
  std::vector<Stored<Fact>> out;
  out.reserve(rows->size());
  for (const StoredFact& row : *rows) {
    Stored<Fact> stored{FactOrigin{row.report_id, row.original_id, row.published, row.source},
                        Fact{}};
    try {
      nlohmann::json::parse(row.fact.json).get_to(stored.fact);
    } catch (const nlohmann::json::exception& e) {
      return make_error(fmt::format("report {}: {} {}: stored fact cannot be read: {}",
                                    row.report_id, kind, row.fact.fact_id, e.what()));
    }
    out.push_back(std::move(stored));
  }
  return out;
}

}  // namespace

Result<std::vector<StoredIncident>> ReportStore::list_incidents(FactFilter filter) {
  return typed<extract::Incident>(*this, std::move(filter), "incident");
}

Result<std::vector<StoredClaim>> ReportStore::list_claims(FactFilter filter) {
  return typed<extract::LossClaim>(*this, std::move(filter), "claim");
}

Result<std::vector<StoredCeasefire>> ReportStore::list_ceasefires(FactFilter filter) {
  return typed<extract::CeasefireRef>(*this, std::move(filter), "ceasefire");
}

Result<std::vector<StoredDenial>> ReportStore::list_denials(FactFilter filter) {
  return typed<extract::Denial>(*this, std::move(filter), "denial");
}

}  // namespace truce
