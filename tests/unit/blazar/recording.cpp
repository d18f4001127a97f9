// Recording blazar operations with a fake Context and one-line descriptions
// of them; see recording.h.
#include "recording.h"

#include <stdexcept>

#include "blazar_plugin.h"

namespace dbm::blazar::test {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

std::string constraint_kind(ConstraintType type) {
  switch (type) {
    case ConstraintType::kForeignKey: return "foreignkey";
    case ConstraintType::kUnique: return "unique";
    case ConstraintType::kCheck: return "check";
    case ConstraintType::kPrimary: return "primary";
  }
  return "?";
}

struct Describer {
  const std::string& dialect;

  std::string operator()(const CreateTable& o) const { return "create_table " + o.table.name; }
  std::string operator()(const DropTable& o) const { return "drop_table " + o.table; }
  std::string operator()(const RenameTable& o) const { return "rename_table " + o.table + " " + o.new_name; }
  std::string operator()(const AddColumn& o) const {
    return "add_column " + o.table + "." + o.column.name + (o.column.nullable ? "" : " NOT NULL");
  }
  std::string operator()(const DropColumn& o) const { return "drop_column " + o.table + "." + o.column; }
  std::string operator()(const AlterColumn& o) const {
    std::string s = "alter_column " + o.table + "." + o.column;
    if (o.new_name) s += " rename " + *o.new_name;
    if (o.nullable) s += *o.nullable ? " nullable" : " not_null";
    return s;
  }
  std::string operator()(const CreateIndex& o) const { return "create_index " + o.name; }
  std::string operator()(const DropIndex& o) const { return "drop_index " + o.name; }
  std::string operator()(const CreateForeignKey& o) const {
    return "create_foreign_key " + o.name + " " + o.table + "(" + join(o.columns) + ") " + o.ref_table + "(" +
           join(o.ref_columns) + ")";
  }
  std::string operator()(const CreateUniqueConstraint& o) const {
    return "create_unique_constraint " + o.name + " " + o.table + "(" + join(o.columns) + ")";
  }
  std::string operator()(const CreateCheckConstraint& o) const { return "create_check " + o.name; }
  std::string operator()(const CreatePrimaryKey& o) const { return "create_primary_key " + o.name; }
  std::string operator()(const DropConstraint& o) const {
    return "drop_constraint " + constraint_kind(o.type) + " " + o.table + " " +
           (o.name.empty() ? "(" + join(o.columns) + ")" : o.name);
  }
  std::string operator()(const Execute& o) const {
    const std::string& sql = o.sql_for(dialect);
    return sql.empty() ? "execute (none)" : "execute " + sql;
  }
  std::string operator()(const BulkInsert& o) const { return "bulk_insert " + o.table; }
  std::string operator()(const OnlineCallback& o) const { return "online " + o.description; }
  std::string operator()(const AlterColumnKeepingForeignKeys& o) const {
    return "alter_column_keeping_foreign_keys " + (*this)(o.alter);
  }
  std::string operator()(const AlterEnum& o) const { return "alter_enum " + o.name + " " + join(o.values); }
};

}  // namespace

std::vector<Operation> record(const Revision& revision, const std::string& dialect, Direction direction) {
  FakeContext context(dialect);
  Operations op(context, revision.id);
  const MigrationFn fn = direction == Direction::kUp ? revision.upgrade : revision.downgrade;
  if (fn == nullptr) throw std::logic_error("revision " + revision.id + " has no such direction");
  fn(op);
  return op.operations();
}

std::vector<std::string> describe(const std::vector<Operation>& ops, const std::string& dialect) {
  std::vector<std::string> out;
  for (const auto& o : ops) out.push_back(std::visit(Describer{dialect}, o));
  return out;
}

std::vector<std::string> summary(const std::string& id, const std::string& dialect, Direction direction) {
  return describe(record(revision(id), dialect, direction), dialect);
}

const Revision& revision(const std::string& id) {
  for (const auto& r : plugin().revisions) {
    if (r.id == id) return r;
  }
  throw std::out_of_range("no blazar revision " + id);
}

}  // namespace dbm::blazar::test
