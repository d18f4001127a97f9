// Revision 015: add_events_objects — provisioning steps of a cluster and the
// events of each step.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "sahara_types.h"

namespace dbm::sahara {

namespace {

void upgrade(Operations& op) {
  op.create_table(keyed_table(
      "cluster_provision_steps",
      {timestamps(), id(), column("cluster_id", types::string(36)), tenant_id(), column("step_name", types::string(80)),
       column("step_type", types::string(36)), column("completed", types::integer()), column("total", types::integer()),
       column("successful", types::boolean()), column("started_at", types::date_time()),
       column("completed_at", types::date_time())},
      {foreign_key("cluster_id", "clusters")}, {{"id", "cluster_id"}}));
  op.create_table(keyed_table(
      "cluster_events",
      {timestamps(), id(), column("node_group_id", types::string(36)), column("instance_id", types::string(36)),
       column("instance_name", types::string(80)), column("event_info", types::text()),
       column("successful", types::boolean()).not_null(), column("step_id", types::string(36))},
      {foreign_key("step_id", "cluster_provision_steps")}, {{"id", "step_id"}}));
}

}  // namespace

DBM_REVISION({
    .id = "015",
    .down = {"014"},
    .message = "add_events_objects",
    .create_date = "2014-11-07 15:20:21.806128",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
