// Revision f958f58e5daa: every id, and every column referring to one, becomes
// a NOT NULL uuid (VARCHAR(36)). Upstream wraps each ALTER in a helper that
// reads the foreign keys of the tables depending on that column from the
// live database, drops them all and re-creates them under the names the
// database had given them; alter_column_keeping_foreign_keys does the same
// from the live schema online and from the replayed one offline (upstream's
// --sql fails here: it cannot reflect). Where no table depends on the column,
// upstream's helper is given no tables and the ALTER is plain.
#include <string>
#include <vector>

#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

AlterColumn to_uuid(std::string table, std::string column) {
  return {.table = std::move(table), .column = std::move(column), .nullable = false, .type = uuid()};
}

// The ALTER of `table`.`column` with the foreign keys of `dependents` dropped around it.
void alter(Operations& op, const std::string& table, const std::string& column,
           const std::vector<std::string>& dependents) {
  if (dependents.empty()) {
    op.alter_column(to_uuid(table, column));
  } else {
    op.alter_column_keeping_foreign_keys({.alter = to_uuid(table, column), .tables = dependents});
  }
}

void upgrade(Operations& op) {
  // Primary keys, with the tables whose foreign keys point at each.
  alter(op, "vims", "id", {"vimauths", "devices"});
  alter(op, "vimauths", "id", {});
  alter(op, "devices", "id", {"deviceattributes", "proxymgmtports"});
  alter(op, "deviceattributes", "id", {});
  alter(op, "servicetypes", "id", {});
  alter(op, "devicetemplates", "id", {"devices", "servicetypes", "devicetemplateattributes"});
  alter(op, "devicetemplateattributes", "id", {});

  // The referring columns: for each, the keys of every table holding such a column.
  const std::vector<std::string> template_id_tables = {"devices", "servicetypes", "devicetemplateattributes"};
  for (const auto& table : template_id_tables) alter(op, table, "template_id", template_id_tables);
  const std::vector<std::string> vim_id_tables = {"devices", "vimauths"};
  for (const auto& table : vim_id_tables) alter(op, table, "vim_id", vim_id_tables);
  const std::vector<std::string> device_id_tables = {"deviceattributes", "proxymgmtports"};
  for (const auto& table : device_id_tables) alter(op, table, "device_id", device_id_tables);
}

}  // namespace

DBM_REVISION({
    .id = "f958f58e5daa",
    .down = {"acf941e54075"},
    .message = "uuid consistency",
    .create_date = "2016-05-28 07:13:07.125562",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
