// Revision 023: add_use_autoconfig.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("clusters", column("use_autoconfig", types::boolean()));
  op.add_column("cluster_templates", column("use_autoconfig", types::boolean()));
  op.add_column("node_group_templates", column("use_autoconfig", types::boolean()));
  op.add_column("node_groups", column("use_autoconfig", types::boolean()));
  op.add_column("templates_relations", column("use_autoconfig", types::boolean()));
}

}  // namespace

DBM_REVISION({
    .id = "023",
    .down = {"022"},
    .message = "add_use_autoconfig",
    .create_date = "2015-04-24 14:51:39.582085",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
