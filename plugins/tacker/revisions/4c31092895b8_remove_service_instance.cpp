// Revision 4c31092895b8: changes nothing (upstream's upgrade is empty).
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations&) {}

}  // namespace

DBM_REVISION({
    .id = "4c31092895b8",
    .down = {"81ffa86020d"},
    .message = "empty message",
    .create_date = "2014-08-01 11:48:10.319498",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
