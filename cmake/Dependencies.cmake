# Locates the Debian bookworm packages db-manage builds against.
find_package(Boost 1.74 REQUIRED COMPONENTS program_options filesystem)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(tomlplusplus REQUIRED)
# status --format json: Boost 1.74 has no Boost.JSON, and toml++ is for TOML.
find_package(nlohmann_json 3.11 REQUIRED)
find_package(GTest REQUIRED)
find_package(Threads REQUIRED)

# SOCI 4.0 ships no CMake config on Debian: find its headers and the backends we use.
find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_path(PQ_INCLUDE_DIR libpq-fe.h PATH_SUFFIXES postgresql REQUIRED)
find_path(MARIADB_INCLUDE_DIR mysql.h PATH_SUFFIXES mariadb mysql REQUIRED)
foreach(part core sqlite3 postgresql mysql)
  find_library(SOCI_${part}_LIBRARY NAMES soci_${part} REQUIRED)
endforeach()
# The drivers also call the client libraries' own APIs (host/db/drivers), so link them directly.
find_library(PQ_LIBRARY NAMES pq REQUIRED)
find_library(MARIADB_LIBRARY NAMES mariadb REQUIRED)
find_library(SQLITE3_LIBRARY NAMES sqlite3 REQUIRED)
# One target per client: the host links only SQLite's; PostgreSQL's and MySQL's
# go into driver modules loaded when a URL needs them (host/db/driver.h).
add_library(soci_sqlite3 INTERFACE)
target_include_directories(soci_sqlite3 SYSTEM INTERFACE ${SOCI_INCLUDE_DIR})
target_link_libraries(soci_sqlite3 INTERFACE ${SOCI_sqlite3_LIBRARY} ${SOCI_core_LIBRARY} ${SQLITE3_LIBRARY}
  ${CMAKE_DL_LIBS})
add_library(soci_postgresql INTERFACE)
target_include_directories(soci_postgresql SYSTEM INTERFACE ${SOCI_INCLUDE_DIR} ${PQ_INCLUDE_DIR})
target_link_libraries(soci_postgresql INTERFACE ${SOCI_postgresql_LIBRARY} ${SOCI_core_LIBRARY} ${PQ_LIBRARY})
add_library(soci_mysql INTERFACE)
target_include_directories(soci_mysql SYSTEM INTERFACE ${SOCI_INCLUDE_DIR} ${MARIADB_INCLUDE_DIR})
target_link_libraries(soci_mysql INTERFACE ${SOCI_mysql_LIBRARY} ${SOCI_core_LIBRARY} ${MARIADB_LIBRARY})
# Tests talk to every server directly.
add_library(soci_all INTERFACE)
target_link_libraries(soci_all INTERFACE soci_sqlite3 soci_postgresql soci_mysql)
