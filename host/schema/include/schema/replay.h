// Replay: the schema at any revision computed from operations alone, as a
// database with the given rules would leave it (database-chosen names,
// MySQL's implicit indexes, its alter semantics). No SQL, no database.
#pragma once

#include <vector>

#include "dbm/operations.h"
#include "schema/database_rules.h"
#include "schema/schema.h"

namespace dbm::schema {

/// Applies one operation. Throws dbm::Error naming the table, column, index
/// or constraint that does not exist (or already exists). Execute, BulkInsert
/// and OnlineCallback leave the schema untouched. A DropConstraint by columns
/// that matches nothing is a no-op (blazar 6bfd1c23aa18 on SQLite).
void apply(Schema& schema, const Operation& op, const DatabaseRules& rules);

/// What an AlterColumnKeepingForeignKeys is in `schema`: a DropConstraint per
/// foreign key it sets aside (under the name `schema` gives it), the
/// AlterColumn, then a CreateForeignKey per key under the same name, on the
/// renamed column where the alter renames it. The keys keep their columns,
/// references and ON DELETE (as tacker's helper re-creates them: without ON UPDATE).
std::vector<Operation> expanded(const AlterColumnKeepingForeignKeys& op, const Schema& schema);

/// apply() for each operation in order, starting from an empty schema.
Schema replay(const std::vector<Operation>& ops, const DatabaseRules& rules);

/// The Table a CreateTable leaves behind: shorthands expanded (Column::unique
/// → unnamed UniqueConstraint, Column::index → Index `ix_<table>_<column>`),
/// primary key flags and constraint in agreement, then named by `rules`.
Table normalized_table(const Table& declared, const Schema& schema, const DatabaseRules& rules);

}  // namespace dbm::schema
