// Column and table shapes the OpenStack trees repeat in nearly every
// create_table (oslo.db's ModelBase and TimestampMixin columns, foreign keys
// to an id), so that a plugin does not reinvent them. Building blocks only:
// a tree whose upstream spells a column differently spells it itself.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "dbm/schema.h"

namespace dbm {

/// `id` of `type` (VARCHAR(36), a uuid, unless given), NOT NULL, flagged
/// primary_key=True as `sa.Column('id', ..., primary_key=True)` is.
Column primary_key_id(Type type = types::string(36));

/// `created_at` and `updated_at`, nullable DateTime (oslo.db's TimestampMixin).
Column created_at();
Column updated_at();
/// Both, in that order: `table("t", {timestamps(), primary_key_id(), ...})`.
std::vector<Column> timestamps();

/// An unnamed PRIMARY KEY on `columns`: `sa.PrimaryKeyConstraint('id')`.
PrimaryKey primary_key(std::vector<std::string> columns);

/// An unnamed foreign key `column` → `ref_table`.`ref_column`, as
/// `sa.ForeignKey('ref_table.ref_column')` on a column declares it. For a
/// name, several columns or ON UPDATE / ON DELETE, write the ForeignKey:
/// `{.name = ..., .columns = ..., .ref_table = ..., .ref_columns = ..., .ondelete = "CASCADE"}`.
ForeignKey foreign_key(std::string column, std::string ref_table, std::string ref_column = "id");

/// One piece of a table's column list: a column, or a group such as timestamps().
struct ColumnGroup {
  ColumnGroup(Column column) : columns{std::move(column)} {}             // NOLINT: implicit by design
  ColumnGroup(std::vector<Column> group) : columns(std::move(group)) {}  // NOLINT: implicit by design
  std::vector<Column> columns;
};

/// A table named `name` with the columns of `pieces` in order; constraints,
/// indexes and options are set on the result.
Table table(std::string name, std::initializer_list<ColumnGroup> pieces);

}  // namespace dbm
