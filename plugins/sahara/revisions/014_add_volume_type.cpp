// Revision 014: add_volume_type.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("volume_type", types::string(255)));
  op.add_column("node_groups", column("volume_type", types::string(255)));
  op.add_column("templates_relations", column("volume_type", types::string(255)));
}

}  // namespace

DBM_REVISION({
    .id = "014",
    .down = {"013"},
    .message = "add_volume_type",
    .create_date = "2014-10-09 12:47:17.871520",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
