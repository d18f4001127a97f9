// Revision 033: 033_add anti_affinity_ratio field to cluster.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_033() {
  return Revision{
      .id = "033",
      .down = {"032"},
      .message = "033_add anti_affinity_ratio field to cluster",
      .create_date = "2016-01-05 09:40:25.941365",
      .upgrade =
          [](Operations& op) {
            op.add_column("clusters", column("anti_affinity_ratio", types::integer()));
          },
  };
}

}  // namespace dbm::sahara
