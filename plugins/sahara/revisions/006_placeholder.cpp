// Revision 006: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include "../revisions.h"

namespace dbm::sahara {

Revision rev_006() {
  return Revision{
      .id = "006",
      .down = {"005"},
      .message = "placeholder",
      .create_date = "2014-04-01 21:04:52.194332",
      .upgrade = [](Operations&) {},
  };
}

}  // namespace dbm::sahara
