// Database-chosen constraint names. PostgreSQL derives them from table and
// columns (`t_a_b_key`, `t_a_fkey`, `t_pkey`, numbered on clash); MariaDB
// names a unique key after its first column (`a`, `a_2`), a foreign key
// `t_ibfk_<n>`, the primary key PRIMARY; SQLite leaves them unnamed.
#include "schema/constraint_names.h"
#include "base/join.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace dbm::schema {
namespace {

constexpr std::size_t kPostgresqlMaxName = 63;  // NAMEDATALEN - 1

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool has_name(const Table& t, const std::string& name) {
  if (t.name == name || t.primary_key.name == name) return true;
  const auto named = [&](const auto& item) { return item.name == name; };
  return std::any_of(t.foreign_keys.begin(), t.foreign_keys.end(), named) ||
         std::any_of(t.unique_constraints.begin(), t.unique_constraints.end(), named) ||
         std::any_of(t.check_constraints.begin(), t.check_constraints.end(), named) ||
         std::any_of(t.indexes.begin(), t.indexes.end(), named);
}

/// Relation and constraint names share PostgreSQL's namespace for our purposes.
/// Looked up on demand rather than collected: a tree creating thousands of
/// tables would otherwise gather every name in the schema for each one.
class TakenNames {
 public:
  TakenNames(const Table& table, const Schema& schema) : table_(table), schema_(schema) {}

  bool contains(const std::string& name) const {
    if (chosen_.count(name) != 0 || has_name(table_, name)) return true;
    return std::any_of(schema_.tables.begin(), schema_.tables.end(),
                       [&](const Table& t) { return t.name != table_.name && has_name(t, name); });
  }
  void insert(std::string name) { chosen_.insert(std::move(name)); }

 private:
  const Table& table_;
  const Schema& schema_;
  std::set<std::string> chosen_;
};

std::string postgresql_choose(const Table& table, const std::vector<std::string>& columns,
                              std::string_view label, TakenNames& taken) {
  const std::string addition = text::join(columns, "_");
  std::string name = postgresql_object_name(table.name, addition, label);
  for (int pass = 1; taken.contains(name); ++pass) {
    name = postgresql_object_name(table.name, addition, std::string(label) + std::to_string(pass));
  }
  taken.insert(name);
  return name;
}

}  // namespace

void name_like_postgresql(Table& table, const Schema& schema) {
  TakenNames taken(table, schema);
  if (!table.primary_key.columns.empty() && table.primary_key.name.empty()) {
    table.primary_key.name = postgresql_choose(table, {}, "pkey", taken);
  }
  for (auto& uc : table.unique_constraints) {
    if (uc.name.empty()) uc.name = postgresql_choose(table, uc.columns, "key", taken);
  }
  for (auto& fk : table.foreign_keys) {
    if (fk.name.empty()) fk.name = postgresql_choose(table, fk.columns, "fkey", taken);
  }
}

namespace {

// MySQL compares key names case-insensitively.
bool mysql_key_exists(const Table& table, std::string_view name) {
  const std::string wanted = lower(name);
  if (wanted == "primary") return true;
  for (const auto& uc : table.unique_constraints) {
    if (lower(uc.name) == wanted) return true;
  }
  for (const auto& ix : table.indexes) {
    if (lower(ix.name) == wanted) return true;
  }
  return false;
}

std::string mysql_key_name(const Table& table, const std::string& first_column) {
  if (!mysql_key_exists(table, first_column)) return first_column;
  for (int i = 2;; ++i) {
    std::string candidate = first_column + "_" + std::to_string(i);
    if (!mysql_key_exists(table, candidate)) return candidate;
  }
}

bool mysql_index_covers(const Table& table, const std::vector<std::string>& columns) {
  auto leads_with = [&](const std::vector<std::string>& index_columns) {
    return index_columns.size() >= columns.size() &&
           std::equal(columns.begin(), columns.end(), index_columns.begin());
  };
  if (leads_with(table.primary_key.columns)) return true;
  for (const auto& uc : table.unique_constraints) {
    if (leads_with(uc.columns)) return true;
  }
  for (const auto& ix : table.indexes) {
    if (leads_with(ix.columns)) return true;
  }
  return false;
}

}  // namespace

void name_like_innodb(Table& table, const Schema&) {
  if (!table.primary_key.columns.empty()) table.primary_key.name = "PRIMARY";
  for (auto& uc : table.unique_constraints) {
    if (uc.name.empty() && !uc.columns.empty()) uc.name = mysql_key_name(table, uc.columns.front());
  }
  const std::string prefix = table.name + "_ibfk_";
  int last = 0;
  for (const auto& fk : table.foreign_keys) {
    if (fk.name.rfind(prefix, 0) == 0) {
      const std::string digits = fk.name.substr(prefix.size());
      if (!digits.empty() && std::all_of(digits.begin(), digits.end(), ::isdigit)) {
        last = std::max(last, std::stoi(digits));
      }
    }
  }
  for (auto& fk : table.foreign_keys) {
    const bool named = !fk.name.empty();
    if (!named) fk.name = prefix + std::to_string(++last);
    if (!fk.columns.empty() && !mysql_index_covers(table, fk.columns)) {
      std::string index_name = named ? fk.name : mysql_key_name(table, fk.columns.front());
      table.indexes.push_back(Index{index_name, table.name, fk.columns, false});
    }
  }
}

bool innodb_made_index(const Index& index, const Table& table) {
  if (index.unique) return false;
  return std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), [&](const ForeignKey& key) {
    if (key.columns != index.columns) return false;
    const std::string& first = key.columns.front();
    if (index.name == key.name || index.name == first) return true;
    // Named after a key of the table's earlier name: a renamed table's keys
    // take its new name, their indexes keep the old one.
    if (const std::size_t at = index.name.rfind("_ibfk_"); at != std::string::npos && at + 6 < index.name.size()) {
      const std::string number = index.name.substr(at + 6);
      if (std::all_of(number.begin(), number.end(), ::isdigit)) return true;
    }
    if (index.name.rfind(first + "_", 0) != 0) return false;
    const std::string suffix = index.name.substr(first.size() + 1);
    return !suffix.empty() && std::all_of(suffix.begin(), suffix.end(), ::isdigit);
  });
}

bool mariadb_made_json_check(const CheckConstraint& check, const Table& table) {
  return find_column(table, check.name) != nullptr && check.sql == "json_valid(`" + check.name + "`)";
}

std::string postgresql_object_name(std::string_view name1, std::string_view name2,
                                   std::string_view label) {
  std::size_t overhead = 0;
  if (!name2.empty()) overhead += 1;
  if (!label.empty()) overhead += label.size() + 1;
  const std::size_t avail = kPostgresqlMaxName - overhead;
  std::size_t len1 = name1.size();
  std::size_t len2 = name2.size();
  while (len1 + len2 > avail) {
    if (len1 > len2) {
      --len1;
    } else {
      --len2;
    }
  }
  // Appended piece by piece: `"_" + std::string(...)` makes GCC 12 at -O3
  // report a false -Wrestrict inside std::string (GCC bug 105329).
  std::string name(name1.substr(0, len1));
  if (!name2.empty()) name.append("_").append(name2.substr(0, len2));
  if (!label.empty()) name.append("_").append(label);
  return name;
}

}  // namespace dbm::schema
