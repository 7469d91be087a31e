# truce_stage(NAME [DEPS stage...] [PUBLIC_DEPS target...])
# Builds src/NAME/*.cpp into the static library truce_NAME. A stage links only the stages it
# names, so a stage's tests build without compiling the stages after it in the pipeline.
# Each stage has an include path of its own (build/stage-include/NAME/NAME -> src/NAME), and
# sees only its own headers and those of the stages it names: `#include "monitor/..."` in
# src/extract fails to compile, so the build enforces the stage order.
function(truce_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;PUBLIC_DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/${name}/*.cpp")
  if(sources)
    add_library(truce_${name} STATIC ${sources})
    set(scope PUBLIC)
  else()
    add_library(truce_${name} INTERFACE)
    set(scope INTERFACE)
  endif()
  set(include_root "${CMAKE_BINARY_DIR}/stage-include/${name}")
  file(MAKE_DIRECTORY "${include_root}")
  if(NOT EXISTS "${include_root}/${name}")
    file(CREATE_LINK "${CMAKE_SOURCE_DIR}/src/${name}" "${include_root}/${name}" SYMBOLIC)
  endif()
  target_include_directories(truce_${name} ${scope} "${include_root}")
  foreach(dep IN LISTS ARG_DEPS)
    target_link_libraries(truce_${name} ${scope} truce_${dep})
  endforeach()
  target_link_libraries(truce_${name} ${scope} ${ARG_PUBLIC_DEPS})
endfunction()

# truce_stage_tests(NAME): tests/NAME/*_test.cpp into the binary truce_NAME_tests, registered
# with CTest one test case at a time.
function(truce_stage_tests name)
  file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/${name}/*_test.cpp")
  if(NOT sources)
    return()
  endif()
  add_executable(truce_${name}_tests ${sources})
  target_link_libraries(truce_${name}_tests PRIVATE truce_${name} truce_test_support
                        GTest::gtest_main GTest::gmock)
  gtest_discover_tests(truce_${name}_tests
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}/tests"
    DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "TRUCE_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
endfunction()
