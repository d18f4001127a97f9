// PostgreSQL's catalog reader: pg_catalog only (information_schema hides
// constraints the user does not own and has no enum labels), restricted to
// current_schema(). Casts are written CAST(... AS text) because SOCI reads
// `:` as the start of a bind name.
#include <map>

#include "catalog_readers.h"
#include "catalog_types.h"

namespace dbm::dialect {
namespace {

constexpr const char* kColumns =
    "SELECT CAST(a.attname AS text), format_type(a.atttypid, a.atttypmod),"
    " CASE WHEN a.attnotnull THEN '1' ELSE '0' END, pg_get_expr(d.adbin, d.adrelid),"
    " CAST(t.typtype AS text), CAST(t.typname AS text), CAST(a.attidentity AS text), CAST(t.oid AS text),"
    " CAST(a.attgenerated AS text)"
    " FROM pg_catalog.pg_attribute a"
    " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
    " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
    " WHERE n.nspname = current_schema() AND c.relname = :name AND a.attnum > 0 AND NOT a.attisdropped"
    " ORDER BY a.attnum";

constexpr const char* kEnumLabels =
    "SELECT CAST(e.enumlabel AS text) FROM pg_catalog.pg_enum e"
    " WHERE CAST(e.enumtypid AS text) = :oid ORDER BY e.enumsortorder";

// One row per constraint column, in key order; CHECKs without columns still get one row.
constexpr const char* kConstraints =
    "SELECT CAST(con.conname AS text), CAST(con.contype AS text), CAST(a.attname AS text),"
    " CAST(rc.relname AS text), CAST(ra.attname AS text), CAST(con.confdeltype AS text),"
    " CAST(con.confupdtype AS text), pg_get_constraintdef(con.oid)"
    " FROM pg_catalog.pg_constraint con"
    " JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " LEFT JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, refnum, ord) ON true"
    " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
    " LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid"
    " LEFT JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refnum"
    " WHERE n.nspname = current_schema() AND c.relname = :name AND con.contype IN ('p', 'u', 'f', 'c')"
    " ORDER BY con.oid, k.ord";

// Indexes that back a primary key, unique or exclusion constraint are that constraint.
constexpr const char* kIndexes =
    "SELECT CAST(ic.relname AS text), CASE WHEN i.indisunique THEN '1' ELSE '0' END,"
    " CAST(a.attname AS text), pg_get_indexdef(i.indexrelid, CAST(k.ord AS integer), true)"
    " FROM pg_catalog.pg_index i"
    " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
    " CROSS JOIN LATERAL unnest(CAST(i.indkey AS smallint[])) WITH ORDINALITY AS k(attnum, ord)"
    " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0"
    " WHERE n.nspname = current_schema() AND c.relname = :name AND k.ord <= i.indnkeyatts"
    " AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
    "  WHERE con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))"
    " ORDER BY i.indexrelid, k.ord";

// confdeltype/confupdtype codes; 'a' (NO ACTION) is what no clause gives.
std::string action(const std::string& code) {
  if (code == "r") return "RESTRICT";
  if (code == "c") return "CASCADE";
  if (code == "n") return "SET NULL";
  if (code == "d") return "SET DEFAULT";
  return "";
}

// "CHECK ((a > 0))" → "a > 0": the keyword and the parentheses PostgreSQL adds.
std::string check_expression(std::string def) {
  const std::string prefix = "CHECK ";
  if (def.rfind(prefix, 0) == 0) def = def.substr(prefix.size());
  if (const auto pos = def.rfind(" NOT VALID"); pos != std::string::npos && pos + 10 == def.size()) {
    def.resize(pos);
  }
  auto wraps_whole = [](const std::string& s) {
    if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '(') ++depth;
      if (s[i] == ')' && --depth == 0 && i + 1 != s.size()) return false;
    }
    return true;
  };
  while (wraps_whole(def)) def = def.substr(1, def.size() - 2);
  return def;
}

void read_columns(Catalog& catalog, Table& table) {
  for (const Catalog::Row& r : catalog.rows(kColumns, table.name)) {
    Column c;
    c.name = text(r, 0);
    if (text(r, 4) == "e") {
      std::vector<std::string> labels;
      for (const Catalog::Row& label : catalog.rows(kEnumLabels, text(r, 7))) labels.push_back(text(label, 0));
      c.type = types::enumeration(text(r, 5), std::move(labels));
    } else {
      c.type = column_type(table.name, c.name, postgresql_type, text(r, 1));
    }
    c.nullable = text(r, 2) == "0";
    if (text(r, 8) == "s") {  // a generated column: pg_attrdef holds its expression, not a default
      c.computed = Computed{text(r, 3), std::nullopt};
      table.columns.push_back(std::move(c));
      continue;
    }
    const ReflectedDefault d = reflect_default(kPostgresqlDefaults, text(r, 3), c.type);
    c.server_default = d.value;
    if (d.generated || !text(r, 6).empty()) c.autoincrement = Autoincrement::kYes;
    table.columns.push_back(std::move(c));
  }
}

void read_constraints(Catalog& catalog, Table& table) {
  std::string current;  // rows arrive grouped by constraint
  for (const Catalog::Row& r : catalog.rows(kConstraints, table.name)) {
    const std::string& name = text(r, 0);
    const std::string& type = text(r, 1);
    const bool first = name != current;
    current = name;
    if (type == "p") {
      table.primary_key.name = name;
      if (r[2]) table.primary_key.columns.push_back(*r[2]);
    } else if (type == "u") {
      if (first) table.unique_constraints.push_back(UniqueConstraint{name, {}});
      if (r[2]) table.unique_constraints.back().columns.push_back(*r[2]);
    } else if (type == "f") {
      if (first) {
        table.foreign_keys.push_back(ForeignKey{
            .name = name, .ref_table = text(r, 3), .onupdate = action(text(r, 6)), .ondelete = action(text(r, 5))});
      }
      if (r[2]) table.foreign_keys.back().columns.push_back(*r[2]);
      if (r[4]) table.foreign_keys.back().ref_columns.push_back(*r[4]);
    } else if (type == "c" && first) {
      table.check_constraints.push_back(CheckConstraint{name, check_expression(text(r, 7))});
    }
  }
}

void read_indexes(Catalog& catalog, Table& table) {
  std::string current;
  for (const Catalog::Row& r : catalog.rows(kIndexes, table.name)) {
    if (table.indexes.empty() || text(r, 0) != current) {
      current = text(r, 0);
      table.indexes.push_back(Index{current, table.name, {}, text(r, 1) == "1"});
    }
    // An expression column has no attribute; its text stands in for the name.
    table.indexes.back().columns.push_back(r[2] ? *r[2] : text(r, 3));
  }
}

}  // namespace

std::vector<std::string> postgresql_table_names(Catalog& catalog) {
  std::vector<std::string> names;
  for (const Catalog::Row& r : catalog.rows("SELECT CAST(c.relname AS text) FROM pg_catalog.pg_class c"
                                  " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                  " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')")) {
    names.push_back(text(r, 0));
  }
  return names;
}

std::vector<std::string> postgresql_enum_types(Catalog& catalog) {
  std::vector<std::string> names;
  for (const Catalog::Row& r : catalog.rows("SELECT CAST(t.typname AS text) FROM pg_catalog.pg_type t"
                                  " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
                                  " WHERE n.nspname = current_schema() AND t.typtype = 'e' ORDER BY t.oid")) {
    names.push_back(text(r, 0));
  }
  return names;
}

Table postgresql_table(Catalog& catalog, const std::string& name) {
  Table table;
  table.name = name;
  read_columns(catalog, table);
  read_constraints(catalog, table);
  read_indexes(catalog, table);
  return table;
}

}  // namespace dbm::dialect
