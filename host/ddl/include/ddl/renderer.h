// The DDL renderer: one operation in, the SQL statements Alembic 1.8.1 /
// SQLAlchemy 1.4.46 would emit for it on one dialect out. Text only: the
// executor runs the statements online or writes them to a --sql script.
#pragma once

#include <string>
#include <vector>

#include "dbm/operations.h"
#include "ddl/dialect.h"
#include "schema/schema.h"

namespace dbm::ddl {

/// Statements without terminators, tabs and newlines as SQLAlchemy lays them
/// out (the offline sink swaps tabs for 4 spaces and appends `terminator`).
/// `before` is the replayed schema just before `op`: it names constraints
/// dropped by columns, restates columns for MySQL and shapes SQLite rebuilds.
/// Empty result: nothing to run (Execute for another dialect, a drop by
/// columns that matches nothing, an OnlineCallback without offline_sql —
/// refusing that in offline mode is the executor's job).
/// Throws dbm::Error for what cannot be rendered (unknown table or column,
/// MySQL VARCHAR without length, NUL byte in a literal).
std::vector<std::string> render(const Operation& op, const schema::Schema& before,
                                const Dialect& dialect);

}  // namespace dbm::ddl
