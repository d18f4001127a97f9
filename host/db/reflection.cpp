// Reflection entry points and what every dialect shares: table order, the
// primary-key flags on columns, autoincrement, constraint order. The catalog
// queries live in reflection_<dialect>.cpp; no SQL text here.
#include "db/reflection.h"

#include <algorithm>
#include <tuple>

#include <soci/soci.h>

#include "db/database.h"
#include "reflection_readers.h"
#include "base/error.h"

// Mapping rules:
// - Types: each catalog type becomes the Type whose rendering on that dialect
//   creates it (ddl/type_sql.cpp): PG real -> Float(24), double precision ->
//   Float(); MySQL tinyint(1) -> Boolean (SQLAlchemy's BOOL), tinyint(n) ->
//   TinyInteger(n), double -> Float(53); SQLite by name, then by affinity.
//   MySQL enums have no type name (""). Anything else: dbm::Error.
// - Defaults: `'x'` (PG also `'x'::type`) -> literal x; true/false (and 1/0
//   on a boolean outside PG) -> true/false kinds; NULL -> none; PG nextval()
//   -> no default, autoincrement kYes; anything else -> expression, verbatim.
// - Autoincrement: kYes where the database generates values (PG serial or
//   identity, MySQL auto_increment, SQLite AUTOINCREMENT); kNo on PG/MySQL
//   where the renderer's kAuto would have generated but the database does
//   not; kAuto otherwise.
// - Order: tables by name; columns by position; keys, checks, indexes by name.

namespace dbm::db {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::vector<std::string> table_names(Database& db) {
  if (db.dialect() == "postgresql") return reflection::postgresql_table_names(db.session());
  if (db.dialect() == "mysql") return reflection::mysql_table_names(db.session());
  return reflection::sqlite_table_names(db.session());
}

Table read_table(Database& db, const std::string& name) {
  if (db.dialect() == "postgresql") return reflection::postgresql_table(db.session(), name);
  if (db.dialect() == "mysql") return reflection::mysql_table(db.session(), name);
  return reflection::sqlite_table(db.session(), name);
}

bool integer_kind(TypeKind kind) {
  return kind == TypeKind::kInteger || kind == TypeKind::kBigInteger || kind == TypeKind::kSmallInteger ||
         kind == TypeKind::kTinyInteger;
}

// Mirrors the renderer's choice of the column kAuto makes SERIAL / AUTO_INCREMENT.
void settle_autoincrement(Table& table, const std::string& dialect) {
  if (dialect == "sqlite" || table.primary_key.columns.size() != 1) return;
  for (auto& c : table.columns) {
    if (c.name != table.primary_key.columns.front() || c.autoincrement != Autoincrement::kAuto) continue;
    const bool in_foreign_key = std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                                            [&](const ForeignKey& fk) { return contains(fk.columns, c.name); });
    if (integer_kind(c.type.kind) && !c.server_default && !in_foreign_key) c.autoincrement = Autoincrement::kNo;
  }
}

Table finish(Table table, const std::string& dialect) {
  for (auto& c : table.columns) c.primary_key = contains(table.primary_key.columns, c.name);
  settle_autoincrement(table, dialect);
  auto& fks = table.foreign_keys;
  std::sort(fks.begin(), fks.end(), [](const ForeignKey& a, const ForeignKey& b) {
    return std::tie(a.name, a.columns, a.ref_table, a.ref_columns) <
           std::tie(b.name, b.columns, b.ref_table, b.ref_columns);
  });
  auto& ucs = table.unique_constraints;
  std::sort(ucs.begin(), ucs.end(), [](const UniqueConstraint& a, const UniqueConstraint& b) {
    return std::tie(a.name, a.columns) < std::tie(b.name, b.columns);
  });
  auto& checks = table.check_constraints;
  std::sort(checks.begin(), checks.end(), [](const CheckConstraint& a, const CheckConstraint& b) {
    return std::tie(a.name, a.sql) < std::tie(b.name, b.sql);
  });
  auto& indexes = table.indexes;
  std::sort(indexes.begin(), indexes.end(), [](const Index& a, const Index& b) {
    return std::tie(a.name, a.columns) < std::tie(b.name, b.columns);
  });
  return table;
}

[[noreturn]] void catalog_failed(const std::string& what, const soci::soci_error& e) {
  throw DatabaseError("Can't reflect " + what + ": " + one_line_error(e.get_error_message(), ""));
}

}  // namespace

namespace reflection {

Type column_type(const std::string& table, const std::string& column, Type (*map)(const std::string&),
                 const std::string& text) {
  try {
    return map(text);
  } catch (const DatabaseError&) {
    throw;
  } catch (const Error& e) {
    throw Error("table '" + table + "' column '" + column + "': " + e.what());
  }
}

}  // namespace reflection

schema::Schema reflect_schema(Database& db, const std::vector<std::string>& exclude_tables) {
  schema::Schema out;
  std::vector<std::string> names;
  try {
    names = table_names(db);
  } catch (const soci::soci_error& e) {
    catalog_failed("the list of tables", e);
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    if (contains(exclude_tables, name)) continue;
    try {
      out.tables.push_back(finish(read_table(db, name), db.dialect()));
    } catch (const soci::soci_error& e) {
      catalog_failed("table '" + name + "'", e);
    }
  }
  if (db.dialect() == "postgresql") {
    try {
      out.enum_types = reflection::postgresql_enum_types(db.session());
    } catch (const soci::soci_error& e) {
      catalog_failed("the enum types", e);
    }
  }
  return out;
}

std::optional<Table> reflect_table(Database& db, const std::string& name) {
  try {
    const std::vector<std::string> names = table_names(db);
    if (!contains(names, name)) return std::nullopt;
    return finish(read_table(db, name), db.dialect());
  } catch (const soci::soci_error& e) {
    catalog_failed("table '" + name + "'", e);
  }
}

}  // namespace dbm::db
