// Revision 003: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_003() {
  return Revision{
      .id = "003",
      .down = {"002"},
      .message = "placeholder",
      .create_date = "2014-04-01 21:05:00.270366",
      .upgrade = [](Operations&) {},
  };
}

}  // namespace dbm::sahara
