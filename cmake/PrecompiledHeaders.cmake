# Precompiled headers for the targets with many sources. Much of a translation unit's compile
# time is spent parsing the headers of Qt, the standard library and Catch2, not our code: in the
# ci preset (Debug, ASan + UBSan), -fsyntax-only took 4.3 s of tests/core/RepositoryTest.cpp's
# 10.5 s under load, 1.9 s of 7.1 s with them precompiled. A target parses them once instead of
# once per source. Building core took 650 s of CPU without them and 487 s with them; the rest of
# the ci build 2,518 s and 2,331 s (docs/PERFORMANCE.md, "CI's test command: precompiled
# headers").
#
# Only headers from outside the project are precompiled, so that editing our own headers
# rebuilds what it did before. A header precompiled is seen by every source of the target, so a
# source that forgets an include of these still compiles: the sources keep their includes all
# the same.
#
# clang-tidy 14 cannot read GCC's precompiled headers: the "analysis: clang-tidy on core" tests
# read a copy of the compile commands without them (cmake/TidyCompileCommands.cmake).

set(FUNNELDESK_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QString>
    <QStringList> <algorithm> <functional> <map> <memory> <optional> <span> <string>
    <string_view> <vector>)
set(FUNNELDESK_PCH_WIDGETS
    <QApplication> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QPushButton>
    <QTableView> <QTimer> <QVBoxLayout> <QWidget>)

# funneldesk_precompile(TARGET [CATCH] [WIDGETS] [QTEST] [SKIP source...])
#   CATCH    Catch2's header too (a test target)
#   WIDGETS  the Qt Widgets headers most of ui/ includes
#   QTEST    QTest and QSignalSpy (the GUI tests)
#   SKIP     sources that set a macro before their first include (CATCH_CONFIG_RUNNER and the
#            like), which a header included ahead of them would ignore
function(funneldesk_precompile target)
    cmake_parse_arguments(PCH "CATCH;WIDGETS;QTEST" "" "SKIP" ${ARGN})
    set(headers ${FUNNELDESK_PCH_CORE})
    if(PCH_WIDGETS)
        list(APPEND headers ${FUNNELDESK_PCH_WIDGETS})
    endif()
    if(PCH_QTEST)
        list(APPEND headers <QSignalSpy> <QTest>)
    endif()
    if(PCH_CATCH)
        list(APPEND headers <catch2/catch.hpp>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
    if(PCH_SKIP)
        set_source_files_properties(${PCH_SKIP} TARGET_DIRECTORY ${target}
            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
