# dbm_module(<name> [SOURCES files...] [PUBLIC targets...] [PRIVATE targets...])
#
# One host module: the static library dbm_<name> (an INTERFACE library when it
# has no sources). Its public headers live in host/<name>/include/<name>/, and
# that include root is the module's only export: a target sees
# "<name>/header.h" only when it links dbm_<name>, directly or through a PUBLIC
# dependency. So an include that crosses a boundary the CMake target does not
# declare fails to compile (tests/structure: ModuleFence.* check that this holds).
# Headers private to a module stay beside its sources and are included by
# their bare name. PUBLIC: what the module's public headers include;
# PRIVATE: what only its sources use.
function(dbm_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  set(target dbm_${name})
  if(ARG_SOURCES)
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    target_compile_options(${target} PRIVATE ${DBM_WARNINGS})
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/include)
    target_link_libraries(${target} INTERFACE ${ARG_PUBLIC})
  endif()
endfunction()
