// Revision 2774a42c7163: drops four of 12a57080b277's tables again; only
// servicetypes stays.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.drop_table("servicecontexts");
  op.drop_table("deviceservicecontexts");
  op.drop_table("servicedevicebindings");
  op.drop_table("serviceinstances");
}

}  // namespace

DBM_REVISION({
    .id = "2774a42c7163",
    .down = {"12a57080b278"},
    .message = "remove service related",
    .create_date = "2015-11-26 15:47:51.161749",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
