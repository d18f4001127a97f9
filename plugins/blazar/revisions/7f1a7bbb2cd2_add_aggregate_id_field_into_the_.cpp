// Revision 7f1a7bbb2cd2: computehost_reservations gains a nullable integer
// aggregate_id.
#include "../revisions.h"

namespace dbm::blazar {

Revision rev_7f1a7bbb2cd2() {
  return Revision{
      .id = "7f1a7bbb2cd2",
      .down = {"1fd6c2eded89"},
      .message = "Add aggregate_id field into the computehost_reservations table",
      .create_date = "2017-05-18 09:23:29.730233",
      .upgrade =
          [](Operations& op) {
            op.add_column("computehost_reservations", column("aggregate_id", types::integer()));
          },
      .downgrade =
          [](Operations& op) { op.drop_column("computehost_reservations", "aggregate_id"); },
  };
}

}  // namespace dbm::blazar
