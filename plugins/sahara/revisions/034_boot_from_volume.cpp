// Revision 034: Add boot_from_volumes field for node_groups and related classes.
// NOT NULL with no server default. Upstream adds it so in one step, which
// PostgreSQL and SQLite refuse once a table has rows: a deployment with any
// node group cannot upgrade there (MariaDB fills false). Here it is added
// nullable, existing rows get false (MariaDB's value: they did not boot from
// volume before the option existed), then it is made NOT NULL: the schema
// is upstream's.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  const Column boot_from_volume = column("boot_from_volume", types::boolean()).not_null();
  for (const char* table : {"node_group_templates", "node_groups", "templates_relations"}) {
    add_column_filling_rows(op, table, boot_from_volume, "FALSE");
  }
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
