# The Debian package (CPack DEB), made by tools/package-deb.sh from the main build with the
# prefix /usr. Dependencies: what dpkg-shlibdeps finds in the binaries, plus what it cannot see —
# the SQLite driver Qt loads as a plugin (the conversation log) and xdg-utils, which opens links.
set(MAILWRIGHT_PACKAGE_MAINTAINER "The Mailwright developers <maintainers@mailwright.org>" CACHE STRING
    "The Maintainer of the Debian package")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME mailwright)
set(CPACK_PACKAGE_VENDOR "The Mailwright developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mail composer that shows its conversation with the server")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MAILWRIGHT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${MAILWRIGHT_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, xdg-utils")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Mailwright writes and sends mail over its own SMTP engine and shows every
line it exchanges with the server as it happens, with a searchable log of
every session, account profiles with passwords in the keychain, drafts, an
outbox and crash recovery. It is the desktop's mailto: handler; files a link
asks to attach are sent only after the user confirms them.
.
mailwright-send runs the same engine on the command line, for scripts.")
set(CPACK_MAILWRIGHT_DEB_SOURCE "${CMAKE_CURRENT_LIST_DIR}") # for AddDocs.cmake
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/AddDocs.cmake")
include(CPack)
