// Revision 008: add security_groups field to node groups.
// The security_groups list, on the three node-group tables.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("security_groups", json_encoded()));
  op.add_column("node_groups", column("security_groups", json_encoded()));
  op.add_column("templates_relations", column("security_groups", json_encoded()));
}

}  // namespace

DBM_REVISION({
    .id = "008",
    .down = {"007"},
    .message = "add security_groups field to node groups",
    .create_date = "2014-07-15 14:31:49.685689",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
