# data/generated/countries.tsv, the country codes and names the exports write (ACLED's
# event_id_cnty, iso, country, region), generated from the npm package world-countries.
# Included from the top-level CMakeLists.txt after the gazetteer.
set(TRUCE_COUNTRIES_JSON "${CMAKE_SOURCE_DIR}/node_modules/world-countries/countries.json")
set(TRUCE_COUNTRIES_TABLE "${CMAKE_SOURCE_DIR}/data/generated/countries.tsv")
if(EXISTS "${TRUCE_COUNTRIES_JSON}")
  add_custom_command(
    OUTPUT "${TRUCE_COUNTRIES_TABLE}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_SOURCE_DIR}/data/generated"
    COMMAND "${CMAKE_COMMAND}" -DIN=${TRUCE_COUNTRIES_JSON} -DOUT=${TRUCE_COUNTRIES_TABLE}
            -P "${CMAKE_SOURCE_DIR}/src/report/countries_table.cmake"
    DEPENDS "${TRUCE_COUNTRIES_JSON}" "${CMAKE_SOURCE_DIR}/src/report/countries_table.cmake"
    COMMENT "Building the country table for exports"
    VERBATIM)
  add_custom_target(truce_countries ALL DEPENDS "${TRUCE_COUNTRIES_TABLE}")
else()
  message(WARNING "node_modules/world-countries is missing: run `npm ci` (scripts/install-deps.sh); "
                  "exports will write ISO alpha-2 codes only.")
  add_custom_target(truce_countries)
endif()
foreach(target truce truce_report_tests truce_cli_tests)
  if(TARGET ${target})
    add_dependencies(${target} truce_countries)
  endif()
endforeach()
