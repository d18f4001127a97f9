// Revision 018: add volume_local_to_instance flag.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_018() {
  return Revision{
      .id = "018",
      .down = {"017"},
      .message = "add volume_local_to_instance flag",
      .create_date = "2015-03-03 14:35:43.625429",
      .upgrade =
          [](Operations& op) {
            op.add_column("node_group_templates", column("volume_local_to_instance", types::boolean()));
            op.add_column("node_groups", column("volume_local_to_instance", types::boolean()));
            op.add_column("templates_relations", column("volume_local_to_instance", types::boolean()));
          },
  };
}

}  // namespace dbm::sahara
