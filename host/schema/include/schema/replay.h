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
/// or constraint that does not exist (or already exists). An Execute applies
/// the operations its schema_change recorded (its SQL is not read); BulkInsert
/// and OnlineCallback leave the schema untouched. An AlterEnum where enum
/// types are shared changes the labels of every column of that type (each
/// listed column must be one). A DropConstraint by columns
/// that matches nothing is a no-op (blazar 6bfd1c23aa18 on SQLite).
void apply(Schema& schema, const Operation& op, const DatabaseRules& rules);

/// What an AlterColumnKeepingForeignKeys is in `schema`: a DropConstraint per
/// foreign key it sets aside (under the name `schema` gives it), the
/// AlterColumn, then a CreateForeignKey per key under the same name, on the
/// renamed column where the alter renames it. The keys keep their columns,
/// references and ON DELETE (as tacker's helper re-creates them: without ON UPDATE).
std::vector<Operation> expanded(const AlterColumnKeepingForeignKeys& op, const Schema& schema);

/// What an AlterEnum is where each column has its own enum type (MySQL,
/// SQLite): an AlterColumn per listed column to sa.Enum(values, name=name),
/// its existing type, nullability and default as `schema` has them.
std::vector<Operation> expanded(const AlterEnum& op, const Schema& schema);

/// Where enum types are shared by name (PostgreSQL): throws dbm::Error unless
/// `schema` has the type `op` names and every listed column is of that type.
void require_enum_type(const AlterEnum& op, const Schema& schema);

/// apply() for each operation in order, starting from an empty schema.
Schema replay(const std::vector<Operation>& ops, const DatabaseRules& rules);

/// The Table a CreateTable leaves behind: shorthands expanded (Column::unique
/// → unnamed UniqueConstraint, Column::index → Index `ix_<table>_<column>`),
/// primary key flags and constraint in agreement, then named by `rules`.
Table normalized_table(const Table& declared, const Schema& schema, const DatabaseRules& rules);

}  // namespace dbm::schema
