# `cmake --install build --prefix P` puts the binary in P/bin and what it reads at run time under
# P/share/truce: the data files with the generated indexes (data/), the built dashboard (web/)
# and the API description (openapi.json). The binary finds them relative to itself, so the
# prefix can be moved (src/core/data_dir.cpp). `cpack` in the build folder makes a Debian
# package of the same files, with the systemd units of packaging/.
include(GNUInstallDirs)
install(TARGETS truce RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${CMAKE_SOURCE_DIR}/data/" DESTINATION ${CMAKE_INSTALL_DATADIR}/truce/data
        PATTERN "*.md" EXCLUDE)
install(DIRECTORY "${CMAKE_BINARY_DIR}/web/" DESTINATION ${CMAKE_INSTALL_DATADIR}/truce/web
        OPTIONAL)
install(FILES "${CMAKE_SOURCE_DIR}/docs/openapi.json" DESTINATION ${CMAKE_INSTALL_DATADIR}/truce)
install(FILES "${CMAKE_SOURCE_DIR}/packaging/truce-serve.service"
              "${CMAKE_SOURCE_DIR}/packaging/truce-worker@.service"
        DESTINATION lib/systemd/system)  # where systemd looks, not the multiarch LIBDIR

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME truce)
set(CPACK_PACKAGE_CONTACT "truce maintainers <truce@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ceasefire and conflict monitoring from raw war reports")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# The shared libraries' packages (ICU, SQLite, RE2, gumbo, libxml2...) from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The binary without its debug information (190 MB of a RelWithDebInfo build).
set(CPACK_STRIP_FILES ON)
include(CPack)
