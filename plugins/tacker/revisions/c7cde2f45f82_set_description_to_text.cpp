// Revision c7cde2f45f82: description becomes TEXT on vims, devices and
// devicetemplates. As upstream gives only the new type, MySQL's MODIFY
// restates the column as nullable TEXT without a default (devices loses its
// '' default there); PostgreSQL changes the type alone.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"vims", "devices", "devicetemplates"}) {
    op.alter_column({.table = table, .column = "description", .type = types::text()});
  }
}

}  // namespace

DBM_REVISION({
    .id = "c7cde2f45f82",
    .down = {"6e56d4474b2a"},
    .message = "set-description-to-text",
    .create_date = "2016-06-01 10:58:43.022668",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
