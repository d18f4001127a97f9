// Revision 5f88e86b35c7: name becomes NOT NULL on devices, devicetemplates and vims.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"devices", "devicetemplates", "vims"}) {
    op.alter_column({.table = table, .column = "name", .nullable = false, .existing_type = types::string(255)});
  }
}

}  // namespace

DBM_REVISION({
    .id = "5f88e86b35c7",
    .down = {"354de64ba129"},
    .message = "make VNFD/VNF/VIM name mandatory",
    .create_date = "2016-06-14 11:16:16.303343",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
