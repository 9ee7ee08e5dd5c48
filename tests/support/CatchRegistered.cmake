# Every Catch2 test of a suite must run under CTest. catch_discover_tests (Catch2 2.13's
# CatchAddTests.cmake) splits the binary's --list-test-names-only at ';' and passes each name
# back through Catch's own parser, where '\' escapes the next character: a test named
# "a; b" became two entries that select no test and pass (Catch exits 0 when a name matches
# nothing), and one with "\s" in its name was never run. Nothing said so.
#
# funneldesk_catch_tests_registered(TARGET PREFIX) adds the CTest entry "PREFIX every Catch
# test of TARGET runs under CTest". It runs this file as a script, which fails, naming each
# test, when a test TARGET lists is selected by no CTest entry that runs TARGET: the union of
# the arguments after TARGET's path in every entry (`ctest --show-only=json-v1`), given to
# TARGET with --list-test-names-only, must list every test the binary lists with none.
# Entries that run TARGET through a wrapper (tests/pg/with-cluster.sh TARGET "[postgres]")
# count with the arguments after TARGET's path.

if(NOT CMAKE_SCRIPT_MODE_FILE)
    function(funneldesk_catch_tests_registered target prefix)
        set(name "${prefix} every Catch test of ${target} runs under CTest")
        add_test(NAME "${name}"
                 COMMAND ${CMAKE_COMMAND} -D "BINARY=$<TARGET_FILE:${target}>"
                         -D "TEST_DIR=${CMAKE_CURRENT_BINARY_DIR}" -D "CTEST=${CMAKE_CTEST_COMMAND}"
                         -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE})
        set_tests_properties("${name}" PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
    endfunction()
    return()
endif()

cmake_minimum_required(VERSION 3.25)

# Test names as a CMake list: characters that would split or join list items are encoded.
function(names_of output result)
    string(REPLACE "\\" "<bs>" output "${output}")
    string(REPLACE ";" "<sc>" output "${output}")
    string(REPLACE "[" "<lb>" output "${output}")
    string(REPLACE "]" "<rb>" output "${output}")
    string(REPLACE "\r" "" output "${output}")
    string(REPLACE "\n" ";" output "${output}")
    list(FILTER output EXCLUDE REGEX "^$")
    set(${result} "${output}" PARENT_SCOPE)
endfunction()

function(decoded text result)
    string(REPLACE "<bs>" "\\" text "${text}")
    string(REPLACE "<sc>" ";" text "${text}")
    string(REPLACE "<lb>" "[" text "${text}")
    string(REPLACE "<rb>" "]" text "${text}")
    set(${result} "${text}" PARENT_SCOPE)
endfunction()

foreach(input BINARY TEST_DIR CTEST)
    if(NOT ${input})
        message(FATAL_ERROR "CatchRegistered.cmake needs -D ${input}=… (tests/support/CatchRegistered.cmake says how it is called).")
    endif()
endforeach()

execute_process(COMMAND "${BINARY}" --list-test-names-only OUTPUT_VARIABLE listed RESULT_VARIABLE status)
if(NOT status MATCHES "^[0-9]+$") # its exit code is the number of tests
    message(FATAL_ERROR "${BINARY} --list-test-names-only failed: ${status}")
endif()
names_of("${listed}" all)

execute_process(COMMAND "${CTEST}" --test-dir "${TEST_DIR}" --show-only=json-v1
                OUTPUT_VARIABLE json RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ctest --show-only=json-v1 in ${TEST_DIR} failed: ${status}")
endif()
string(JSON entries GET "${json}" tests)
string(JSON count LENGTH "${entries}")

# What the entries select, from calls of the binary with --list-test-names-only written to a
# script as bracket arguments, so that no character of a name is taken as CMake's. Catch 2
# ANDs its arguments and ORs the parts of one argument split at ',' (CatchAddTests escapes a
# name's own commas): the entries of one argument go into one, joined with ',', in calls of
# at most ~60,000 characters (one argument may have 128 KiB); an entry with several
# arguments gets a call of its own, one with none selects every test.
set(calls "set(selected \"\")\n")
set(runs 0)
set(joined "")
# (Functions, not macros: a macro would read a name's '\' as CMake's escape.)
function(add_call arguments)
    string(APPEND calls "execute_process(COMMAND [=====[${BINARY}]=====]${arguments} --list-test-names-only "
                        "OUTPUT_VARIABLE part)\nstring(APPEND selected \"\${part}\\n\")\n")
    set(calls "${calls}" PARENT_SCOPE)
endfunction()
function(flush_joined)
    if(NOT joined STREQUAL "")
        add_call(" [=====[${joined}]=====]")
        set(calls "${calls}" PARENT_SCOPE)
        set(joined "" PARENT_SCOPE)
    endif()
endfunction()
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON command ERROR_VARIABLE missing GET "${entries}" ${i} command)
    if(missing)
        continue()
    endif()
    string(JSON length LENGTH "${command}")
    set(after OFF)
    set(arguments "")
    set(argumentCount 0)
    math(EXPR end "${length} - 1")
    foreach(j RANGE ${end})
        string(JSON argument GET "${command}" ${j})
        if(after)
            string(APPEND arguments " [=====[${argument}]=====]")
            math(EXPR argumentCount "${argumentCount} + 1")
            set(single "${argument}")
        elseif(argument STREQUAL "${BINARY}")
            set(after ON)
            math(EXPR runs "${runs} + 1")
        endif()
    endforeach()
    if(NOT after)
        continue()
    elseif(argumentCount EQUAL 1)
        if(NOT joined STREQUAL "")
            string(APPEND joined ",")
        endif()
        string(APPEND joined "${single}")
        string(LENGTH "${joined}" joinedLength)
        if(joinedLength GREATER 60000)
            flush_joined()
        endif()
    else()
        add_call("${arguments}")
    endif()
endforeach()
flush_joined()
if(runs EQUAL 0)
    message(FATAL_ERROR "No CTest entry in ${TEST_DIR} runs ${BINARY}.")
endif()
get_filename_component(binaryName "${BINARY}" NAME)
set(callFile "${TEST_DIR}/CatchRegistered-${binaryName}.cmake") # one per suite: they run side by side
file(WRITE "${callFile}" "${calls}")
include("${callFile}")
names_of("${selected}" run)

set(unrun "")
foreach(name IN LISTS all)
    if(NOT name IN_LIST run)
        decoded("${name}" shown)
        set(why "")
        if(shown MATCHES ";")
            set(why " (';' splits it into two entries that select nothing)")
        elseif(shown MATCHES "\\\\")
            set(why " ('\\' escapes the next character in Catch's test spec)")
        endif()
        string(APPEND unrun "\n  ${shown}${why}")
    endif()
endforeach()
list(LENGTH all total)
if(unrun)
    message(FATAL_ERROR "These Catch tests of ${BINARY} are run by no CTest entry, because "
                        "catch_discover_tests cannot carry their names; rename them:${unrun}")
endif()
message(STATUS "All ${total} Catch tests of ${BINARY} run under CTest (${runs} entries).")
