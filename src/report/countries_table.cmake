# Script mode (cmake -DIN=countries.json -DOUT=countries.tsv -P countries_table.cmake): the
# country codes and names exports need (ISO 3166-1 alpha-2, alpha-3, numeric, common name,
# UN subregion), read from the npm package world-countries into a small TSV.
file(READ "${IN}" text)
string(JSON count LENGTH "${text}")
math(EXPR last "${count} - 1")
set(out "# Generated from world-countries (ODbL) by src/report/countries_table.cmake; do not edit.\n")
string(APPEND out "cca2\tcca3\tccn3\tname\tsubregion\n")
foreach(i RANGE ${last})
  string(JSON country GET "${text}" ${i})
  string(JSON cca2 GET "${country}" cca2)
  string(JSON cca3 GET "${country}" cca3)
  string(JSON ccn3 GET "${country}" ccn3)
  string(JSON name GET "${country}" name common)
  string(JSON subregion GET "${country}" subregion)
  string(APPEND out "${cca2}\t${cca3}\t${ccn3}\t${name}\t${subregion}\n")
endforeach()
file(WRITE "${OUT}" "${out}")
