// Revision 4c0e2e2c2e02: vnfd.id and every vnfd_id column (servicetypes, vnf,
// vnfd_attribute, vnf_instances, vnf_package_vnfd) widen to VARCHAR(255),
// NOT NULL. The foreign keys of servicetypes, vnf and vnfd_attribute to
// vnfd.id are dropped around the change and created again under the same
// names.
// Upstream drops those keys in raw SQL by the names the servers gave them
// when the tables were created (PostgreSQL: <original table>_template_id_fkey,
// from before the tables and columns were renamed; MySQL: <table>_ibfk_1), and
// we keep that SQL and those names as they are (without the trailing ';').
// On SQLite upstream takes the MySQL branch and fails (no DROP FOREIGN KEY,
// no ALTER of constraints). There we only change the columns: each change
// rebuilds its table, which keeps the table's foreign keys as they are, so
// the result is the schema upstream produces on the other dialects.
#include <string>

#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

// A table whose foreign key to vnfd.id is dropped and re-created, with the
// key's name on PostgreSQL and on MySQL.
struct KeyedTable {
  const char* table;
  const char* postgresql_key;
  const char* mysql_key;
};

constexpr KeyedTable kKeyedTables[] = {
    {"servicetypes", "servicetypes_template_id_fkey", "servicetypes_ibfk_1"},
    {"vnf", "devices_template_id_fkey", "vnf_ibfk_1"},
    {"vnfd_attribute", "devicetemplateattributes_template_id_fkey", "vnfd_attribute_ibfk_1"},
};

void widen_to_255(Operations& op, const char* table, const char* column) {
  op.alter_column({.table = table,
                   .column = column,
                   .nullable = false,
                   .type = types::string(255),
                   .existing_type = types::string(36)});
}

void upgrade(Operations& op) {
  const bool sqlite = op.dialect() == "sqlite";
  const bool postgresql = op.dialect() == "postgresql";

  if (!sqlite) {
    for (const KeyedTable& k : kKeyedTables) {
      const std::string prefix = std::string("ALTER TABLE ") + k.table + "                 ";
      if (postgresql) {
        op.execute({.per_dialect = {{"postgresql", prefix + "DROP CONSTRAINT " + k.postgresql_key}}});
      } else {
        op.execute({.per_dialect = {{"mysql", prefix + "DROP FOREIGN KEY " + k.mysql_key}}});
      }
    }
  }

  widen_to_255(op, "vnfd", "id");
  for (const char* table : {"servicetypes", "vnf", "vnfd_attribute", "vnf_instances", "vnf_package_vnfd"}) {
    widen_to_255(op, table, "vnfd_id");
  }

  if (sqlite) return;
  for (const KeyedTable& k : kKeyedTables) {
    op.create_foreign_key({.name = postgresql ? k.postgresql_key : k.mysql_key,
                           .table = k.table,
                           .ref_table = "vnfd",
                           .columns = {"vnfd_id"},
                           .ref_columns = {"id"}});
  }
}

}  // namespace

DBM_REVISION({
    .id = "4c0e2e2c2e02",
    .down = {"34cfceb25a49"},
    .message = "alter_vnfd_id_format",
    .create_date = "2023-04-28 08:05:13.246214",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
