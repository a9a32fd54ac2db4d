# Install-time check of the Windows tree that windeployqt (packaging/cmake/Deploy.cmake) produced: every run-time part
# `mentordesk --self-test` checks must be there, or the install (and so cpack) fails naming what is missing.
# Runs as install(SCRIPT) after the deploy script; also usable on its own: cmake -DPREFIX=<dir> -P deploy.cmake
# What windeployqt copies: https://doc.qt.io/qt-6/windows-deployment.html
cmake_minimum_required(VERSION 3.25)

if(DEFINED PREFIX)
    set(root "${PREFIX}")
else()
    set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
endif()

# Entries as packaging/cmake/CheckDeployedTree.cmake reads them: plugins may sit next to the exe or under plugins/.
set(required
    "TLS backend (Schannel)|tls/qschannelbackend.dll"
    "SQLite driver|sqldrivers/qsqlite.dll"
    "Windows platform plugin|platforms/qwindows.dll"
    "Windows widget style|styles/qmodernwindowsstyle.dll|styles/qwindowsvistastyle.dll"
    "SVG image plugin|imageformats/qsvg.dll"
    "ICO image plugin|imageformats/qico.dll"
    "SVG icon engine|iconengines/qsvgicon.dll"
    "QtKeychain|qt6keychain.dll"
    "Qt's translations (windeployqt)|translations/qt_*.qm"
    "Qt's qtbase translations (loaded by app/main.cpp)|translations/qtbase_*.qm")

include(${CMAKE_CURRENT_LIST_DIR}/../cmake/CheckDeployedTree.cmake)
mentordesk_check_deployed_tree("${root}" windeployqt ${required})
