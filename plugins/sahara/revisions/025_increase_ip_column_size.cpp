// Revision 025: Increase internal_ip and management_ip column size to work with IPv6.
// Upstream names no existing type: MySQL's MODIFY takes the rest of the
// column from the schema as it stands. On SQLite (where Alembic fails) the
// table is rebuilt.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

AlterColumn widen(std::string column) {
  return {.table = "instances", .column = std::move(column), .nullable = true, .type = types::string(45)};
}

void upgrade(Operations& op) {
  op.alter_column(widen("internal_ip"));
  op.alter_column(widen("management_ip"));
}

}  // namespace

DBM_REVISION({
    .id = "025",
    .down = {"024"},
    .message = "Increase internal_ip and management_ip column size to work with IPv6",
    .create_date = "2015-07-17 09:58:22.128263",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
