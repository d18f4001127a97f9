// Revision 035: boot from volume enhancements.
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.add_column("node_group_templates", column("boot_volume_availability_zone", types::string(255)));
  op.add_column("node_group_templates", column("boot_volume_local_to_instance", types::boolean()));
  op.add_column("node_group_templates", column("boot_volume_type", types::string(255)));
  op.add_column("node_groups", column("boot_volume_availability_zone", types::string(255)));
  op.add_column("node_groups", column("boot_volume_local_to_instance", types::boolean()));
  op.add_column("node_groups", column("boot_volume_type", types::string(255)));
  op.add_column("templates_relations", column("boot_volume_availability_zone", types::string(255)));
  op.add_column("templates_relations", column("boot_volume_local_to_instance", types::boolean()));
  op.add_column("templates_relations", column("boot_volume_type", types::string(255)));
}

}  // namespace

DBM_REVISION({
    .id = "035",
    .down = {"034"},
    .message = "boot from volume enhancements",
    .create_date = "2019-01-07 19:55:54.025736",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
