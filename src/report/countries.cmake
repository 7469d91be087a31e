# data/generated/countries.tsv, the country codes and names the exports write (ACLED's
# event_id_cnty, iso, country, region), generated from the npm package world-countries; and
# data/generated/countries-110m.json, Natural Earth shapes (world-atlas) for the sitrep's map.
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
  set(TRUCE_MAP_SHAPES "${CMAKE_SOURCE_DIR}/node_modules/world-atlas/countries-110m.json")
  if(EXISTS "${TRUCE_MAP_SHAPES}")
    add_custom_command(
      OUTPUT "${CMAKE_SOURCE_DIR}/data/generated/countries-110m.json"
      COMMAND "${CMAKE_COMMAND}" -E copy "${TRUCE_MAP_SHAPES}"
              "${CMAKE_SOURCE_DIR}/data/generated/countries-110m.json"
      DEPENDS "${TRUCE_MAP_SHAPES}" "${TRUCE_COUNTRIES_TABLE}"
      VERBATIM)
    add_custom_target(truce_map_shapes ALL
                      DEPENDS "${CMAKE_SOURCE_DIR}/data/generated/countries-110m.json")
    add_dependencies(truce_countries truce_map_shapes)
  endif()
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
