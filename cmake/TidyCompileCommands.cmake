# The compile commands the "analysis: clang-tidy on core" tests read: this build's, without the
# precompiled header GCC is given (cmake/PrecompiledHeaders.cmake). clang-tidy 14 would find
# GCC's cmake_pch.hxx.gch beside the header and fail to read it as its own; without the flags,
# each source is parsed with the includes it names, as a build without precompiled headers
# compiles it. Only GCC's form of the flags is taken out (CMake gives clang others).
#   cmake -DIN=BUILD/compile_commands.json -DOUT=DIR/compile_commands.json \
#         -P TidyCompileCommands.cmake
if(NOT IN OR NOT OUT)
    message(FATAL_ERROR
        "Usage: cmake -DIN=compile_commands.json -DOUT=copy.json -P ${CMAKE_SCRIPT_MODE_FILE}")
endif()
file(READ "${IN}" commands)
string(REGEX REPLACE " -Winvalid-pch -include [^ \"]*/cmake_pch\\.hxx" "" commands "${commands}")
file(WRITE "${OUT}" "${commands}")
