// Revision 354de64ba129: tenant_id NOT NULL on devices, devicetemplates, vims
// and servicetypes (already so since b07673bb8654; the ALTERs run again).
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  for (const char* table : {"devices", "devicetemplates", "vims", "servicetypes"}) {
    op.alter_column({.table = table, .column = "tenant_id", .nullable = false, .existing_type = types::string(64)});
  }
}

}  // namespace

DBM_REVISION({
    .id = "354de64ba129",
    .down = {"b07673bb8654"},
    .message = "set-mandatory-columns-not-null",
    .create_date = "2016-06-02 10:05:22.299780",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
