// Revision 014: add_volume_type.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_014() {
  return Revision{
      .id = "014",
      .down = {"013"},
      .message = "add_volume_type",
      .create_date = "2014-10-09 12:47:17.871520",
      .upgrade =
          [](Operations& op) {
            op.add_column("node_group_templates", column("volume_type", types::string(255)));
            op.add_column("node_groups", column("volume_type", types::string(255)));
            op.add_column("templates_relations", column("volume_type", types::string(255)));
          },
  };
}

}  // namespace dbm::sahara
