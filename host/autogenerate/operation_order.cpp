// The differences' operations in an order every database takes, and how
// differences are named to a user. Ordering is by kind, never by dialect: a
// key is dropped before the column it uses, a referenced table is created
// before the table that references it and dropped after it.
#include <algorithm>
#include <map>
#include <set>
#include <type_traits>

#include "autogenerate/comparison.h"
#include "dbm/plugin.h"

namespace dbm::autogenerate {
namespace {

enum class Direction : std::uint8_t { kUpgrade, kDowngrade };

// Where an operation runs among the others; equal phases keep their order.
int phase(const Operation& op, Direction direction) {
  return std::visit(
      [direction](const auto& o) -> int {
        using T = std::decay_t<decltype(o)>;
        // A rename comes first on the way up (the other operations name the
        // new table and column) and last on the way down.
        if constexpr (std::is_same_v<T, RenameTable>) {
          return direction == Direction::kUpgrade ? 0 : 20;
        } else if constexpr (std::is_same_v<T, AlterColumn>) {
          if (o.new_name) return direction == Direction::kUpgrade ? 1 : 19;
          return 7;
        } else if constexpr (std::is_same_v<T, AlterEnum>) {
          return 7;
        } else if constexpr (std::is_same_v<T, DropConstraint>) {
          if (o.type == ConstraintType::kForeignKey) return 2;
          return o.type == ConstraintType::kPrimary ? 4 : 3;
        } else if constexpr (std::is_same_v<T, DropIndex>) {
          return 3;
        } else if constexpr (std::is_same_v<T, CreateTable>) {
          return 5;
        } else if constexpr (std::is_same_v<T, AddColumn>) {
          return 6;
        } else if constexpr (std::is_same_v<T, DropColumn>) {
          return 8;
        } else if constexpr (std::is_same_v<T, CreatePrimaryKey>) {
          return 9;
        } else if constexpr (std::is_same_v<T, CreateForeignKey>) {
          return 11;
        } else if constexpr (std::is_same_v<T, DropTable>) {
          return 12;
        } else {
          return 10;  // indexes, unique and check constraints
        }
      },
      op);
}

// `names` ordered so that each comes after (or, `referenced_first` false,
// before) the names it references among them; a cycle keeps the rest in order.
std::vector<std::string> dependency_order(std::vector<std::string> names,
                                          const std::map<std::string, std::set<std::string>>& references,
                                          bool referenced_first) {
  const auto refers = [&](const std::string& from, const std::string& to) {
    const auto it = references.find(from);
    return from != to && it != references.end() && it->second.count(to) > 0;
  };
  std::vector<std::string> sorted;
  while (!names.empty()) {
    auto ready = std::find_if(names.begin(), names.end(), [&](const std::string& name) {
      return std::none_of(names.begin(), names.end(), [&](const std::string& other) {
        return referenced_first ? refers(name, other) : refers(other, name);
      });
    });
    if (ready == names.end()) ready = names.begin();
    sorted.push_back(*ready);
    names.erase(ready);
  }
  return sorted;
}

// What each table a difference creates or re-creates references.
std::map<std::string, std::set<std::string>> references_of(const std::vector<Difference>& differences) {
  std::map<std::string, std::set<std::string>> references;
  for (const Difference& d : differences) {
    for (const auto* list : {&d.upgrade, &d.downgrade}) {
      for (const Operation& op : *list) {
        if (const auto* create = std::get_if<CreateTable>(&op)) {
          for (const ForeignKey& k : create->table.foreign_keys) references[create->table.name].insert(k.ref_table);
        }
      }
    }
  }
  return references;
}

const std::string& table_of(const Operation& op) {
  if (const auto* create = std::get_if<CreateTable>(&op)) return create->table.name;
  return std::get<DropTable>(op).table;
}

// Created tables after the created tables they reference; dropped tables
// before the dropped tables they reference (what a dropped table references
// is read from the CreateTable that undoes its drop).
template <typename Verb>
void order_tables(std::vector<Operation>& ops, const std::map<std::string, std::set<std::string>>& references) {
  std::vector<std::size_t> slots;
  std::vector<std::string> names;
  std::map<std::string, Operation> by_name;
  for (std::size_t i = 0; i < ops.size(); ++i) {
    if (!std::holds_alternative<Verb>(ops[i])) continue;
    slots.push_back(i);
    names.push_back(table_of(ops[i]));
    by_name.emplace(names.back(), ops[i]);
  }
  const std::vector<std::string> sorted =
      dependency_order(std::move(names), references, std::is_same_v<Verb, CreateTable>);
  for (std::size_t i = 0; i < slots.size(); ++i) ops[slots[i]] = by_name.at(sorted[i]);
}

// One alter_column per column: Alembic writes one with every change of it,
// and MySQL restates the whole column in each, so separate ones would undo
// each other.
void merge_alters(std::vector<Operation>& ops) {
  std::vector<Operation> out;
  std::map<std::pair<std::string, std::string>, std::size_t> at;
  for (Operation& op : ops) {
    auto* alter = std::get_if<AlterColumn>(&op);
    if (alter == nullptr || alter->new_name) {
      out.push_back(std::move(op));
      continue;
    }
    const auto key = std::make_pair(alter->table, alter->column);
    const auto it = at.find(key);
    if (it == at.end()) {
      at.emplace(key, out.size());
      out.push_back(std::move(op));
      continue;
    }
    AlterColumn& merged = std::get<AlterColumn>(out[it->second]);
    if (alter->type) merged.type = alter->type;
    if (alter->nullable) merged.nullable = alter->nullable;
    if (alter->server_default) merged.server_default = alter->server_default;
  }
  ops = std::move(out);
}

// A column dropped and added again (a generated column redefined) is
// dropped just before it is added: the add's phase comes before the drops'.
void drop_before_adding_again(std::vector<Operation>& ops) {
  for (std::size_t add = 0; add < ops.size(); ++add) {
    const auto* added = std::get_if<AddColumn>(&ops[add]);
    if (added == nullptr) continue;
    for (std::size_t drop = add + 1; drop < ops.size(); ++drop) {
      const auto* dropped = std::get_if<DropColumn>(&ops[drop]);
      if (dropped == nullptr || dropped->table != added->table || dropped->column != added->column.name) continue;
      std::rotate(ops.begin() + static_cast<std::ptrdiff_t>(add), ops.begin() + static_cast<std::ptrdiff_t>(drop),
                  ops.begin() + static_cast<std::ptrdiff_t>(drop) + 1);
      break;
    }
  }
}

std::vector<Operation> ordered(const std::vector<Difference>& differences, Direction direction) {
  std::vector<Operation> ops;
  for (const Difference& d : differences) {
    const auto& mine = direction == Direction::kUpgrade ? d.upgrade : d.downgrade;
    ops.insert(ops.end(), mine.begin(), mine.end());
  }
  std::stable_sort(ops.begin(), ops.end(), [direction](const Operation& a, const Operation& b) {
    return phase(a, direction) < phase(b, direction);
  });
  const auto references = references_of(differences);
  order_tables<CreateTable>(ops, references);
  order_tables<DropTable>(ops, references);
  merge_alters(ops);
  drop_before_adding_again(ops);
  return ops;
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

}  // namespace

std::vector<Operation> upgrade_operations(const std::vector<Difference>& differences) {
  return ordered(differences, Direction::kUpgrade);
}

std::vector<Operation> downgrade_operations(const std::vector<Difference>& differences) {
  return ordered(differences, Direction::kDowngrade);
}

std::vector<std::string> ambiguous_renames(const std::vector<Difference>& differences) {
  std::vector<std::string> out;
  for (const Difference& removed : differences) {
    for (const Difference& added : differences) {
      if (removed.operation == "remove_column" && added.operation == "add_column" && removed.table == added.table &&
          removed.found == added.model) {
        out.push_back(removed.table + "." + removed.object + " -> " + added.table + "." + added.object);
      }
      if (removed.operation == "remove_table" && added.operation == "add_table" && removed.found == added.model) {
        out.push_back(removed.table + " -> " + added.table);
      }
    }
  }
  return out;
}

std::string describe(const Difference& d) {
  std::string out = "(" + quoted(d.operation) + ", " + quoted(d.table);
  if (!d.object.empty()) out += ", " + quoted(d.object);
  if (!d.found.empty() || !d.model.empty()) out += ", " + quoted(d.found) + ", " + quoted(d.model);
  return out + ")";
}

bool declares(const KnownDifference& known, const Difference& d, std::string_view dialect) {
  return known.operation == d.operation && known.table == d.table && (known.object == "*" || known.object == d.object) &&
         (known.dialects.empty() ||
          std::find(known.dialects.begin(), known.dialects.end(), dialect) != known.dialects.end());
}

}  // namespace dbm::autogenerate
