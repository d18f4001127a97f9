// Autogenerate's comparison (Alembic's autogenerate seam): a service's model —
// declared tables, as a plugin's models or a revision's create_table state
// them — against a schema found on one dialect, replayed from the revisions
// or reflected from a live database. Each difference carries what it is, in
// the dialect's terms, and the operations that close it (and reopen it, for a
// downgrade). No database, no SQL: the dialect is asked for its spellings only.
#pragma once

#include <string>
#include <vector>

#include "dbm/operations.h"
#include "dbm/schema.h"
#include "schema/schema.h"

namespace dbm {
struct KnownDifference;
}
namespace dbm::dialect {
class Dialect;
}

namespace dbm::autogenerate {

/// One difference: Alembic's name for the operation that closes it
/// ("add_table", "remove_column", "modify_type", "add_constraint", "add_fk",
/// …; "modify_primary_key" and "modify_computed" are ours).
struct Difference {
  std::string operation{};
  std::string table{};
  /// The column, index or constraint: its name, or `(a, b)` for a constraint
  /// the model leaves unnamed; empty for a table.
  std::string object{};
  /// How the found schema has it and how the model says it, in the dialect's
  /// terms ("VARCHAR(255)", "NOT NULL", "DEFAULT '0'"); empty where absent.
  std::string found{};
  std::string model{};
  /// What brings the found schema to the model, and back.
  std::vector<Operation> upgrade{};
  std::vector<Operation> downgrade{};
};

/// `--rename`: a column (table.old:new) or a table (old:new) the model renamed.
struct Rename {
  std::string table{};  ///< the column's table (its new name if the table is renamed too); empty for a table
  std::string from{};
  std::string to{};
};

struct ComparisonOptions {
  std::vector<Rename> renames{};
};

/// Every difference between `model` and `found` on `dialect`, tables in the
/// model's order then the found schema's. A column dropped and another of the
/// same type added in one table (or a table dropped and another with the
/// same columns added) are reported as they are; ambiguous_renames() names them.
std::vector<Difference> compare(const std::vector<Table>& model, const schema::Schema& found,
                                const dialect::Dialect& dialect, const ComparisonOptions& options = {});

/// Drop-and-add pairs among `differences` that may be a rename no --rename
/// named: "table.old -> table.new" (columns of one type), "old -> new" (tables
/// with the same columns).
std::vector<std::string> ambiguous_renames(const std::vector<Difference>& differences);

/// The operations of `differences` in an order every database accepts: keys
/// and indexes dropped first, tables created (referenced ones first), columns
/// added, altered and dropped, indexes and keys created, tables dropped last.
std::vector<Operation> upgrade_operations(const std::vector<Difference>& differences);
std::vector<Operation> downgrade_operations(const std::vector<Difference>& differences);

/// How a difference is shown: `('modify_type', 'table', 'column', 'VARCHAR(255)', 'VARCHAR(36)')`.
std::string describe(const Difference& difference);

/// A generated column's expression as compare() weighs it: without what
/// databases add when they store one (casts, parentheses, quotes, case,
/// spacing); string literals kept. Two expressions are one when these agree.
std::string comparable_expression(const std::string& sql);

/// Whether `known` declares `difference` on `dialect`.
bool declares(const KnownDifference& known, const Difference& difference, std::string_view dialect);

}  // namespace dbm::autogenerate
