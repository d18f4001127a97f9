// SQLite's catalog reader: the pragma table-valued functions (so the table
// name is a bound value, never spliced), with names, CHECKs and AUTOINCREMENT
// taken from the stored CREATE TABLE text.
#include <algorithm>
#include <cctype>

#include "catalog_readers.h"
#include "sqlite_table_sql.h"
#include "catalog_types.h"

namespace dbm::dialect {
namespace {

// table_xinfo, unlike table_info, lists generated columns (hidden 2: virtual, 3: stored).
constexpr const char* kColumns =
    "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(:name) ORDER BY cid";
constexpr const char* kForeignKeys =
    "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(:name)"
    " ORDER BY id, seq";
constexpr const char* kIndexList = "SELECT name, \"unique\", origin FROM pragma_index_list(:name)";
constexpr const char* kIndexColumns = "SELECT name FROM pragma_index_info(:name) ORDER BY seqno";

bool same_name(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool same_columns(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_name);
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// NO ACTION is what no clause gives.
std::string action(const std::string& rule) { return rule == "NO ACTION" ? "" : rule; }

std::vector<std::string> primary_key_of(Catalog& catalog, const std::string& table) {
  std::vector<std::pair<int, std::string>> keyed;
  for (const Catalog::Row& r : catalog.rows(kColumns, table)) {
    const int position = std::stoi(text(r, 4));
    if (position > 0) keyed.emplace_back(position, text(r, 0));
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::string> columns;
  for (auto& [position, name] : keyed) columns.push_back(std::move(name));
  return columns;
}

void read_columns(Catalog& catalog, Table& table, const SqliteTableSql& declared) {
  for (const Catalog::Row& r : catalog.rows(kColumns, table.name)) {
    const std::string& hidden = text(r, 5);
    if (hidden == "1") continue;  // a virtual table's hidden column
    Column c;
    c.name = text(r, 0);
    std::string type = text(r, 1);
    if (hidden == "2" || hidden == "3") {
      // SQLite keeps the words before AS in the declared type.
      static const std::string kSuffix = " GENERATED ALWAYS";
      if (type.size() > kSuffix.size() && same_name(type.substr(type.size() - kSuffix.size()), kSuffix)) {
        type.resize(type.size() - kSuffix.size());
      }
      for (const auto& [name, computed] : declared.generated_columns) {
        if (same_name(name, c.name)) c.computed = computed;
      }
    }
    c.type = column_type(table.name, c.name, sqlite_type, type);
    c.nullable = text(r, 2) == "0";
    c.server_default = reflect_default(kSqliteDefaults, text(r, 3), c.type).value;
    const auto& autoinc = declared.autoincrement_columns;
    if (std::any_of(autoinc.begin(), autoinc.end(), [&](const std::string& a) { return same_name(a, c.name); })) {
      c.autoincrement = Autoincrement::kYes;
    }
    const int position = std::stoi(text(r, 4));
    if (position > 0) {
      table.primary_key.columns.resize(std::max<std::size_t>(table.primary_key.columns.size(), position));
      table.primary_key.columns[position - 1] = c.name;
    }
    table.columns.push_back(std::move(c));
  }
  if (!table.primary_key.columns.empty()) table.primary_key.name = declared.primary_key_name;
}

void read_foreign_keys(Catalog& catalog, Table& table, const SqliteTableSql& declared) {
  std::string current;
  for (const Catalog::Row& r : catalog.rows(kForeignKeys, table.name)) {
    if (table.foreign_keys.empty() || text(r, 0) != current) {
      current = text(r, 0);
      table.foreign_keys.push_back(
          ForeignKey{.ref_table = text(r, 1), .onupdate = action(text(r, 4)), .ondelete = action(text(r, 5))});
    }
    table.foreign_keys.back().columns.push_back(text(r, 2));
    if (r[3]) table.foreign_keys.back().ref_columns.push_back(*r[3]);
  }
  for (auto& fk : table.foreign_keys) {
    // REFERENCES t without columns means t's primary key.
    if (fk.ref_columns.empty()) fk.ref_columns = primary_key_of(catalog, fk.ref_table);
    for (const auto& d : declared.foreign_keys) {
      if (same_name(d.ref_table, fk.ref_table) && same_columns(d.columns, fk.columns)) fk.name = d.name;
    }
  }
}

// origin 'u': a UNIQUE constraint; 'c': CREATE INDEX; 'pk': the primary key.
void read_indexes(Catalog& catalog, Table& table, const SqliteTableSql& declared) {
  for (const Catalog::Row& r : catalog.rows(kIndexList, table.name)) {
    const std::string& name = text(r, 0);
    const std::string& origin = text(r, 2);
    if (origin == "pk") continue;
    std::vector<std::string> columns;
    for (const Catalog::Row& c : catalog.rows(kIndexColumns, name)) columns.push_back(text(c, 0));
    if (origin == "u") {
      UniqueConstraint uc{"", std::move(columns)};
      for (const auto& d : declared.unique_constraints) {
        if (same_columns(d.columns, uc.columns)) uc.name = d.name;
      }
      table.unique_constraints.push_back(std::move(uc));
    } else if (name.rfind("sqlite_autoindex_", 0) != 0) {
      table.indexes.push_back(Index{name, table.name, std::move(columns), text(r, 1) == "1"});
    }
  }
}

}  // namespace

std::vector<std::string> sqlite_table_names(Catalog& catalog) {
  std::vector<std::string> names;
  for (const Catalog::Row& r : catalog.rows("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND substr(name, 1, 7) <> 'sqlite_'")) {
    names.push_back(text(r, 0));
  }
  return names;
}

Table sqlite_table(Catalog& catalog, const std::string& name) {
  Table table;
  table.name = name;
  std::string sql;
  for (const Catalog::Row& r : catalog.rows("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name",
                                  name)) {
    sql = text(r, 0);
  }
  const SqliteTableSql declared = parse_sqlite_table_sql(sql);
  read_columns(catalog, table, declared);
  read_foreign_keys(catalog, table, declared);
  read_indexes(catalog, table, declared);
  for (const auto& check : declared.check_constraints) {
    table.check_constraints.push_back(CheckConstraint{check.name, trim(check.sql)});
  }
  return table;
}

}  // namespace dbm::dialect
