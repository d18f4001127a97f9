// Revision 013: add volumes_availability_zone field to node groups.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("volumes_availability_zone", types::string(255)));
  op.add_column("node_groups", column("volumes_availability_zone", types::string(255)));
  op.add_column("templates_relations", column("volumes_availability_zone", types::string(255)));
}

}  // namespace

DBM_REVISION({
    .id = "013",
    .down = {"012"},
    .message = "add volumes_availability_zone field to node groups",
    .create_date = "2014-09-08 15:37:00.000000",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
