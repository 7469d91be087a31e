# The web dashboard (web/), built by Vite into build/web where `truce serve` finds it. Part of the
# default build; rebuilt when a file under web/ or the npm lock changes. Needs the npm packages
# that scripts/install-deps.sh installs (`npm ci`).
find_program(NPX_EXECUTABLE npx)
if(NOT NPX_EXECUTABLE)
  message(WARNING "npx not found: the web dashboard is not built (run scripts/install-deps.sh)")
  return()
endif()
file(GLOB_RECURSE TRUCE_WEB_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/*")
set(TRUCE_WEB_STAMP "${CMAKE_BINARY_DIR}/web/index.html")
add_custom_command(
  OUTPUT "${TRUCE_WEB_STAMP}"
  COMMAND ${CMAKE_COMMAND} -E env "TRUCE_WEB_OUT=${CMAKE_BINARY_DIR}/web"
          ${NPX_EXECUTABLE} --no-install vite build --config web/vite.config.mjs
  DEPENDS ${TRUCE_WEB_SOURCES} "${CMAKE_SOURCE_DIR}/package-lock.json"
  WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
  COMMENT "Building the web dashboard into ${CMAKE_BINARY_DIR}/web"
  VERBATIM)
add_custom_target(web ALL DEPENDS "${TRUCE_WEB_STAMP}")
