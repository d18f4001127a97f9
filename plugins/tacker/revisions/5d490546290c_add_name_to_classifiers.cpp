// Revision 5d490546290c: VNFFG classifiers get a nullable name, default ''.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vnffgclassifiers",
                column("name", types::string(255)).with_default(ServerDefault::literal("")));
}

}  // namespace

DBM_REVISION({
    .id = "5d490546290c",
    .down = {"e9a1e47fb0b5"},
    .message = "add_name_to_classifiers",
    .create_date = "2018-01-11 14:27:16.334946",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
