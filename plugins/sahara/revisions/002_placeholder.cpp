// Revision 002: an empty placeholder upstream (its upgrade does nothing); it only moves the version row.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::sahara {

namespace {

void upgrade(Operations& /*op*/) {}

}  // namespace

DBM_REVISION({
    .id = "002",
    .down = {"001"},
    .message = "placeholder",
    .create_date = "2014-04-01 21:04:47.941098",
    .upgrade = upgrade,
})

}  // namespace dbm::sahara
