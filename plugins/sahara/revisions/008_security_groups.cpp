// Revision 008: add security_groups field to node groups.
// The security_groups list, on the three node-group tables.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_008() {
  return Revision{
      .id = "008",
      .down = {"007"},
      .message = "add security_groups field to node groups",
      .create_date = "2014-07-15 14:31:49.685689",
      .upgrade =
          [](Operations& op) {
            op.add_column("node_group_templates", column("security_groups", json_encoded()));
            op.add_column("node_groups", column("security_groups", json_encoded()));
            op.add_column("templates_relations", column("security_groups", json_encoded()));
          },
  };
}

}  // namespace dbm::sahara
