// Revision 015: add_events_objects — provisioning steps of a cluster and the
// events of each step.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_015() {
  return Revision{
      .id = "015",
      .down = {"014"},
      .message = "add_events_objects",
      .create_date = "2014-11-07 15:20:21.806128",
      .upgrade =
          [](Operations& op) {
            op.create_table(keyed_table(
                "cluster_provision_steps",
                {created_at(), updated_at(), id(), column("cluster_id", types::string(36)), tenant_id(),
                 column("step_name", types::string(80)), column("step_type", types::string(36)),
                 column("completed", types::integer()), column("total", types::integer()),
                 column("successful", types::boolean()), column("started_at", types::date_time()),
                 column("completed_at", types::date_time())},
                {references("cluster_id", "clusters")}, {{"id", "cluster_id"}}));
            op.create_table(keyed_table(
                "cluster_events",
                {created_at(), updated_at(), id(), column("node_group_id", types::string(36)),
                 column("instance_id", types::string(36)), column("instance_name", types::string(80)),
                 column("event_info", types::text()), column("successful", types::boolean()).not_null(),
                 column("step_id", types::string(36))},
                {references("step_id", "cluster_provision_steps")}, {{"id", "step_id"}}));
          },
  };
}

}  // namespace dbm::sahara
