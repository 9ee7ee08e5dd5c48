# One INTERFACE target carries the project-wide compile settings; every target links it.
add_library(funneldesk_settings INTERFACE)
add_library(FunnelDesk::settings ALIAS funneldesk_settings)

target_compile_features(funneldesk_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(funneldesk_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    FUNNELDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(funneldesk_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(FUNNELDESK_WERROR)
        target_compile_options(funneldesk_settings INTERFACE -Werror)
    endif()
endif()
