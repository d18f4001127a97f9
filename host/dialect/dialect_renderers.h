// Internal to host/dialect: the per-dialect renderers and the part they
// share. Each dialect object's render() calls its own; nothing outside
// host/dialect includes this.
#pragma once

#include <string>
#include <vector>

#include "dbm/operations.h"
#include "dialect/dialect.h"
#include "schema/schema.h"

namespace dbm::dialect::detail {

using Statements = std::vector<std::string>;

/// Operations every dialect renders the same way (CREATE TABLE, indexes,
/// ADD/DROP COLUMN, ADD CONSTRAINT, execute, bulk_insert, …).
Statements render_common(const Operation& op, const schema::Schema& before, const Dialect& d);

Statements render_postgresql(const Operation& op, const schema::Schema& before, const Dialect& d);
Statements render_mysql(const Operation& op, const schema::Schema& before, const Dialect& d);
Statements render_sqlite(const Operation& op, const schema::Schema& before, const Dialect& d);

/// SQLite "move and copy": the table as it is after `op`, copied over.
Statements sqlite_batch(const Operation& op, const std::string& table,
                        const schema::Schema& before, const Dialect& d);

/// The name of the constraint a DropConstraint means: its own, else the one
/// on its columns in `before`; std::nullopt when none matches.
std::optional<std::string> dropped_constraint_name(const DropConstraint& op,
                                                   const schema::Schema& before);

}  // namespace dbm::dialect::detail
