// Each operation as the designated-initializer call a hand-written revision
// uses. A value the named constructors cannot make exactly (a Type with an
// unusual field) is written as the full struct, so nothing is rounded.
#include "autogenerate/operation_source.h"

#include <type_traits>

#include "base/join.h"
#include "script/cpp_text.h"

namespace dbm::autogenerate {
namespace {

using script::cpp_string_list;
using script::cpp_string_literal;

// Appended, not chained with +: GCC 12 warns falsely at -O3 on long chains (bug 105329).
std::string field(std::string_view name, const std::string& value) {
  std::string out = ".";
  out.append(name).append(" = ").append(value);
  return out;
}

std::string braced(const std::vector<std::string>& items) {
  std::string out = "{";
  out.append(text::join(items, ", ")).append("}");
  return out;
}

std::string kind_name(TypeKind kind) {
  switch (kind) {
    case TypeKind::kInteger: return "kInteger";
    case TypeKind::kBigInteger: return "kBigInteger";
    case TypeKind::kSmallInteger: return "kSmallInteger";
    case TypeKind::kString: return "kString";
    case TypeKind::kText: return "kText";
    case TypeKind::kMediumText: return "kMediumText";
    case TypeKind::kLongText: return "kLongText";
    case TypeKind::kDateTime: return "kDateTime";
    case TypeKind::kDate: return "kDate";
    case TypeKind::kTime: return "kTime";
    case TypeKind::kBoolean: return "kBoolean";
    case TypeKind::kEnum: return "kEnum";
    case TypeKind::kFloat: return "kFloat";
    case TypeKind::kNumeric: return "kNumeric";
    case TypeKind::kLargeBinary: return "kLargeBinary";
    case TypeKind::kLongBinary: return "kLongBinary";
    case TypeKind::kJson: return "kJson";
    case TypeKind::kTinyInteger: return "kTinyInteger";
    case TypeKind::kSqlJson: return "kSqlJson";
  }
  return "kInteger";
}

// The named constructor's call and the Type it makes.
std::pair<std::string, Type> named_type(const Type& t) {
  const auto n = [](int v) { return std::to_string(v); };
  switch (t.kind) {
    case TypeKind::kInteger: return {"types::integer()", types::integer()};
    case TypeKind::kBigInteger: return {"types::big_integer()", types::big_integer()};
    case TypeKind::kSmallInteger: return {"types::small_integer()", types::small_integer()};
    case TypeKind::kTinyInteger:
      return {"types::tiny_integer(" + n(t.length) + ")", types::tiny_integer(t.length)};
    case TypeKind::kString:
      return {t.length == 0 ? "types::string()" : "types::string(" + n(t.length) + ")", types::string(t.length)};
    case TypeKind::kText:
      return {t.length == 0 ? "types::text()" : "types::text(" + n(t.length) + ")", types::text(t.length)};
    case TypeKind::kMediumText: return {"types::medium_text()", types::medium_text()};
    case TypeKind::kLongText: return {"types::long_text()", types::long_text()};
    case TypeKind::kDateTime:
      return {t.timezone ? "types::date_time(true)" : "types::date_time()", types::date_time(t.timezone)};
    case TypeKind::kDate: return {"types::date()", types::date()};
    case TypeKind::kTime: return {"types::time()", types::time()};
    case TypeKind::kBoolean: return {"types::boolean()", types::boolean()};
    case TypeKind::kEnum:
      return {"types::enumeration(" + cpp_string_literal(t.enum_name) + ", " + cpp_string_list(t.enum_values) + ")",
              types::enumeration(t.enum_name, t.enum_values)};
    case TypeKind::kFloat:
      return {t.precision == 0 ? "types::floating()" : "types::floating(" + n(t.precision) + ")",
              types::floating(t.precision)};
    case TypeKind::kNumeric:
      return {"types::numeric(" + n(t.precision) + ", " + n(t.scale) + ")", types::numeric(t.precision, t.scale)};
    case TypeKind::kLargeBinary:
      return {t.length == 0 ? "types::large_binary()" : "types::large_binary(" + n(t.length) + ")",
              types::large_binary(t.length)};
    case TypeKind::kLongBinary: return {"types::long_binary()", types::long_binary()};
    case TypeKind::kJson: return {"types::json()", types::json()};
    case TypeKind::kSqlJson: return {"types::sql_json()", types::sql_json()};
  }
  return {"types::integer()", types::integer()};
}

std::string type_source(const Type& t) {
  auto [call, made] = named_type(t);
  if (made == t) return call;
  std::vector<std::string> fields{field("kind", "TypeKind::" + kind_name(t.kind))};
  if (t.length != 0) fields.push_back(field("length", std::to_string(t.length)));
  if (t.precision != 0) fields.push_back(field("precision", std::to_string(t.precision)));
  if (t.scale != 0) fields.push_back(field("scale", std::to_string(t.scale)));
  if (t.timezone) fields.push_back(field("timezone", "true"));
  if (!t.enum_name.empty()) fields.push_back(field("enum_name", cpp_string_literal(t.enum_name)));
  if (!t.enum_values.empty()) fields.push_back(field("enum_values", cpp_string_list(t.enum_values)));
  return "Type" + braced(fields);
}

std::string default_source(const ServerDefault& d) {
  switch (d.kind) {
    case ServerDefault::Kind::kLiteral: return "ServerDefault::literal(" + cpp_string_literal(d.value) + ")";
    case ServerDefault::Kind::kExpression: return "ServerDefault::expression(" + cpp_string_literal(d.value) + ")";
    case ServerDefault::Kind::kTrue: return "ServerDefault::true_value()";
    case ServerDefault::Kind::kFalse: return "ServerDefault::false_value()";
  }
  return "ServerDefault::literal(\"\")";
}

std::string column_source(const Column& c) {
  std::string out = "column(" + cpp_string_literal(c.name) + ", " + type_source(c.type) + ")";
  if (c.primary_key) {
    out += ".primary()";
  } else if (!c.nullable) {
    out += ".not_null()";
  }
  if (c.server_default) out += ".with_default(" + default_source(*c.server_default) + ")";
  if (c.autoincrement == Autoincrement::kYes) out += ".with_autoincrement(Autoincrement::kYes)";
  if (c.autoincrement == Autoincrement::kNo) out += ".with_autoincrement(Autoincrement::kNo)";
  if (c.unique) out += ".unique_key()";
  if (c.index) out += ".indexed()";
  if (c.computed) {
    out += ".generated_as(" + cpp_string_literal(c.computed->sql);
    if (c.computed->persisted) out += *c.computed->persisted ? ", true" : ", false";
    out += ")";
  }
  return out;
}

std::string constraint_type(ConstraintType type) {
  switch (type) {
    case ConstraintType::kForeignKey: return "ConstraintType::kForeignKey";
    case ConstraintType::kUnique: return "ConstraintType::kUnique";
    case ConstraintType::kCheck: return "ConstraintType::kCheck";
    case ConstraintType::kPrimary: return "ConstraintType::kPrimary";
  }
  return "ConstraintType::kForeignKey";
}

// `.name = "x"` when the name is given: an empty one is the database's choice.
void add_name(std::vector<std::string>& fields, const std::string& name) {
  if (!name.empty()) fields.push_back(field("name", cpp_string_literal(name)));
}

// The first fields of a constraint operation: its name when given, its table.
std::vector<std::string> named_on_table(const std::string& name, const std::string& table) {
  std::vector<std::string> fields;
  add_name(fields, name);
  fields.push_back(field("table", cpp_string_literal(table)));
  return fields;
}

std::string foreign_key_fields(const std::string& name, const std::vector<std::string>& columns,
                               const std::string& ref_table, const std::vector<std::string>& ref_columns,
                               const std::string& onupdate, const std::string& ondelete, const std::string* table) {
  std::vector<std::string> fields;
  add_name(fields, name);
  if (table != nullptr) {
    fields.push_back(field("table", cpp_string_literal(*table)));
    fields.push_back(field("ref_table", cpp_string_literal(ref_table)));
    fields.push_back(field("columns", cpp_string_list(columns)));
  } else {
    fields.push_back(field("columns", cpp_string_list(columns)));
    fields.push_back(field("ref_table", cpp_string_literal(ref_table)));
  }
  fields.push_back(field("ref_columns", cpp_string_list(ref_columns)));
  if (!onupdate.empty()) fields.push_back(field("onupdate", cpp_string_literal(onupdate)));
  if (!ondelete.empty()) fields.push_back(field("ondelete", cpp_string_literal(ondelete)));
  return braced(fields);
}

std::string table_source(const Table& t) {
  std::vector<std::string> fields{field("name", cpp_string_literal(t.name))};
  std::vector<std::string> columns;
  for (const Column& c : t.columns) columns.push_back("\n          " + column_source(c));
  // One column a line, with no space left at a line's end.
  std::string column_list = "{";
  column_list.append(text::join(columns, ",")).append("}");
  fields.push_back(field("columns", column_list));
  if (!t.primary_key.name.empty() || !t.primary_key.columns.empty()) {
    std::vector<std::string> pk;
    add_name(pk, t.primary_key.name);
    pk.push_back(field("columns", cpp_string_list(t.primary_key.columns)));
    fields.push_back(field("primary_key", braced(pk)));
  }
  if (!t.foreign_keys.empty()) {
    std::vector<std::string> keys;
    for (const ForeignKey& k : t.foreign_keys) {
      keys.push_back(foreign_key_fields(k.name, k.columns, k.ref_table, k.ref_columns, k.onupdate, k.ondelete, nullptr));
    }
    fields.push_back(field("foreign_keys", braced(keys)));
  }
  if (!t.unique_constraints.empty()) {
    std::vector<std::string> uniques;
    for (const UniqueConstraint& u : t.unique_constraints) {
      std::vector<std::string> f;
      add_name(f, u.name);
      f.push_back(field("columns", cpp_string_list(u.columns)));
      uniques.push_back(braced(f));
    }
    fields.push_back(field("unique_constraints", braced(uniques)));
  }
  if (!t.check_constraints.empty()) {
    std::vector<std::string> checks;
    for (const CheckConstraint& c : t.check_constraints) {
      checks.push_back(braced({field("name", cpp_string_literal(c.name)), field("sql", cpp_string_literal(c.sql))}));
    }
    fields.push_back(field("check_constraints", braced(checks)));
  }
  if (!t.indexes.empty()) {
    std::vector<std::string> indexes;
    for (const Index& i : t.indexes) {
      std::vector<std::string> f{field("name", cpp_string_literal(i.name)), field("table", cpp_string_literal(i.table)),
                                 field("columns", cpp_string_list(i.columns))};
      if (i.unique) f.push_back(field("unique", "true"));
      indexes.push_back(braced(f));
    }
    fields.push_back(field("indexes", braced(indexes)));
  }
  if (!t.options.empty()) {
    std::vector<std::string> options;
    for (const TableOption& o : t.options) {
      options.push_back(braced({cpp_string_literal(o.key), cpp_string_literal(o.value)}));
    }
    fields.push_back(field("options", braced(options)));
  }
  return braced(fields);
}

std::string alter_source(const AlterColumn& a) {
  std::vector<std::string> fields{field("table", cpp_string_literal(a.table)),
                                  field("column", cpp_string_literal(a.column))};
  if (a.nullable) fields.push_back(field("nullable", *a.nullable ? "true" : "false"));
  if (a.server_default) {
    fields.push_back(field("server_default", *a.server_default ? default_source(**a.server_default)
                                                                : "std::optional<ServerDefault>{}"));
  }
  if (a.new_name) fields.push_back(field("new_name", cpp_string_literal(*a.new_name)));
  if (a.type) fields.push_back(field("type", type_source(*a.type)));
  if (a.existing_type) fields.push_back(field("existing_type", type_source(*a.existing_type)));
  if (a.existing_server_default) {
    fields.push_back(field("existing_server_default", default_source(*a.existing_server_default)));
  }
  if (a.existing_nullable) fields.push_back(field("existing_nullable", *a.existing_nullable ? "true" : "false"));
  if (!a.postgresql_using.empty()) fields.push_back(field("postgresql_using", cpp_string_literal(a.postgresql_using)));
  return "op.alter_column(" + braced(fields) + ");";
}

std::string statement(const Operation& op) {
  return std::visit(
      [](const auto& o) -> std::string {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, CreateTable>) {
          return "op.create_table(" + table_source(o.table) + ");";
        } else if constexpr (std::is_same_v<T, DropTable>) {
          return "op.drop_table(" + cpp_string_literal(o.table) + ");";
        } else if constexpr (std::is_same_v<T, RenameTable>) {
          return "op.rename_table(" + cpp_string_literal(o.table) + ", " + cpp_string_literal(o.new_name) + ");";
        } else if constexpr (std::is_same_v<T, AddColumn>) {
          return "op.add_column(" + cpp_string_literal(o.table) + ", " + column_source(o.column) + ");";
        } else if constexpr (std::is_same_v<T, DropColumn>) {
          return "op.drop_column(" + cpp_string_literal(o.table) + ", " + cpp_string_literal(o.column) + ");";
        } else if constexpr (std::is_same_v<T, AlterColumn>) {
          return alter_source(o);
        } else if constexpr (std::is_same_v<T, AlterEnum>) {
          std::vector<std::string> columns;
          for (const TableColumn& c : o.columns) {
            columns.push_back(braced({cpp_string_literal(c.table), cpp_string_literal(c.column)}));
          }
          return "op.alter_enum(" +
                 braced({field("name", cpp_string_literal(o.name)), field("values", cpp_string_list(o.values)),
                         field("columns", braced(columns))}) +
                 ");";
        } else if constexpr (std::is_same_v<T, CreateIndex>) {
          std::vector<std::string> f{field("name", cpp_string_literal(o.name)), field("table", cpp_string_literal(o.table)),
                                     field("columns", cpp_string_list(o.columns))};
          if (o.unique) f.push_back(field("unique", "true"));
          return "op.create_index(" + braced(f) + ");";
        } else if constexpr (std::is_same_v<T, DropIndex>) {
          return "op.drop_index(" +
                 braced({field("name", cpp_string_literal(o.name)), field("table", cpp_string_literal(o.table))}) + ");";
        } else if constexpr (std::is_same_v<T, CreateForeignKey>) {
          return "op.create_foreign_key(" +
                 foreign_key_fields(o.name, o.columns, o.ref_table, o.ref_columns, o.onupdate, o.ondelete, &o.table) +
                 ");";
        } else if constexpr (std::is_same_v<T, CreateUniqueConstraint>) {
          std::vector<std::string> f = named_on_table(o.name, o.table);
          f.push_back(field("columns", cpp_string_list(o.columns)));
          return "op.create_unique_constraint(" + braced(f) + ");";
        } else if constexpr (std::is_same_v<T, CreateCheckConstraint>) {
          std::vector<std::string> f = named_on_table(o.name, o.table);
          f.push_back(field("condition", cpp_string_literal(o.condition)));
          return "op.create_check_constraint(" + braced(f) + ");";
        } else if constexpr (std::is_same_v<T, CreatePrimaryKey>) {
          std::vector<std::string> f = named_on_table(o.name, o.table);
          f.push_back(field("columns", cpp_string_list(o.columns)));
          return "op.create_primary_key(" + braced(f) + ");";
        } else if constexpr (std::is_same_v<T, DropConstraint>) {
          std::vector<std::string> f = named_on_table(o.name, o.table);
          f.push_back(field("type", constraint_type(o.type)));
          if (!o.columns.empty()) f.push_back(field("columns", cpp_string_list(o.columns)));
          return "op.drop_constraint(" + braced(f) + ");";
        } else {
          // Data operations: autogenerate never writes them (it compares schemas).
          return "// (a data operation: write it by hand)";
        }
      },
      op);
}

}  // namespace

std::string operations_source(const std::vector<Operation>& operations) {
  std::string out;
  for (const Operation& op : operations) out.append("  ").append(statement(op)).append("\n");
  return out;
}

}  // namespace dbm::autogenerate
