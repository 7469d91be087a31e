// Wording shared by the Markdown and HTML situation reports, so both say the same.
#pragma once

#include <string>
#include <vector>

#include "report/sitrep.hpp"

namespace truce::report {

// "Explosions/Remote violence", ... from truce's snake-case type.
std::string event_type_name(const std::string& type);
// One sentence on the day against the previous one, by type.
std::string summary_sentence(const Sitrep& s);
// "Azerbaijan -> Armenia near Tartar; 2-4 killed" for one incident.
std::string incident_line(const monitor::LinkedIncident& i);
// "Azerbaijan claims 8 settlements captured of Armenia (previously 5, 2020-10-13)".
std::string ledger_line(const LedgerChange& c);
std::string denial_line(const DenialLine& d);
// "06:40 Example Mission (heard): 3 undetermined explosion, artillery, 4-6 km W; notes".
std::string observation_line(const monitor::Observation& o);

}  // namespace truce::report
