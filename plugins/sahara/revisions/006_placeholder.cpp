// Revision 006: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& /*op*/) {}

}  // namespace

DBM_REVISION({
    .id = "006",
    .down = {"005"},
    .message = "placeholder",
    .create_date = "2014-04-01 21:04:52.194332",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
