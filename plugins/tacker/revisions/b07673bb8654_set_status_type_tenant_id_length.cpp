// Revision b07673bb8654: tenant ids (now NOT NULL), statuses, types and the
// proxy tables' keys shrink to VARCHAR(64); devices.instance_id too, staying
// nullable. Where upstream gives only the type (vims.type, devices.status,
// servicetypes.service_type), MySQL's MODIFY restates the column as nullable
// while PostgreSQL keeps NOT NULL; ported as upstream has it.
#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  const Type string64 = types::string(64);
  for (const char* table : {"devices", "devicetemplates", "vims", "servicetypes"}) {
    op.alter_column({.table = table, .column = "tenant_id", .nullable = false, .type = string64});
  }
  op.alter_column({.table = "vims", .column = "type", .type = string64});
  op.alter_column({.table = "devices", .column = "instance_id", .nullable = true, .type = string64});
  op.alter_column({.table = "devices", .column = "status", .type = string64});
  op.alter_column({.table = "proxymgmtports", .column = "device_id", .nullable = false, .type = string64});
  op.alter_column({.table = "proxyserviceports", .column = "service_instance_id", .nullable = false,
                   .type = string64});
  op.alter_column({.table = "servicetypes", .column = "service_type", .type = string64});
}

}  // namespace

DBM_REVISION({
    .id = "b07673bb8654",
    .down = {"c7cde2f45f82"},
    .message = "set-status-type-tenant-id-length",
    .create_date = "2016-06-01 12:46:07.499279",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
