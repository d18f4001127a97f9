// Revision 002: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_002() {
  return Revision{
      .id = "002",
      .down = {"001"},
      .message = "placeholder",
      .create_date = "2014-04-01 21:04:47.941098",
      .upgrade = [](Operations&) {},
  };
}

}  // namespace dbm::sahara
