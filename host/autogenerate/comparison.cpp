// The comparison itself: tables by name, columns by name, indexes by name,
// constraints by what they hold (their names only where the model gives one:
// a name the database chose differs between databases and says nothing about
// the schema). Values are compared as the dialect spells them, so a model's
// Text and a MEDIUMTEXT differ on MySQL only, where they are different types.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "autogenerate/comparison.h"
#include "base/error.h"
#include "base/join.h"
#include "dialect/dialect.h"
#include "schema/constraint_names.h"
#include "schema/replay.h"

namespace dbm::autogenerate {
namespace {

using schema::DatabaseRules;

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::string columns_text(const std::vector<std::string>& columns) { return "(" + text::join(columns, ", ") + ")"; }

bool same_type(const Type& a, const Type& b, const dialect::Dialect& dialect) {
  if (dialect.stored_type(a) != dialect.stored_type(b)) return false;
  // PostgreSQL spells an enum by its type's name; the labels are part of it.
  return a.kind != TypeKind::kEnum || b.kind != TypeKind::kEnum || a.enum_values == b.enum_values;
}

// A type as a difference shows it: as stored, with an enum's labels where the
// dialect names the type only (PostgreSQL's `operation`).
std::string type_text(const Type& type, const dialect::Dialect& dialect) {
  std::string out = dialect.stored_type(type);
  if (type.kind != TypeKind::kEnum || out.find('(') != std::string::npos) return out;
  std::vector<std::string> labels;
  for (const std::string& label : type.enum_values) labels.push_back("'" + label + "'");
  return out + "(" + text::join(labels, ", ") + ")";
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// An enum type given other labels, under the model's name: the found type
// has that name too, or none (MySQL keeps none: each column has its own).
bool relabelled_enum(const Type& found, const Type& model) {
  return found.kind == TypeKind::kEnum && model.kind == TypeKind::kEnum && !model.enum_name.empty() &&
         (found.enum_name.empty() || found.enum_name == model.enum_name) && found.enum_values != model.enum_values;
}

// A named enum the dialect keeps as a VARCHAR as long as its longest label (SQLite).
bool enum_kept_as_string(const Type& type, const dialect::Dialect& dialect) {
  if (type.kind != TypeKind::kEnum || type.enum_name.empty()) return false;
  std::size_t longest = 0;
  for (const std::string& label : type.enum_values) longest = std::max(longest, label.size());
  return dialect.stored_type(type) == dialect.stored_type(types::string(static_cast<int>(longest)));
}

// A default as the database keeps it: '0' and 0 are one default on an
// integer column, sa.true() and the text `1` one default on a boolean.
// No default and an empty string are different defaults.
std::optional<std::string> default_value(const std::optional<ServerDefault>& value, const Type& type) {
  if (!value) return std::nullopt;
  std::string v = value->value;
  switch (value->kind) {
    case ServerDefault::Kind::kTrue: return "true";
    case ServerDefault::Kind::kFalse: return "false";
    case ServerDefault::Kind::kLiteral: break;
    case ServerDefault::Kind::kExpression:
      while (v.size() >= 2 && v.front() == '(' && v.back() == ')') v = v.substr(1, v.size() - 2);
      if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') v = v.substr(1, v.size() - 2);
      break;
  }
  if (type.kind == TypeKind::kBoolean) {
    const std::string l = lower(v);
    if (l == "1" || l == "true") return "true";
    if (l == "0" || l == "false") return "false";
  }
  return v;
}

std::string default_text(const std::optional<ServerDefault>& value) {
  if (!value) return "no default";
  switch (value->kind) {
    case ServerDefault::Kind::kTrue: return "DEFAULT true";
    case ServerDefault::Kind::kFalse: return "DEFAULT false";
    case ServerDefault::Kind::kLiteral: return "DEFAULT '" + value->value + "'";
    case ServerDefault::Kind::kExpression: break;
  }
  return "DEFAULT " + value->value;
}

std::string nullable_text(bool nullable) { return nullable ? "NULL" : "NOT NULL"; }

std::string action(const std::string& rule) {
  std::string upper = rule;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return upper == "NO ACTION" ? "" : upper;
}

std::string index_text(const Index& index) {
  return std::string(index.unique ? "UNIQUE " : "") + "INDEX " + columns_text(index.columns);
}

std::string foreign_key_text(const ForeignKey& key) {
  std::string out = columns_text(key.columns) + " -> " + key.ref_table + columns_text(key.ref_columns);
  if (!action(key.onupdate).empty()) out += " ON UPDATE " + action(key.onupdate);
  if (!action(key.ondelete).empty()) out += " ON DELETE " + action(key.ondelete);
  return out;
}

// The table as compared: shorthands expanded, MySQL's unique indexes seen as
// the unique constraints they are, the indexes InnoDB and the checks MariaDB
// added left out.
Table comparable(const Table& table, const DatabaseRules& rules) {
  Table out = schema::normalized_table(table, schema::Schema{}, DatabaseRules{});
  std::vector<Index> kept;
  for (const Index& index : out.indexes) {
    // An index InnoDB made for a foreign key: neither side declares it.
    if (rules.foreign_keys_create_indexes && schema::innodb_made_index(index, out)) continue;
    if (rules.unique_constraints_are_indexes && index.unique) {
      const bool known = std::any_of(out.unique_constraints.begin(), out.unique_constraints.end(),
                                     [&](const UniqueConstraint& u) { return u.name == index.name; });
      if (!known) out.unique_constraints.push_back(UniqueConstraint{index.name, index.columns});
      continue;
    }
    kept.push_back(index);
  }
  out.indexes = std::move(kept);
  if (rules.json_columns_get_checks) {
    std::erase_if(out.check_constraints,
                  [&](const CheckConstraint& check) { return schema::mariadb_made_json_check(check, out); });
  }
  return out;
}

// `table` with each name the database would have chosen itself left empty,
// so a re-created table or constraint is named by whichever database runs it.
Table undecided_names(const Table& table, const DatabaseRules& rules) {
  Table out = comparable(table, rules);
  if (rules.name_constraints == nullptr) return out;
  Table renamed = out;
  for (auto& u : renamed.unique_constraints) u.name.clear();
  for (auto& k : renamed.foreign_keys) k.name.clear();
  renamed.primary_key.name.clear();
  rules.name_constraints(renamed, schema::Schema{});
  for (std::size_t i = 0; i < out.unique_constraints.size(); ++i) {
    if (out.unique_constraints[i].name == renamed.unique_constraints[i].name) out.unique_constraints[i].name.clear();
  }
  for (std::size_t i = 0; i < out.foreign_keys.size(); ++i) {
    if (out.foreign_keys[i].name == renamed.foreign_keys[i].name) out.foreign_keys[i].name.clear();
  }
  if (out.primary_key.name == renamed.primary_key.name) out.primary_key.name.clear();
  return out;
}

// The name a constraint is reported by: its own where declared, else its columns.
std::string constraint_object(const std::string& declared_name, const std::vector<std::string>& columns) {
  return declared_name.empty() ? columns_text(columns) : declared_name;
}

class TableComparison {
 public:
  TableComparison(const Table& model, const Table& found, const dialect::Dialect& dialect,
                  std::vector<Difference>& out)
      : dialect_(dialect),
        rules_(dialect.rules()),
        model_(comparable(model, rules_)),
        found_(comparable(found, rules_)),
        found_undecided_(undecided_names(found, rules_)),
        out_(out) {}

  void run() {
    columns();
    primary_key();
    indexes();
    unique_constraints();
    foreign_keys();
    check_constraints();
  }

 private:
  void add(std::string operation, std::string object, std::string found, std::string model,
           std::vector<Operation> upgrade, std::vector<Operation> downgrade) {
    out_.push_back(Difference{std::move(operation), model_.name, std::move(object), std::move(found),
                              std::move(model), std::move(upgrade), std::move(downgrade)});
  }

  // An alter_column of `from` that changes nothing yet: the caller sets what changes.
  AlterColumn alter(const Column& from) const {
    return AlterColumn{.table = model_.name,
                       .column = from.name,
                       .existing_type = from.type,
                       .existing_server_default = from.server_default,
                       .existing_nullable = from.nullable};
  }

  void columns() {
    for (const Column& m : model_.columns) {
      const Column* f = schema::find_column(found_, m.name);
      if (f == nullptr) {
        add("add_column", m.name, "", type_text(m.type, dialect_), {AddColumn{model_.name, m}},
            {DropColumn{model_.name, m.name}});
        continue;
      }
      // A generated column cannot be altered into another (or into a plain
      // one): it is dropped and added again as the model has it, which also
      // settles its type, nullability and default, so those differences are
      // still reported but bring no operations of their own.
      const bool recreated =
          f->computed.has_value() != m.computed.has_value() ||
          (f->computed && m.computed && comparable_expression(f->computed->sql) != comparable_expression(m.computed->sql));
      const auto unless_recreated = [recreated](AlterColumn alter) {
        return recreated ? std::vector<Operation>{} : std::vector<Operation>{std::move(alter)};
      };
      if (!same_type(f->type, m.type, dialect_)) {
        AlterColumn up = alter(*f);
        up.type = m.type;
        AlterColumn down = alter(m);
        down.type = f->type;
        std::vector<Operation> upgrade = unless_recreated(up);
        std::vector<Operation> downgrade = unless_recreated(down);
        // PostgreSQL keeps an enum's labels on its named type, where an
        // alter_column changes nothing: the labels are altered, with the one
        // verb every dialect takes. SQLite's VARCHAR has lost the old labels:
        // its way back stays an alter_column.
        const std::vector<TableColumn> column{{model_.name, m.name}};
        if (!recreated && relabelled_enum(f->type, m.type)) {
          upgrade = {AlterEnum{m.type.enum_name, m.type.enum_values, column}};
          downgrade = {AlterEnum{m.type.enum_name, f->type.enum_values, column}};
        } else if (!recreated && enum_kept_as_string(m.type, dialect_) && f->type.kind == TypeKind::kString) {
          upgrade = {AlterEnum{m.type.enum_name, m.type.enum_values, column}};
        }
        add("modify_type", m.name, type_text(f->type, dialect_), type_text(m.type, dialect_), std::move(upgrade),
            std::move(downgrade));
      }
      if (f->nullable != m.nullable) {
        AlterColumn up = alter(*f);
        up.nullable = m.nullable;
        AlterColumn down = alter(m);
        down.nullable = f->nullable;
        add("modify_nullable", m.name, nullable_text(f->nullable), nullable_text(m.nullable), unless_recreated(up),
            unless_recreated(down));
      }
      if (default_value(f->server_default, f->type) != default_value(m.server_default, m.type)) {
        AlterColumn up = alter(*f);
        up.server_default = m.server_default;
        AlterColumn down = alter(m);
        down.server_default = f->server_default;
        add("modify_default", m.name, default_text(f->server_default), default_text(m.server_default),
            unless_recreated(up), unless_recreated(down));
      }
      if (recreated) {
        add("modify_computed", m.name, f->computed ? f->computed->sql : "", m.computed ? m.computed->sql : "",
            {DropColumn{model_.name, f->name}, AddColumn{model_.name, m}},
            {DropColumn{model_.name, m.name}, AddColumn{model_.name, *f}});
      }
    }
    for (const Column& f : found_.columns) {
      if (schema::find_column(model_, f.name) != nullptr) continue;
      add("remove_column", f.name, type_text(f.type, dialect_), "", {DropColumn{model_.name, f.name}},
          {AddColumn{model_.name, f}});
    }
  }

  void primary_key() {
    const std::vector<std::string> model_columns = schema::primary_key_columns(model_);
    const std::vector<std::string> found_columns = schema::primary_key_columns(found_);
    if (model_columns == found_columns) return;
    std::vector<Operation> up;
    std::vector<Operation> down;
    if (!found_columns.empty()) {
      up.push_back(
          DropConstraint{found_undecided_.primary_key.name, model_.name, ConstraintType::kPrimary, found_columns});
      down.push_back(CreatePrimaryKey{found_undecided_.primary_key.name, model_.name, found_columns});
    }
    if (!model_columns.empty()) {
      up.push_back(CreatePrimaryKey{model_.primary_key.name, model_.name, model_columns});
      down.insert(down.begin(),
                  DropConstraint{model_.primary_key.name, model_.name, ConstraintType::kPrimary, model_columns});
    }
    add("modify_primary_key", "PRIMARY KEY", columns_text(found_columns), columns_text(model_columns), up, down);
  }

  void indexes() {
    std::set<std::string> matched;
    for (const Index& m : model_.indexes) {
      auto f = std::find_if(found_.indexes.begin(), found_.indexes.end(),
                            [&](const Index& i) { return i.name == m.name; });
      if (f != found_.indexes.end()) {
        matched.insert(f->name);
        if (f->columns == m.columns && f->unique == m.unique) continue;
        remove_index(*f);
      }
      add("add_index", m.name, "", index_text(m), {CreateIndex{m.name, model_.name, m.columns, m.unique}},
          {DropIndex{m.name, model_.name}});
    }
    for (const Index& f : found_.indexes) {
      if (matched.count(f.name) == 0) remove_index(f);
    }
  }

  void remove_index(const Index& f) {
    add("remove_index", f.name, index_text(f), "", {DropIndex{f.name, model_.name}},
        {CreateIndex{f.name, model_.name, f.columns, f.unique}});
  }

  void unique_constraints() {
    std::vector<bool> used(found_.unique_constraints.size(), false);
    const auto find = [&](const auto& matches) -> std::optional<std::size_t> {
      for (std::size_t i = 0; i < used.size(); ++i) {
        if (!used[i] && matches(found_.unique_constraints[i])) return i;
      }
      return std::nullopt;
    };
    for (const UniqueConstraint& m : model_.unique_constraints) {
      std::optional<std::size_t> at = find([&](const UniqueConstraint& f) {
        return f.columns == m.columns && (m.name.empty() || f.name == m.name);
      });
      if (at) {
        used[*at] = true;
        continue;
      }
      add("add_constraint", constraint_object(m.name, m.columns), "", "UNIQUE " + columns_text(m.columns),
          {CreateUniqueConstraint{m.name, model_.name, m.columns}},
          {DropConstraint{m.name, model_.name, ConstraintType::kUnique, m.columns}});
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
      if (used[i]) continue;
      const UniqueConstraint& f = found_.unique_constraints[i];
      const std::string& declared = found_undecided_.unique_constraints[i].name;
      add("remove_constraint", constraint_object(declared, f.columns), "UNIQUE " + columns_text(f.columns), "",
          {DropConstraint{declared, model_.name, ConstraintType::kUnique, f.columns}},
          {CreateUniqueConstraint{declared, model_.name, f.columns}});
    }
  }

  void foreign_keys() {
    std::vector<bool> used(found_.foreign_keys.size(), false);
    for (const ForeignKey& m : model_.foreign_keys) {
      bool matched = false;
      for (std::size_t i = 0; i < used.size() && !matched; ++i) {
        const ForeignKey& f = found_.foreign_keys[i];
        if (used[i] || f.columns != m.columns || f.ref_table != m.ref_table || f.ref_columns != m.ref_columns) continue;
        if (!m.name.empty() && f.name != m.name) continue;
        if (action(f.ondelete) != action(m.ondelete) || action(f.onupdate) != action(m.onupdate)) continue;
        used[i] = matched = true;
      }
      if (matched) continue;
      add("add_fk", constraint_object(m.name, m.columns), "", foreign_key_text(m), {create_key(m)},
          {DropConstraint{m.name, model_.name, ConstraintType::kForeignKey, m.columns}});
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
      if (used[i]) continue;
      const ForeignKey& f = found_.foreign_keys[i];
      ForeignKey declared = f;
      declared.name = found_undecided_.foreign_keys[i].name;
      add("remove_fk", constraint_object(declared.name, f.columns), foreign_key_text(f), "",
          {DropConstraint{declared.name, model_.name, ConstraintType::kForeignKey, f.columns}},
          {create_key(declared)});
    }
  }

  CreateForeignKey create_key(const ForeignKey& key) const {
    return CreateForeignKey{key.name,    model_.name,  key.ref_table, key.columns,
                            key.ref_columns, key.onupdate, key.ondelete};
  }

  // Named checks by name, unnamed ones by their text (Alembic compares none).
  void check_constraints() {
    const auto same = [](const CheckConstraint& a, const CheckConstraint& b) {
      return a.name.empty() || b.name.empty() ? a.sql == b.sql : a.name == b.name;
    };
    for (const CheckConstraint& m : model_.check_constraints) {
      if (std::any_of(found_.check_constraints.begin(), found_.check_constraints.end(),
                      [&](const CheckConstraint& f) { return same(f, m); })) {
        continue;
      }
      add("add_constraint", m.name.empty() ? "CHECK (" + m.sql + ")" : m.name, "", "CHECK (" + m.sql + ")",
          {CreateCheckConstraint{m.name, model_.name, m.sql}},
          {DropConstraint{m.name, model_.name, ConstraintType::kCheck, {}}});
    }
    for (const CheckConstraint& f : found_.check_constraints) {
      if (std::any_of(model_.check_constraints.begin(), model_.check_constraints.end(),
                      [&](const CheckConstraint& m) { return same(f, m); })) {
        continue;
      }
      add("remove_constraint", f.name.empty() ? "CHECK (" + f.sql + ")" : f.name, "CHECK (" + f.sql + ")", "",
          {DropConstraint{f.name, model_.name, ConstraintType::kCheck, {}}},
          {CreateCheckConstraint{f.name, model_.name, f.sql}});
    }
  }

  const dialect::Dialect& dialect_;
  const DatabaseRules& rules_;
  Table model_;
  Table found_;
  Table found_undecided_;
  std::vector<Difference>& out_;
};

std::vector<std::string> column_names(const Table& table) {
  std::vector<std::string> names;
  for (const Column& c : table.columns) names.push_back(c.name);
  return names;
}

// Applies the --rename hints to a copy of the found schema, recording each.
schema::Schema renamed(const schema::Schema& found, const std::vector<Table>& model, const ComparisonOptions& options,
                       const dialect::Dialect& dialect, std::vector<Difference>& out) {
  schema::Schema copy = found;
  const auto in_model = [&](const std::string& name) {
    return std::any_of(model.begin(), model.end(), [&](const Table& t) { return t.name == name; });
  };
  for (const Rename& r : options.renames) {
    if (!r.table.empty()) continue;
    Table* table = copy.find_table(r.from);
    if (table == nullptr) throw Error("--rename " + r.from + ":" + r.to + ": there is no table '" + r.from + "'");
    if (!in_model(r.to) || copy.find_table(r.to) != nullptr) {
      throw Error("--rename " + r.from + ":" + r.to + ": the model has no new table '" + r.to + "'");
    }
    out.push_back(Difference{"rename_table", r.to, "", r.from, r.to, {RenameTable{r.from, r.to}},
                             {RenameTable{r.to, r.from}}});
    schema::apply(copy, RenameTable{r.from, r.to}, dialect.rules());
  }
  for (const Rename& r : options.renames) {
    if (r.table.empty()) continue;
    const std::string hint = "--rename " + r.table + "." + r.from + ":" + r.to;
    const Table* table = copy.find_table(r.table);
    if (table == nullptr || schema::find_column(*table, r.from) == nullptr) {
      throw Error(hint + ": there is no column '" + r.from + "' in table '" + r.table + "'");
    }
    const auto model_table = std::find_if(model.begin(), model.end(), [&](const Table& t) { return t.name == r.table; });
    if (schema::find_column(*table, r.to) != nullptr || model_table == model.end() ||
        !contains(column_names(*model_table), r.to)) {
      throw Error(hint + ": the model has no new column '" + r.to + "' in table '" + r.table + "'");
    }
    const Column& from = schema::column_of(*table, r.from);
    AlterColumn up{.table = r.table, .column = r.from, .new_name = r.to, .existing_type = from.type,
                   .existing_server_default = from.server_default, .existing_nullable = from.nullable};
    AlterColumn down = up;
    down.column = r.to;
    down.new_name = r.from;
    out.push_back(Difference{"rename_column", r.table, r.to, r.from, r.to, {up}, {down}});
    schema::apply(copy, up, dialect.rules());
  }
  return copy;
}

}  // namespace

// PostgreSQL and MariaDB give a generated column's expression back rewritten
// (casts spelled out, parentheses and quotes added, case and spacing changed,
// a parenthesised list as ROW(...)), so all of that is left out on both
// sides; string literals are kept as they are.
std::string comparable_expression(const std::string& sql) {
  const auto word = [&](std::size_t i) {
    return i < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '_');
  };
  std::string out;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') {  // a literal, whole
      const std::size_t end = sql.find('\'', i + 1);
      out.append(sql, i, end == std::string::npos ? std::string::npos : end - i + 1);
      if (end == std::string::npos) break;
      i = end;
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {  // a cast: ::type
      for (i += 2; word(i) || (i < sql.size() && sql[i] == ' ' && word(i + 1)); ++i) {
      }
      --i;
    } else if ((i == 0 || !word(i - 1)) && i + 3 < sql.size() && lower(sql.substr(i, 4)) == "row(") {
      i += 2;  // ROW(a, b) is PostgreSQL's spelling of (a, b)
    } else if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')' && c != '`' && c != '"') {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::vector<Difference> compare(const std::vector<Table>& model, const schema::Schema& found,
                                const dialect::Dialect& dialect, const ComparisonOptions& options) {
  std::vector<Difference> out;
  const schema::Schema schema = renamed(found, model, options, dialect, out);
  for (const Table& m : model) {
    const Table* f = schema.find_table(m.name);
    if (f == nullptr) {
      out.push_back(Difference{"add_table", m.name, "", "", text::join(column_names(m), ", "), {CreateTable{m}},
                               {DropTable{m.name}}});
      continue;
    }
    TableComparison(m, *f, dialect, out).run();
  }
  for (const Table& f : schema.tables) {
    if (std::any_of(model.begin(), model.end(), [&](const Table& t) { return t.name == f.name; })) continue;
    out.push_back(Difference{"remove_table", f.name, "", text::join(column_names(f), ", "), "",
                             {DropTable{f.name}}, {CreateTable{undecided_names(f, dialect.rules())}}});
  }
  return out;
}

}  // namespace dbm::autogenerate
