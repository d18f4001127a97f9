// Replay of each operation kind on the in-memory schema. What a database does
// implicitly is modelled here: dropped columns take their constraints along
// (MySQL shrinks multi-column keys instead), renames follow into keys and
// foreign keys, MySQL's MODIFY restates the whole column.
#include "schema/replay.h"

#include <algorithm>
#include <type_traits>

#include "base/error.h"
#include "schema/constraint_names.h"
#include "schema/mysql_alter.h"

namespace dbm::schema {
namespace {

[[noreturn]] void fail(const std::string& message) { throw Error(message); }

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Column& column_ref(Table& table, std::string_view name) {
  return const_cast<Column&>(column_of(table, name));
}

// Records the enum type `column` uses. Where enum types are shared by name
// (PostgreSQL), a column declared with a type that exists already gets it as
// it was created, whatever labels it declares (tacker's #64 declares 11 of
// the 12 labels #62 created its type with), as far as a column of that type
// is still there to tell.
void remember_enum(Schema& schema, Column& column, const DatabaseRules& rules) {
  if (column.type.kind != TypeKind::kEnum || column.type.enum_name.empty()) return;
  if (!contains(schema.enum_types, column.type.enum_name)) {
    schema.enum_types.push_back(column.type.enum_name);
    return;
  }
  if (!rules.enum_types_are_shared) return;
  for (const Table& table : schema.tables) {
    for (const Column& other : table.columns) {
      if (&other != &column && other.type.kind == TypeKind::kEnum && other.type.enum_name == column.type.enum_name) {
        column.type.enum_values = other.type.enum_values;
        return;
      }
    }
  }
}

// Column::unique / Column::index become table-level entries, as SQLAlchemy
// turns them into a UniqueConstraint / Index when the column joins a table.
void expand_shorthands(Table& table, Column& column) {
  if (column.index) {
    table.indexes.push_back(
        Index{"ix_" + table.name + "_" + column.name, table.name, {column.name}, column.unique});
  } else if (column.unique) {
    table.unique_constraints.push_back(UniqueConstraint{"", {column.name}});
  }
  column.index = false;
  column.unique = false;
}

void sync_primary_key(Table& table) {
  table.primary_key.columns = primary_key_columns(table);
  for (auto& c : table.columns) {
    c.primary_key = contains(table.primary_key.columns, c.name);
    if (c.primary_key) c.nullable = false;
  }
  if (table.primary_key.columns.empty()) table.primary_key.name.clear();
}

// MySQL removes a dropped column from multi-column keys; the others drop the key.
template <typename Keyed>
void drop_column_from(std::vector<Keyed>& keyed, const std::string& column, bool shrink) {
  for (auto it = keyed.begin(); it != keyed.end();) {
    auto& cols = it->columns;
    if (!contains(cols, column)) {
      ++it;
    } else if (shrink && cols.size() > 1) {
      cols.erase(std::find(cols.begin(), cols.end(), column));
      ++it;
    } else {
      it = keyed.erase(it);
    }
  }
}

void rename_in(std::vector<std::string>& columns, const std::string& from, const std::string& to) {
  std::replace(columns.begin(), columns.end(), from, to);
}

void rename_column(Schema& schema, Table& table, const std::string& from, const std::string& to) {
  if (find_column(table, to) != nullptr) {
    fail("column " + quoted(to) + " already exists in table " + quoted(table.name));
  }
  column_ref(table, from).name = to;
  rename_in(table.primary_key.columns, from, to);
  for (auto& fk : table.foreign_keys) rename_in(fk.columns, from, to);
  for (auto& uc : table.unique_constraints) rename_in(uc.columns, from, to);
  for (auto& ix : table.indexes) rename_in(ix.columns, from, to);
  for (auto& other : schema.tables) {
    for (auto& fk : other.foreign_keys) {
      if (fk.ref_table == table.name) rename_in(fk.ref_columns, from, to);
    }
  }
}

void apply_op(Schema& schema, const CreateTable& op, const DatabaseRules& rules) {
  if (schema.find_table(op.table.name) != nullptr) {
    fail("table " + quoted(op.table.name) + " already exists");
  }
  Table table = normalized_table(op.table, schema, rules);
  for (auto& c : table.columns) remember_enum(schema, c, rules);
  schema.tables.push_back(std::move(table));
}

void apply_op(Schema& schema, const DropTable& op, const DatabaseRules&) {
  schema.table(op.table);
  std::erase_if(schema.tables, [&](const Table& t) { return t.name == op.table; });
}

void apply_op(Schema& schema, const RenameTable& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  if (schema.find_table(op.new_name) != nullptr) {
    fail("table " + quoted(op.new_name) + " already exists");
  }
  table.name = op.new_name;
  for (auto& ix : table.indexes) ix.table = op.new_name;
  if (rules.foreign_key_names_follow_table) {
    // InnoDB renames the foreign keys it named itself along with the table.
    const std::string old_prefix = op.table + "_ibfk_";
    for (auto& fk : table.foreign_keys) {
      if (fk.name.rfind(old_prefix, 0) == 0) {
        fk.name = op.new_name + "_ibfk_" + fk.name.substr(old_prefix.size());
      }
    }
  }
  for (auto& other : schema.tables) {
    for (auto& fk : other.foreign_keys) {
      if (fk.ref_table == op.table) fk.ref_table = op.new_name;
    }
  }
}

void apply_op(Schema& schema, const AddColumn& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  if (find_column(table, op.column.name) != nullptr) {
    fail("column " + quoted(op.column.name) + " already exists in table " + quoted(op.table));
  }
  Column column = op.column;
  column.primary_key = false;
  expand_shorthands(table, column);
  remember_enum(schema, column, rules);
  table.columns.push_back(std::move(column));
  if (rules.name_constraints != nullptr) rules.name_constraints(table, schema);
}

void apply_op(Schema& schema, const DropColumn& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  column_of(table, op.column);
  const bool shrink = rules.drop_column_shrinks_keys;
  std::erase_if(table.columns, [&](const Column& c) { return c.name == op.column; });
  std::erase_if(table.foreign_keys,
                [&](const ForeignKey& fk) { return contains(fk.columns, op.column); });
  std::erase_if(table.check_constraints,
                [&](const CheckConstraint& ck) { return check_mentions(ck, op.column); });
  drop_column_from(table.unique_constraints, op.column, shrink);
  drop_column_from(table.indexes, op.column, shrink);
  auto& pk = table.primary_key.columns;
  if (contains(pk, op.column)) {
    if (shrink && pk.size() > 1) {
      pk.erase(std::find(pk.begin(), pk.end(), op.column));
    } else {
      pk.clear();
    }
  }
  sync_primary_key(table);
}

void apply_op(Schema& schema, const AlterColumn& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  Column& column = column_ref(table, op.column);
  const Type before = column.type;
  if (rules.alter_column_restates) {
    const MysqlAlter plan = plan_mysql_alter(op, column);
    if (plan.kind == MysqlAlter::Kind::kAlterDefault) {
      column.server_default = plan.server_default;
    } else if (plan.kind != MysqlAlter::Kind::kNone) {
      column.type = plan.type;
      column.nullable = plan.nullable;
      column.server_default = plan.server_default;
    }
  } else {
    if (op.type) column.type = *op.type;
    if (op.nullable) column.nullable = *op.nullable;
    if (op.server_default) column.server_default = *op.server_default;
  }
  // Its own type, declared again (with other labels): the type stays as it is.
  if (rules.enum_types_are_shared && before.kind == TypeKind::kEnum && column.type.kind == TypeKind::kEnum &&
      before.enum_name == column.type.enum_name) {
    column.type.enum_values = before.enum_values;
  }
  remember_enum(schema, column, rules);
  if (op.new_name && *op.new_name != op.column) rename_column(schema, table, op.column, *op.new_name);
}

void apply_op(Schema& schema, const CreateIndex& op, const DatabaseRules&) {
  Table& table = schema.table(op.table);
  for (const auto& c : op.columns) column_of(table, c);
  for (const auto& ix : table.indexes) {
    if (ix.name == op.name) {
      fail("index " + quoted(ix.name) + " already exists on table " + quoted(table.name));
    }
  }
  table.indexes.push_back(index_of(op));
}

void apply_op(Schema& schema, const DropIndex& op, const DatabaseRules& rules) {
  for (auto& table : schema.tables) {
    if (!op.table.empty() && table.name != op.table) continue;
    const auto before = table.indexes.size();
    std::erase_if(table.indexes, [&](const Index& ix) { return ix.name == op.name; });
    if (table.indexes.size() != before) return;
    if (rules.unique_constraints_are_indexes) {
      const auto uniques = table.unique_constraints.size();
      std::erase_if(table.unique_constraints,
                    [&](const UniqueConstraint& uc) { return uc.name == op.name; });
      if (table.unique_constraints.size() != uniques) return;
    }
  }
  fail("index " + quoted(op.name) + " does not exist" +
       (op.table.empty() ? std::string() : " on table " + quoted(op.table)));
}

// InnoDB (MariaDB) gives a key created under a name an index of that name,
// in place of the one it had made for a key on those columns that was
// dropped since: tacker's f958f58e5daa, dropping and re-creating its keys,
// turns the index `template_id` into devicetemplateattributes_ibfk_1.
void adopt_innodb_index(Table& table, const CreateForeignKey& op) {
  const bool still_used = std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                                      [&](const ForeignKey& k) { return k.columns == op.columns; });
  if (still_used || op.columns.empty()) return;
  Table former = table;
  former.foreign_keys = {ForeignKey{.columns = op.columns}};
  for (Index& index : table.indexes) {
    if (innodb_made_index(index, former)) {
      index.name = op.name;
      return;
    }
  }
}

void apply_op(Schema& schema, const CreateForeignKey& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  for (const auto& c : op.columns) column_of(table, c);
  // A database refuses a second key of one name on a table, so a key still
  // holding the name here was dropped by raw SQL, which replay cannot read
  // (tacker's 4c0e2e2c2e02 drops its keys by name in SQL and creates them
  // again under the same names).
  if (!op.name.empty()) std::erase_if(table.foreign_keys, [&](const ForeignKey& k) { return k.name == op.name; });
  if (rules.foreign_keys_create_indexes && !op.name.empty()) adopt_innodb_index(table, op);
  table.foreign_keys.push_back(foreign_key_of(op));
  if (rules.name_constraints != nullptr) rules.name_constraints(table, schema);
}

void apply_op(Schema& schema, const CreateUniqueConstraint& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  for (const auto& c : op.columns) column_of(table, c);
  table.unique_constraints.push_back(unique_constraint_of(op));
  if (rules.name_constraints != nullptr) rules.name_constraints(table, schema);
}

void apply_op(Schema& schema, const CreateCheckConstraint& op, const DatabaseRules&) {
  schema.table(op.table).check_constraints.push_back(check_constraint_of(op));
}

void apply_op(Schema& schema, const CreatePrimaryKey& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  for (const auto& c : op.columns) column_of(table, c);
  if (!primary_key_columns(table).empty()) {
    fail("table " + quoted(op.table) + " already has a primary key");
  }
  table.primary_key = primary_key_of(op);
  sync_primary_key(table);
  if (rules.name_constraints != nullptr) rules.name_constraints(table, schema);
}

std::string type_name(ConstraintType type) {
  switch (type) {
    case ConstraintType::kForeignKey: return "foreign key";
    case ConstraintType::kUnique: return "unique constraint";
    case ConstraintType::kCheck: return "check constraint";
    case ConstraintType::kPrimary: return "primary key";
  }
  return "constraint";
}

// Removes the constraint; false when nothing matched.
bool drop_matching(Table& table, const DropConstraint& op, const DatabaseRules& rules) {
  const bool by_columns = op.name.empty();
  auto matches = [&](const std::string& name, const std::vector<std::string>& columns) {
    return by_columns ? columns == op.columns : name == op.name;
  };
  auto erase = [&](auto& items) {
    const auto before = items.size();
    std::erase_if(items, [&](const auto& item) { return matches(item.name, item.columns); });
    return items.size() != before;
  };
  switch (op.type) {
    case ConstraintType::kForeignKey:
      return erase(table.foreign_keys);
    case ConstraintType::kUnique:
      return erase(table.unique_constraints) || (rules.unique_constraints_are_indexes && erase(table.indexes));
    case ConstraintType::kCheck: {
      const auto before = table.check_constraints.size();
      std::erase_if(table.check_constraints,
                    [&](const CheckConstraint& ck) { return !by_columns && ck.name == op.name; });
      return table.check_constraints.size() != before;
    }
    case ConstraintType::kPrimary: {
      const auto pk = primary_key_columns(table);
      const bool hit =
          !pk.empty() && (by_columns ? pk == op.columns
                                     : (rules.primary_key_name_is_fixed || table.primary_key.name.empty() ||
                                        table.primary_key.name == op.name));
      if (hit) {
        table.primary_key = PrimaryKey{};
        for (auto& c : table.columns) c.primary_key = false;
      }
      return hit;
    }
  }
  return false;
}

void apply_op(Schema& schema, const DropConstraint& op, const DatabaseRules& rules) {
  Table& table = schema.table(op.table);
  if (drop_matching(table, op, rules) || op.name.empty()) return;
  fail(type_name(op.type) + " " + quoted(op.name) + " does not exist on table " + quoted(op.table));
}

void apply_op(Schema& schema, const AlterColumnKeepingForeignKeys& op, const DatabaseRules& rules) {
  for (const Operation& step : expanded(op, schema)) apply(schema, step, rules);
}

// Where enum types are shared by name (PostgreSQL) the type's labels change,
// and so every column of that type; elsewhere each listed column is altered.
void apply_op(Schema& schema, const AlterEnum& op, const DatabaseRules& rules) {
  if (!rules.enum_types_are_shared) {
    for (const Operation& step : expanded(op, schema)) apply(schema, step, rules);
    return;
  }
  require_enum_type(op, schema);
  for (Table& table : schema.tables) {
    for (Column& column : table.columns) {
      if (column.type.kind == TypeKind::kEnum && column.type.enum_name == op.name) column.type.enum_values = op.values;
    }
  }
}

// Raw SQL is not read: what its revision says it does is replayed instead.
void apply_op(Schema& schema, const Execute& op, const DatabaseRules& rules) {
  if (op.schema_change_operations == nullptr) return;
  for (const Operation& step : op.schema_change_operations->operations) apply(schema, step, rules);
}
void apply_op(Schema&, const BulkInsert&, const DatabaseRules&) {}
void apply_op(Schema&, const OnlineCallback&, const DatabaseRules&) {}

}  // namespace

std::vector<Operation> expanded(const AlterColumnKeepingForeignKeys& op, const Schema& schema) {
  const AlterColumn& alter = op.alter;
  auto renamed = [&](std::vector<std::string> columns, const std::string& table) {
    if (!alter.new_name || table != alter.table) return columns;
    std::replace(columns.begin(), columns.end(), alter.column, *alter.new_name);
    return columns;
  };
  std::vector<Operation> drops;
  std::vector<Operation> creates;
  for (const std::string& name : op.tables) {
    const Table* table = schema.find_table(name);
    if (table == nullptr) fail("table " + quoted(name) + " does not exist");
    for (const ForeignKey& fk : table->foreign_keys) {
      if (!op.column.empty() && std::find(fk.columns.begin(), fk.columns.end(), op.column) == fk.columns.end()) {
        continue;
      }
      drops.emplace_back(DropConstraint{.name = fk.name, .table = name, .type = ConstraintType::kForeignKey,
                                        .columns = fk.columns});
      creates.emplace_back(CreateForeignKey{.name = fk.name,
                                            .table = name,
                                            .ref_table = fk.ref_table,
                                            .columns = renamed(fk.columns, name),
                                            .ref_columns = renamed(fk.ref_columns, fk.ref_table),
                                            .ondelete = fk.ondelete});
    }
  }
  std::vector<Operation> out = std::move(drops);
  out.emplace_back(alter);
  out.insert(out.end(), std::make_move_iterator(creates.begin()), std::make_move_iterator(creates.end()));
  return out;
}

void require_enum_type(const AlterEnum& op, const Schema& schema) {
  if (!contains(schema.enum_types, op.name)) fail("enum type " + quoted(op.name) + " does not exist");
  for (const TableColumn& listed : op.columns) {
    const Column& column = column_of(schema.table(listed.table), listed.column);
    if (column.type.kind != TypeKind::kEnum || column.type.enum_name != op.name) {
      fail("column " + quoted(listed.table + "." + listed.column) + " does not use enum type " + quoted(op.name));
    }
  }
}

std::vector<Operation> expanded(const AlterEnum& op, const Schema& schema) {
  std::vector<Operation> out;
  for (const TableColumn& listed : op.columns) {
    const Column& column = column_of(schema.table(listed.table), listed.column);
    out.emplace_back(AlterColumn{.table = listed.table,
                                 .column = listed.column,
                                 .type = types::enumeration(op.name, op.values),
                                 .existing_type = column.type,
                                 .existing_server_default = column.server_default,
                                 .existing_nullable = column.nullable});
  }
  return out;
}

Table normalized_table(const Table& declared, const Schema& schema, const DatabaseRules& rules) {
  Table table = declared;
  table.columns.clear();
  for (Column column : declared.columns) {
    expand_shorthands(table, column);
    table.columns.push_back(std::move(column));
  }
  for (auto& ix : table.indexes) ix.table = table.name;
  sync_primary_key(table);
  if (rules.name_constraints != nullptr) rules.name_constraints(table, schema);
  return table;
}

void apply(Schema& schema, const Operation& op, const DatabaseRules& rules) {
  std::visit([&](const auto& concrete) { apply_op(schema, concrete, rules); }, op);
}

Schema replay(const std::vector<Operation>& ops, const DatabaseRules& rules) {
  Schema schema;
  for (const auto& op : ops) apply(schema, op, rules);
  return schema;
}

}  // namespace dbm::schema
