// Revision 034: Add boot_from_volumes field for node_groups and related classes.
// NOT NULL with no server default, as upstream: it only works while the
// three tables are empty (PostgreSQL and SQLite refuse it on rows; MariaDB
// fills false).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("boot_from_volume", types::boolean()).not_null());
  op.add_column("node_groups", column("boot_from_volume", types::boolean()).not_null());
  op.add_column("templates_relations", column("boot_from_volume", types::boolean()).not_null());
}

}  // namespace

DBM_REVISION({
    .id = "034",
    .down = {"033"},
    .message = "Add boot_from_volumes field for node_groups and related classes",
    .create_date = "2018-06-06 17:36:04.749264",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
