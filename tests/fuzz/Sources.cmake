# The core sources compiled into the CSV fuzzer. One list for both builds that use it: the
# libFuzzer target (tests/fuzz, clang only) and the replay test of every build
# (tests/CMakeLists.txt), so a source the fuzzer needs and lacks breaks every build at once,
# not only CI's last pass.
set(FUNNELDESK_CSV_FUZZ_SOURCES
    ${PROJECT_SOURCE_DIR}/tests/fuzz/CsvReaderFuzz.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/CsvReader.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/ImportMapping.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/HelpdeskLayouts.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/DateFormats.cpp
    ${PROJECT_SOURCE_DIR}/core/common/DateTimeText.cpp
    ${PROJECT_SOURCE_DIR}/core/common/FrontEndHints.cpp
    ${PROJECT_SOURCE_DIR}/core/domain/Enums.cpp)
