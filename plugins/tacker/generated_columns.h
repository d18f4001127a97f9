// What df26c5871f3c and 70df18f71ba2 share: vnf_lcm_filters' generated
// columns are defined again, in upstream's raw SQL on PostgreSQL and MySQL.
#pragma once

#include <initializer_list>
#include <optional>

#include <dbm/operations.h>
#include <dbm/schema.h>

namespace dbm::tacker {

/// The statements as Executes that only `dialect` runs; the last tells the
/// replay what all of them did (Execute::schema_change).
void execute_on(Operations& op, const char* dialect, std::initializer_list<const char*> statements,
                void (*schema_change)(Operations&));

/// vnf_lcm_filters' column `name` dropped and added again as generated from
/// `sql`: our SQLite port's way, and what PostgreSQL's statements do. For
/// MySQL's in-place CHANGE the replay takes it too; the column then comes
/// last there, where MySQL keeps its place (only the order differs).
void redefine_generated(Operations& op, const char* name, Type type, const char* sql,
                        std::optional<bool> stored = std::nullopt);

}  // namespace dbm::tacker
