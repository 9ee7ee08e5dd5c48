# The sources of the libFuzzer targets. One list per target for both builds that use it: the
# libFuzzer targets (tests/fuzz, clang only) and the replay tests of every build
# (tests/CMakeLists.txt), so a source a fuzzer needs and lacks breaks every build at once,
# not only CI's last pass.

# The core sources compiled into the CSV and mapping fuzzers (with their coverage, without
# instrumenting the rest of core).
set(FUNNELDESK_CSV_FUZZ_CORE_SOURCES
    ${PROJECT_SOURCE_DIR}/core/csv/CsvReader.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/CsvReaderStart.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/ImportMapping.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/HelpdeskLayouts.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/DateDetector.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/DateFormats.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/DateText.cpp
    ${PROJECT_SOURCE_DIR}/core/common/DateTimeText.cpp
    ${PROJECT_SOURCE_DIR}/core/common/LocalDays.cpp
    ${PROJECT_SOURCE_DIR}/core/common/FrontEndHints.cpp
    ${PROJECT_SOURCE_DIR}/core/domain/Enums.cpp)

# funneldesk_csv_fuzz: any bytes through CsvReader and the value and date parsers.
set(FUNNELDESK_CSV_FUZZ_SOURCES
    ${PROJECT_SOURCE_DIR}/tests/fuzz/CsvReaderFuzz.cpp
    ${FUNNELDESK_CSV_FUZZ_CORE_SOURCES})

# funneldesk_mapping_fuzz: the import's first pass (header, mapping, value and date detection).
set(FUNNELDESK_MAPPING_FUZZ_SOURCES
    ${PROJECT_SOURCE_DIR}/tests/fuzz/ImportMappingFuzz.cpp
    ${PROJECT_SOURCE_DIR}/tests/fuzz/FuzzInput.cpp
    ${PROJECT_SOURCE_DIR}/core/csv/ImportSample.cpp
    ${FUNNELDESK_CSV_FUZZ_CORE_SOURCES})

# funneldesk_import_fuzz: the whole importer into a fresh database; links funneldesk_core.
set(FUNNELDESK_IMPORT_FUZZ_SOURCES
    ${PROJECT_SOURCE_DIR}/tests/fuzz/CsvImporterFuzz.cpp
    ${PROJECT_SOURCE_DIR}/tests/fuzz/FuzzInput.cpp)
