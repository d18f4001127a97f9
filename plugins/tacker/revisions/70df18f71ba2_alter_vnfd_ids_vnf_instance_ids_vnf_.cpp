// Revision 70df18f71ba2: vnf_lcm_filters' vnfd_ids, vnf_instance_ids and
// vnf_instance_names are defined again as text generated from the
// vnfInstanceSubscriptionFilter object inside `filter`.
// Upstream does it in raw SQL, which we keep as it is (without its trailing
// ';'): PostgreSQL drops each column and adds it back (so the three move to
// the end of the table); MySQL redefines each in place (MEDIUMTEXT) with
// ALTER TABLE ... CHANGE. SQLite has no CHANGE, so upstream fails there. On
// SQLite we do what PostgreSQL does: drop each column and add it back as a
// (virtual) generated TEXT column whose json_extract reads the same path the
// PostgreSQL expression reads. The result has PostgreSQL's columns and order.
// On PostgreSQL and MySQL the replay is told what the SQL does (schema_change).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "generated_columns.h"

namespace dbm::tacker {
namespace {

void postgresql_schema_change(Operations& op) {
  redefine_generated(op, "vnfd_ids", types::text(),
                     "decode(filter->>'$.vnfInstanceSubscriptionFilter.vnfdIds', 'escape')", true);
  redefine_generated(op, "vnf_instance_ids", types::text(),
                     "decode(filter->>'$.vnfInstanceSubscriptionFilter.vnfInstanceIds', 'escape')", true);
  redefine_generated(op, "vnf_instance_names", types::text(),
                     "decode(filter->>'$.vnfInstanceSubscriptionFilter.vnfInstanceNames', 'escape')", true);
}

void mysql_schema_change(Operations& op) {
  redefine_generated(op, "vnfd_ids", types::medium_text(),
                     "json_unquote(json_extract(`filter`, '$.vnfInstanceSubscriptionFilter.vnfdIds'))", false);
  redefine_generated(op, "vnf_instance_ids", types::medium_text(),
                     "json_unquote(json_extract(`filter`, '$.vnfInstanceSubscriptionFilter.vnfInstanceIds'))", false);
  redefine_generated(op, "vnf_instance_names", types::medium_text(),
                     "json_unquote(json_extract(`filter`, '$.vnfInstanceSubscriptionFilter.vnfInstanceNames'))", false);
}

void upgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    redefine_generated(op, "vnfd_ids", types::text(),
                       "json_extract(filter, '$.vnfInstanceSubscriptionFilter.vnfdIds')");
    redefine_generated(op, "vnf_instance_ids", types::text(),
                       "json_extract(filter, '$.vnfInstanceSubscriptionFilter.vnfInstanceIds')");
    redefine_generated(op, "vnf_instance_names", types::text(),
                       "json_extract(filter, '$.vnfInstanceSubscriptionFilter.vnfInstanceNames')");
    return;
  }
  if (op.dialect() == "postgresql") {
    execute_on(op, "postgresql", {
        "ALTER TABLE vnf_lcm_filters DROP                 COLUMN vnfd_ids",
        "ALTER TABLE vnf_lcm_filters ADD                 COLUMN vnfd_ids text GENERATED ALWAYS AS"
        " (decode(filter->>                 '$.vnfInstanceSubscriptionFilter.vnfdIds','escape')) STORED",
        "ALTER TABLE vnf_lcm_filters DROP                 COLUMN vnf_instance_ids",
        "ALTER TABLE vnf_lcm_filters ADD                 vnf_instance_ids text GENERATED ALWAYS AS"
        " (decode(filter->>                 '$.vnfInstanceSubscriptionFilter.vnfInstanceIds','escape'))"
        "                 STORED",
        "ALTER TABLE vnf_lcm_filters                 DROP COLUMN vnf_instance_names",
        "ALTER TABLE vnf_lcm_filters ADD                 COLUMN vnf_instance_names text GENERATED"
        "                 ALWAYS AS (decode(filter->>"
        "                 '$.vnfInstanceSubscriptionFilter.vnfInstanceNames',                 'escape')) STORED",
    }, postgresql_schema_change);
    return;
  }
  execute_on(op, "mysql", {
      "ALTER TABLE vnf_lcm_filters CHANGE                 vnfd_ids vnfd_ids mediumtext GENERATED ALWAYS AS"
      "                 (json_unquote(json_extract(`filter`,"
      "                 '$.vnfInstanceSubscriptionFilter.vnfdIds'))) VIRTUAL",
      "ALTER TABLE vnf_lcm_filters CHANGE                 vnf_instance_ids vnf_instance_ids mediumtext GENERATED"
      "                 ALWAYS AS (json_unquote(json_extract(`filter`,"
      "                 '$.vnfInstanceSubscriptionFilter.vnfInstanceIds'))) VIRTUAL",
      "ALTER TABLE vnf_lcm_filters CHANGE                     vnf_instance_names vnf_instance_names mediumtext"
      "                     GENERATED ALWAYS AS (json_unquote(json_extract(`filter`,"
      "                     '$.vnfInstanceSubscriptionFilter.vnfInstanceNames')))                     VIRTUAL",
  }, mysql_schema_change);
}

}  // namespace

DBM_REVISION({
    .id = "70df18f71ba2",
    .down = {"a23ebee909a8"},
    .message = "alter vnfd_ids, vnf_instance_ids, vnf_instance_names\ncolumns of vnf_lcm_filters",
    .create_date = "2021-06-16 14:26:51.998033",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
