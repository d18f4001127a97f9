// Revision 12a57080b278: deviceattributes.device_id and devices.status
// become NOT NULL. Upstream reads deviceattributes' foreign keys from the
// live database, drops them around the first ALTER and re-creates them under
// the names the database had given them; the host does the same from the
// live schema online and from the replayed one offline, so --sql works
// where upstream's offline run fails (it cannot reflect).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.alter_column_keeping_foreign_keys({
      .alter = {.table = "deviceattributes", .column = "device_id", .nullable = false,
                .existing_type = types::string(255)},
      .tables = {"deviceattributes"},
  });
  op.alter_column({.table = "devices", .column = "status", .nullable = false, .existing_type = types::string(255)});
}

}  // namespace

DBM_REVISION({
    .id = "12a57080b278",
    .down = {"12a57080b277"},
    .message = "Alter devices",
    .create_date = "2015-11-26 15:18:19.623170",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
