// Revision 028: add_storage_devices_number.
#include "../revisions.h"
#include "../sahara_types.h"

namespace dbm::sahara {

Revision rev_028() {
  return Revision{
      .id = "028",
      .down = {"027"},
      .message = "add_storage_devices_number",
      .create_date = "2015-07-20 16:56:23.562710",
      .upgrade =
          [](Operations& op) {
            op.add_column("instances", column("storage_devices_number", types::integer()));
          },
  };
}

}  // namespace dbm::sahara
