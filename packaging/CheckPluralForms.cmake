# Fails when a "%n" sentence has no English plural forms: `lupdate -pluralonly` run over a
# copy of resources/translations/funneldesk_en.ts must change nothing, and every form must
# be filled in (else the window shows "2 customer(s)").
file(COPY_FILE ${CATALOGUE} ${SCRATCH})
execute_process(COMMAND ${LUPDATE} -silent -locations none -pluralonly -target-language en core ui app -ts ${SCRATCH}
                WORKING_DIRECTORY ${SOURCE} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${SCRATCH} ${CATALOGUE} RESULT_VARIABLE differs)
file(READ ${CATALOGUE} text)
string(FIND "${text}" "type=\"unfinished\"" unfinished)
string(FIND "${text}" "<numerusform></numerusform>" empty)
if(differs OR NOT unfinished EQUAL -1 OR NOT empty EQUAL -1)
    message(FATAL_ERROR "resources/translations/funneldesk_en.ts lacks English plural forms: run cmake --build BUILD "
                        "--target update_translations and fill in the singular and plural of each new %n sentence")
endif()
