// Revision 004: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_004() {
  return Revision{
      .id = "004",
      .down = {"003"},
      .message = "placeholder",
      .create_date = "2014-04-01 21:04:57.627883",
      .upgrade = [](Operations&) {},
  };
}

}  // namespace dbm::sahara
