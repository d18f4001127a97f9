// Revision 7b3e9f0a1c24: two live widgets may not share a name; a deleted one
// may share it with anything.
//
// A per-dialect branch, because the intent has two spellings: PostgreSQL and
// SQLite have partial indexes (unique among the rows WHERE deleted = 0);
// MySQL has none, so there the pair (name, deleted) is unique instead, which
// soft delete makes the same rule (a deleted row's `deleted` is its own id).
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::widget {
namespace {

void upgrade(Operations& op) {
  if (op.dialect() == "mysql") {
    op.create_unique_constraint({.name = "uniq_widgets0name0deleted", .table = "widgets", .columns = {"name", "deleted"}});
    return;
  }
  op.execute("CREATE UNIQUE INDEX uniq_widgets_live_name ON widgets (name) WHERE deleted = 0");
}

void downgrade(Operations& op) {
  if (op.dialect() == "mysql") {
    op.drop_constraint({.name = "uniq_widgets0name0deleted", .table = "widgets", .type = ConstraintType::kUnique});
    return;
  }
  op.execute("DROP INDEX uniq_widgets_live_name");
}

}  // namespace

DBM_REVISION({
    .id = "7b3e9f0a1c24",
    .down = {"4a1d2c3b5e60"},
    .message = "unique live widget names",
    .create_date = "2024-05-13 15:40:07.201664",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::widget
