// Revision 010: add auto_security_groups flag to node group.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("auto_security_group", types::boolean()));
  op.add_column("node_groups", column("auto_security_group", types::boolean()));
  op.add_column("templates_relations", column("auto_security_group", types::boolean()));
  op.add_column("node_groups", column("open_ports", json_encoded()));
}

}  // namespace

DBM_REVISION({
    .id = "010",
    .down = {"009"},
    .message = "add auto_security_groups flag to node group",
    .create_date = "2014-07-21 14:31:49.685689",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
