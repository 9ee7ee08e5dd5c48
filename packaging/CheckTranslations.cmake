# Fails when a tr() string was added, changed or removed without
# `--target update_translations`: lupdate run over a copy of the catalogue must change nothing.
file(COPY_FILE ${CATALOGUE} ${SCRATCH})
execute_process(COMMAND ${LUPDATE} -silent -locations none core ui app -ts ${SCRATCH}
                WORKING_DIRECTORY ${SOURCE} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${SCRATCH} ${CATALOGUE} RESULT_VARIABLE differs)
if(differs)
    message(FATAL_ERROR "resources/translations/funneldesk.ts is out of date: run cmake --build BUILD --target update_translations")
endif()
