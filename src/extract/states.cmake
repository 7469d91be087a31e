# The world's states for extraction: truce-states-build turns the npm package world-countries
# (installed by `npm ci`) into data/generated/states.tsv, which the lexicon loader reads beside
# data/actors.tsv. Included at the end of the top-level CMakeLists.txt.
add_executable(truce-states-build "${CMAKE_SOURCE_DIR}/src/extract/tools/states_build_main.cpp")
target_link_libraries(truce-states-build PRIVATE fmt::fmt nlohmann_json::nlohmann_json)

set(TRUCE_COUNTRIES_JSON "${CMAKE_SOURCE_DIR}/node_modules/world-countries/countries.json")
set(TRUCE_STATES_TSV "${CMAKE_SOURCE_DIR}/data/generated/states.tsv")
if(EXISTS "${TRUCE_COUNTRIES_JSON}")
  add_custom_command(
    OUTPUT "${TRUCE_STATES_TSV}"
    COMMAND truce-states-build "${TRUCE_COUNTRIES_JSON}" "${TRUCE_STATES_TSV}"
    DEPENDS truce-states-build "${TRUCE_COUNTRIES_JSON}"
    COMMENT "Building the states lexicon"
    VERBATIM)
  add_custom_target(truce_states ALL DEPENDS "${TRUCE_STATES_TSV}")
else()
  message(WARNING "node_modules/world-countries is missing: run `npm ci` (scripts/install-deps.sh) "
                  "and re-run CMake; extraction will know only the states of data/actors.tsv.")
  add_custom_target(truce_states)
endif()

foreach(target truce truce_extract_tests truce_eval_tests truce_cli_tests)
  if(TARGET ${target})
    add_dependencies(${target} truce_states)
  endif()
endforeach()
