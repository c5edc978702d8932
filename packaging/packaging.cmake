# Installation and the Debian package (included from src/app/CMakeLists.txt). `cmake --install` puts the
# application and the command line in bin/, styles, translations and the default project in
# share/couverture/, and the desktop entry, icon and MIME type where desktops look for them. Programs find
# their styles and data relative to their own location (core/install_paths.h), so an installed copy works
# without the source tree.
include(GNUInstallDirs)
set(COUVERTURE_SHARE ${CMAKE_INSTALL_DATADIR}/couverture)

install(TARGETS couverture-app couverture RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/styles/ DESTINATION ${COUVERTURE_SHARE}/styles FILES_MATCHING PATTERN "*.json")
install(FILES ${COUVERTURE_QM_FILES} DESTINATION ${COUVERTURE_SHARE}/translations)
# The project's own data with their notes: display names and sectors (read by every command), the
# neighbouring countries drawn on every map, the GBV table the default project uses.
install(FILES ${CMAKE_SOURCE_DIR}/data/display_names.csv ${CMAKE_SOURCE_DIR}/data/display_names.md
              ${CMAKE_SOURCE_DIR}/data/sectors.csv ${CMAKE_SOURCE_DIR}/data/natural_earth_west_africa.geojson
              ${CMAKE_SOURCE_DIR}/data/natural_earth_west_africa.md ${CMAKE_SOURCE_DIR}/data/gbv_programmes.csv
              ${CMAKE_SOURCE_DIR}/data/gbv_programmes.md DESTINATION ${COUVERTURE_SHARE}/data)

# The installed default project points at the shared Mali data where this build found it (the data are not
# redistributed with the package) and at the GBV table installed beside it.
get_filename_component(COUVERTURE_SHARED_DATA_REAL "${COUVERTURE_SHARED_DATA}" REALPATH)
set(COUVERTURE_INSTALLED_BOUNDARIES "${COUVERTURE_SHARED_DATA_REAL}/boundaries/mli_cod_ab_ocha_itos_2017")
set(COUVERTURE_INSTALLED_3W "${COUVERTURE_SHARED_DATA_REAL}/3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv")
configure_file(${CMAKE_SOURCE_DIR}/packaging/default.couverture.in ${CMAKE_BINARY_DIR}/packaging/default.couverture @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/packaging/default.couverture DESTINATION ${COUVERTURE_SHARE})

install(FILES ${CMAKE_SOURCE_DIR}/packaging/couverture.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/couverture.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/couverture-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME couverture.xml)

set(CPACK_PACKAGE_NAME couverture)
set(CPACK_PACKAGE_VENDOR "Couverture")
set(CPACK_PACKAGE_CONTACT "Couverture <couverture@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Coverage mapper for programme planners: 3W tables joined to boundaries, maps")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins, SVG icons, the map fonts.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-dejavu-core, fonts-dejavu-extra, proj-data")
include(CPack)
