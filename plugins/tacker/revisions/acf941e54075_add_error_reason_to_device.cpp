// Revision acf941e54075: devices gains a nullable TEXT error_reason.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("devices", column("error_reason", types::text())); }

}  // namespace

DBM_REVISION({
    .id = "acf941e54075",
    .down = {"5246a6bd410f"},
    .message = "Add error_reason to device",
    .create_date = "2016-04-07 23:53:56.623647",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
