// Revision 004: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& /*op*/) {}

}  // namespace

DBM_REVISION({
    .id = "004",
    .down = {"003"},
    .message = "placeholder",
    .create_date = "2014-04-01 21:04:57.627883",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
