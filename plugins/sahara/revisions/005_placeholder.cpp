// Revision 005: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_005() {
  return Revision{
      .id = "005",
      .down = {"004"},
      .message = "placeholder",
      .create_date = "2014-04-01 21:04:54.928605",
      .upgrade = [](Operations&) {},
  };
}

}  // namespace dbm::sahara
