# Install-time check of the bundle that macdeployqt (packaging/cmake/Deploy.cmake) produced: every run-time part
# `mentordesk --self-test` checks must be inside it, or the install (and so cpack) fails naming what is missing.
# Also usable on its own: cmake -DBUNDLE=<path/MentorDesk.app> -P deploy.cmake
# What macdeployqt copies: https://doc.qt.io/qt-6/macos-deployment.html
cmake_minimum_required(VERSION 3.25)

if(DEFINED BUNDLE)
    set(app "${BUNDLE}")
else()
    set(app "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${MENTORDESK_BUNDLE}")
endif()

# Entries as packaging/cmake/CheckDeployedTree.cmake reads them, relative to the bundle.
set(required
    "Cocoa platform plugin|Contents/PlugIns/platforms/libqcocoa.dylib"
    "TLS backend (Secure Transport)|Contents/PlugIns/tls/libqsecuretransportbackend.dylib"
    "SQLite driver|Contents/PlugIns/sqldrivers/libqsqlite.dylib"
    "macOS widget style|Contents/PlugIns/styles/libqmacstyle.dylib"
    "SVG image plugin|Contents/PlugIns/imageformats/libqsvg.dylib"
    "SVG icon engine|Contents/PlugIns/iconengines/libqsvgicon.dylib"
    "QtKeychain|Contents/Frameworks/libqt6keychain*.dylib|Contents/Frameworks/qt6keychain.framework/qt6keychain"
    "Qt's qtbase translations (loaded by app/main.cpp)|Contents/translations/qtbase_*.qm"
    "app icon|Contents/Resources/*.icns"
    "qt.conf|Contents/Resources/qt.conf")

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/CheckDeployedTree.cmake)
mentordesk_check_deployed_tree("${app}" macdeployqt ${required})
