// See interrupted_revision.h. Each operation is reduced to the facts it
// establishes (Evidence); the prefix of k operations predicts, for every fact
// any operation touches, the state the last of them left (or, before the
// first, what the replayed schema before the revision holds: raw SQL earlier
// in the revision may have changed it, so it is never guessed from the
// operation). The candidates are the k whose prediction the live schema matches.
#include "runtime/interrupted_revision.h"

#include <algorithm>
#include <map>
#include <variant>

#include "base/join.h"

namespace dbm::runtime {
namespace {

enum class FactKind { kTable, kColumn, kNotNull, kIndex, kForeignKey, kUniqueOn, kForeignKeyOn };

/// One thing the schema can show: "table t exists", "column t.c is NOT NULL".
struct Fact {
  FactKind kind;
  std::string table;
  std::string name;  ///< column, index or foreign key; for the *On kinds the columns, comma-joined

  friend auto operator<=>(const Fact&, const Fact&) = default;
};

struct Evidence {
  Fact fact;
  bool holds;  ///< what the operation makes true of the fact
};

Evidence sets(Fact fact, bool holds) { return {std::move(fact), holds}; }

/// What one operation establishes; `verifiable` false when the schema cannot
/// show whether it ran (its facts are then empty).
struct Footprint {
  std::vector<Evidence> evidence{};
  bool verifiable = true;
  std::string what{};  ///< "add column leases.action", for messages
};

Footprint of_create_table(const Table& table) {
  Footprint f{.what = "create table " + table.name};
  f.evidence.push_back(sets({FactKind::kTable, table.name, ""}, true));
  // MySQL creates the table with its columns and keys in one statement;
  // indexes come after it, each its own statement.
  for (const Index& index : table.indexes) f.evidence.push_back(sets({FactKind::kIndex, table.name, index.name}, true));
  for (const Column& column : table.columns) {
    if (column.index)
      f.evidence.push_back(sets({FactKind::kIndex, table.name, "ix_" + table.name + "_" + column.name}, true));
  }
  return f;
}

Footprint of_alter_column(const AlterColumn& op) {
  Footprint f{.what = "alter column " + op.table + "." + op.column};
  const std::string& name = op.new_name.value_or(op.column);
  if (op.new_name) {
    f.evidence.push_back(sets({FactKind::kColumn, op.table, op.column}, false));
    f.evidence.push_back(sets({FactKind::kColumn, op.table, name}, true));
  }
  if (op.nullable) f.evidence.push_back(sets({FactKind::kNotNull, op.table, name}, !*op.nullable));
  // A type or default change alone leaves nothing the reflected schema
  // compares reliably; with a rename or nullability it is the same statement.
  f.verifiable = !f.evidence.empty();
  return f;
}

Footprint footprint(const Operation& operation) {
  return std::visit(
      [](const auto& op) -> Footprint {
        using T = std::decay_t<decltype(op)>;
        if constexpr (std::is_same_v<T, CreateTable>) {
          return of_create_table(op.table);
        } else if constexpr (std::is_same_v<T, DropTable>) {
          return {{sets({FactKind::kTable, op.table, ""}, false)}, true, "drop table " + op.table};
        } else if constexpr (std::is_same_v<T, RenameTable>) {
          return {{sets({FactKind::kTable, op.table, ""}, false), sets({FactKind::kTable, op.new_name, ""}, true)},
                  true,
                  "rename table " + op.table + " to " + op.new_name};
        } else if constexpr (std::is_same_v<T, AddColumn>) {
          return {{sets({FactKind::kColumn, op.table, op.column.name}, true),
                   sets({FactKind::kNotNull, op.table, op.column.name}, !op.column.nullable)},
                  true,
                  "add column " + op.table + "." + op.column.name};
        } else if constexpr (std::is_same_v<T, DropColumn>) {
          return {{sets({FactKind::kColumn, op.table, op.column}, false)},
                  true,
                  "drop column " + op.table + "." + op.column};
        } else if constexpr (std::is_same_v<T, AlterColumn>) {
          return of_alter_column(op);
        } else if constexpr (std::is_same_v<T, CreateIndex>) {
          return {{sets({FactKind::kIndex, op.table, op.name}, true)}, true, "create index " + op.name};
        } else if constexpr (std::is_same_v<T, DropIndex>) {
          if (op.table.empty()) return {{}, false, "drop index " + op.name};
          return {{sets({FactKind::kIndex, op.table, op.name}, false)}, true, "drop index " + op.name};
        } else if constexpr (std::is_same_v<T, CreateUniqueConstraint>) {
          // MySQL keeps a unique constraint as a unique index of that name.
          return {{op.name.empty() ? sets({FactKind::kUniqueOn, op.table, text::join(op.columns, ",")}, true)
                                   : sets({FactKind::kIndex, op.table, op.name}, true)},
                  true,
                  "create unique constraint on " + op.table + "(" + text::join(op.columns, ", ") + ")"};
        } else if constexpr (std::is_same_v<T, CreateForeignKey>) {
          return {{op.name.empty() ? sets({FactKind::kForeignKeyOn, op.table, text::join(op.columns, ",")}, true)
                                   : sets({FactKind::kForeignKey, op.table, op.name}, true)},
                  true,
                  "create foreign key on " + op.table + "(" + text::join(op.columns, ", ") + ")"};
        } else if constexpr (std::is_same_v<T, DropConstraint>) {
          // An unnamed one is found by its columns, as the drop itself finds it.
          const std::string columns = text::join(op.columns, ",");
          const std::string what =
              "drop constraint " + (op.name.empty() ? "on " + op.table + "(" + columns + ")" : op.name);
          if (op.name.empty() && op.columns.empty()) return {{}, false, what};
          if (op.type == ConstraintType::kForeignKey) {
            return {{op.name.empty() ? sets({FactKind::kForeignKeyOn, op.table, columns}, false)
                                     : sets({FactKind::kForeignKey, op.table, op.name}, false)},
                    true,
                    what};
          }
          if (op.type == ConstraintType::kUnique) {
            return {{op.name.empty() ? sets({FactKind::kUniqueOn, op.table, columns}, false)
                                     : sets({FactKind::kIndex, op.table, op.name}, false)},
                    true,
                    what};
          }
          return {{}, false, what};
        } else if constexpr (std::is_same_v<T, Execute>) {
          return {{}, false, "raw SQL"};
        } else if constexpr (std::is_same_v<T, BulkInsert>) {
          return {{}, false, "bulk insert into " + op.table};
        } else if constexpr (std::is_same_v<T, OnlineCallback>) {
          return {{}, false, "data migration '" + op.description + "'"};
        } else {
          // Check and primary-key constraints, foreign-key-keeping alters, enum labels:
          // several statements or nothing the reflection shows for sure.
          return {{}, false, "an operation whose effect the schema does not show"};
        }
      },
      operation);
}

bool holds_in(const schema::Schema& live, const Fact& fact) {
  const Table* table = live.find_table(fact.table);
  if (fact.kind == FactKind::kTable) return table != nullptr;
  if (table == nullptr) return false;
  switch (fact.kind) {
    case FactKind::kColumn: return schema::find_column(*table, fact.name) != nullptr;
    case FactKind::kNotNull: {
      const Column* column = schema::find_column(*table, fact.name);
      return column != nullptr && !column->nullable;
    }
    case FactKind::kIndex:
      return std::any_of(table->indexes.begin(), table->indexes.end(),
                         [&](const Index& i) { return i.name == fact.name; }) ||
             std::any_of(table->unique_constraints.begin(), table->unique_constraints.end(),
                         [&](const UniqueConstraint& u) { return u.name == fact.name; });
    case FactKind::kForeignKey:
      return std::any_of(table->foreign_keys.begin(), table->foreign_keys.end(),
                         [&](const ForeignKey& k) { return k.name == fact.name; });
    case FactKind::kUniqueOn:
      return std::any_of(table->unique_constraints.begin(), table->unique_constraints.end(),
                         [&](const UniqueConstraint& u) { return text::join(u.columns, ",") == fact.name; }) ||
             std::any_of(table->indexes.begin(), table->indexes.end(),
                         [&](const Index& i) { return i.unique && text::join(i.columns, ",") == fact.name; });
    case FactKind::kForeignKeyOn:
      return std::any_of(table->foreign_keys.begin(), table->foreign_keys.end(),
                         [&](const ForeignKey& k) { return text::join(k.columns, ",") == fact.name; });
    case FactKind::kTable: break;
  }
  return false;
}

/// The facts the first k operations predict, for every fact some operation
/// touches: what the last of them set, or what `before` holds.
std::map<Fact, bool> predicted_after(const std::vector<Footprint>& prints, std::size_t k,
                                     const schema::Schema& before) {
  std::map<Fact, bool> state;
  for (const Footprint& print : prints) {
    for (const Evidence& e : print.evidence) {
      if (!state.contains(e.fact)) state.emplace(e.fact, holds_in(before, e.fact));
    }
  }
  for (std::size_t i = 0; i < k; ++i) {
    for (const Evidence& e : prints[i].evidence) state[e.fact] = e.holds;
  }
  return state;
}

std::string describe(const std::vector<Footprint>& prints, std::size_t from, std::size_t to) {
  std::vector<std::string> parts;
  for (std::size_t i = from; i < to; ++i) parts.push_back(prints[i].what);
  return text::join(parts, ", ");
}

}  // namespace

InterruptedRevision judge_interrupted_revision(const std::vector<Operation>& ops, const schema::Schema& before,
                                               const schema::Schema& live) {
  std::vector<Footprint> prints;
  prints.reserve(ops.size());
  for (const Operation& op : ops) prints.push_back(footprint(op));

  std::vector<std::size_t> fits;
  for (std::size_t k = 0; k <= prints.size(); ++k) {
    const auto predicted = predicted_after(prints, k, before);
    const bool fit = std::all_of(predicted.begin(), predicted.end(),
                                 [&](const auto& entry) { return holds_in(live, entry.first) == entry.second; });
    if (fit) fits.push_back(k);
  }

  InterruptedRevision verdict{.total = prints.size()};
  // Untouched is the normal case: nothing to resume. (A run killed after a
  // leading operation the schema cannot show looks the same; rerunning it
  // is then what Alembic would do.)
  if (!fits.empty() && fits.front() == 0) return verdict;
  if (fits.empty()) {
    verdict.verdict = InterruptedRevision::Verdict::kAmbiguous;
    verdict.reason =
        "the schema matches the state after none of its operations (changed by hand, or by "
        "another tree)";
    return verdict;
  }
  const std::size_t first = fits.front();
  const std::size_t last = fits.back();
  if (first != last) {
    // Several points fit only when the operations between them leave no
    // evidence: the run stopped at one of them, and which is unknown.
    verdict.verdict = InterruptedRevision::Verdict::kAmbiguous;
    verdict.found = describe(prints, 0, first) + " applied";
    verdict.reason =
        "it stopped at " + describe(prints, first, last) + ", which the schema cannot show as applied or not";
    return verdict;
  }
  verdict.verdict = InterruptedRevision::Verdict::kResumable;
  verdict.applied = first;
  verdict.found = describe(prints, 0, first);
  return verdict;
}

}  // namespace dbm::runtime
