# CPack runs this (CPACK_PRE_BUILD_SCRIPTS) on the staged tree before it makes the .deb: Debian's
# own documents — the copyright file and the changelog, gzip -9n — belong in the package, not
# in every `cmake --install`.
set(doc "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/share/doc/${CPACK_PACKAGE_NAME}")
file(MAKE_DIRECTORY "${doc}")
file(COPY_FILE "${CPACK_MAILWRIGHT_DEB_SOURCE}/copyright" "${doc}/copyright")
execute_process(
    COMMAND sh -c "gzip -9n < \"$1\" > \"$2\"" sh "${CPACK_MAILWRIGHT_DEB_SOURCE}/changelog" "${doc}/changelog.Debian.gz"
    RESULT_VARIABLE gzipped)
if(NOT gzipped EQUAL 0)
    message(FATAL_ERROR "could not compress the Debian changelog")
endif()
