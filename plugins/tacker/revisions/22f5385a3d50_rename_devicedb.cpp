// Revision 22f5385a3d50: the device tables take their VNF names
// (devicetemplates -> vnfd, devicetemplateattributes -> vnfd_attribute,
// devices -> vnf, deviceattributes -> vnf_attribute), then the columns that
// point at them are renamed (template_id -> vnfd_id on vnfd_attribute,
// servicetypes and vnf; device_id -> vnf_id on vnf_attribute) and made NOT NULL.
// Each rename drops the foreign key on that column first and re-creates it on
// the new name under the name the database had given it, as upstream's
// column-changing FK helper does.
// Upstream finds those keys by reflecting the live database, so it fails with
// --sql (no connection to reflect), and on SQLite its drop_constraint is not
// supported. The host takes the names from the live schema online and from the
// replayed schema offline, and on SQLite rebuilds each table with the renamed
// column and its key; the resulting schema is the one upstream produces on
// PostgreSQL and MySQL.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

// Renames `old_name` to `new_name` (a NOT NULL VARCHAR(36)), keeping the
// foreign key that uses it.
void rename_key_column(Operations& op, const std::string& table, const std::string& old_name,
                       const std::string& new_name) {
  op.alter_column_keeping_foreign_keys({
      .alter = {.table = table,
                .column = old_name,
                .nullable = false,
                .new_name = new_name,
                .existing_type = types::string(36)},
      .tables = {table},
      .column = old_name,
  });
}

void upgrade(Operations& op) {
  op.rename_table("devicetemplates", "vnfd");
  op.rename_table("devicetemplateattributes", "vnfd_attribute");
  op.rename_table("devices", "vnf");
  op.rename_table("deviceattributes", "vnf_attribute");
  rename_key_column(op, "vnfd_attribute", "template_id", "vnfd_id");
  rename_key_column(op, "servicetypes", "template_id", "vnfd_id");
  rename_key_column(op, "vnf", "template_id", "vnfd_id");
  rename_key_column(op, "vnf_attribute", "device_id", "vnf_id");
}

}  // namespace

DBM_REVISION({
    .id = "22f5385a3d50",
    .down = {"22f5385a3d4f"},
    .message = "rename device db tables",
    .create_date = "2016-08-01 15:47:51.161749",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
