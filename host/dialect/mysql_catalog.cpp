// MySQL/MariaDB's catalog reader: information_schema, restricted to
// DATABASE(). Written against MariaDB's catalog (quoted string defaults, the
// TABLE_NAME column of CHECK_CONSTRAINTS), the server the references come from.
#include "catalog_readers.h"
#include "catalog_types.h"

namespace dbm::dialect {
namespace {

constexpr const char* kColumns =
    "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION"
    " FROM information_schema.COLUMNS"
    " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :name ORDER BY ORDINAL_POSITION";

constexpr const char* kKeys =
    "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
    " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :name ORDER BY INDEX_NAME, SEQ_IN_INDEX";

constexpr const char* kForeignKeys =
    "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,"
    " r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
    " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
    "  AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
    " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = :name AND k.REFERENCED_TABLE_NAME IS NOT NULL"
    " ORDER BY k.CONSTRAINT_NAME, k.ORDINAL_POSITION";

constexpr const char* kChecks =
    "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
    " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :name";

// InnoDB reports RESTRICT for a foreign key declared without the clause.
std::string action(const std::string& rule) { return rule == "RESTRICT" ? "" : rule; }

void read_columns(Catalog& catalog, Table& table) {
  for (const Catalog::Row& r : catalog.rows(kColumns, table.name)) {
    Column c;
    c.name = text(r, 0);
    c.type = column_type(table.name, c.name, mysql_type, text(r, 1));
    c.nullable = text(r, 2) == "YES";
    const std::string& extra = text(r, 4);
    if (extra.find("GENERATED") != std::string::npos) {  // "VIRTUAL GENERATED", "STORED GENERATED"
      c.computed = Computed{text(r, 5), extra.find("STORED") != std::string::npos ? std::optional<bool>(true)
                                                                                   : std::nullopt};
      table.columns.push_back(std::move(c));
      continue;
    }
    c.server_default = reflect_default(kMysqlDefaults, text(r, 3), c.type).value;
    if (text(r, 4).find("auto_increment") != std::string::npos) c.autoincrement = Autoincrement::kYes;
    table.columns.push_back(std::move(c));
  }
}

// PRIMARY is the primary key; every other unique index is how MySQL holds a
// unique constraint (SQLAlchemy reports it as one); the rest are indexes.
void read_keys(Catalog& catalog, Table& table) {
  std::string current;
  std::vector<std::string>* columns = nullptr;
  for (const Catalog::Row& r : catalog.rows(kKeys, table.name)) {
    const std::string& name = text(r, 0);
    if (columns == nullptr || name != current) {
      current = name;
      if (name == "PRIMARY") {
        table.primary_key.name = name;
        columns = &table.primary_key.columns;
      } else if (text(r, 1) == "0") {
        columns = &table.unique_constraints.emplace_back(UniqueConstraint{name, {}}).columns;
      } else {
        columns = &table.indexes.emplace_back(Index{name, table.name, {}, false}).columns;
      }
    }
    columns->push_back(text(r, 2));
  }
}

void read_foreign_keys(Catalog& catalog, Table& table) {
  std::string current;
  for (const Catalog::Row& r : catalog.rows(kForeignKeys, table.name)) {
    if (table.foreign_keys.empty() || text(r, 0) != current) {
      current = text(r, 0);
      table.foreign_keys.push_back(ForeignKey{.name = current,
                                              .ref_table = text(r, 2),
                                              .onupdate = action(text(r, 5)),
                                              .ondelete = action(text(r, 4))});
    }
    table.foreign_keys.back().columns.push_back(text(r, 1));
    table.foreign_keys.back().ref_columns.push_back(text(r, 3));
  }
}

}  // namespace

std::vector<std::string> mysql_table_names(Catalog& catalog) {
  std::vector<std::string> names;
  for (const Catalog::Row& r : catalog.rows("SELECT TABLE_NAME FROM information_schema.TABLES"
                                  " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
    names.push_back(text(r, 0));
  }
  return names;
}

Table mysql_table(Catalog& catalog, const std::string& name) {
  Table table;
  table.name = name;
  read_columns(catalog, table);
  read_keys(catalog, table);
  read_foreign_keys(catalog, table);
  for (const Catalog::Row& r : catalog.rows(kChecks, name)) {
    table.check_constraints.push_back(CheckConstraint{text(r, 0), text(r, 1)});
  }
  return table;
}

}  // namespace dbm::dialect
