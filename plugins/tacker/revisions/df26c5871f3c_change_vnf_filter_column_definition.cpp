// Revision df26c5871f3c: vnf_lcm_filters' four generated columns
// (notification_types, operation_types and their _len counts) are defined
// again, now as text and numbers computed from the `filter` column itself.
// Upstream does it in raw SQL, which we keep as it is (only the trailing ';'
// is left to the host): PostgreSQL drops each column and adds it again
// (TEXT / NUMERIC(11), so the four move to the end of the table, in this
// order); MySQL redefines each in place with ALTER TABLE ... CHANGE.
// SQLite has no CHANGE, so upstream's MySQL text fails there. On SQLite we do
// what PostgreSQL does: drop each column and add it back as a (virtual)
// generated column, TEXT or INTEGER as in the MySQL text and tacker's model,
// computing with json_extract / json_array_length what PostgreSQL's
// expressions compute. The resulting columns and order are PostgreSQL's.
// On MySQL upstream's four statements fail once vnf_lcm_filters has a row:
// each CHANGE copies the table, computing the columns not yet redefined, and
// c47a733f425a's json_length('notification_types') (a string literal, not the
// column) is not JSON (MariaDB error 4038). We run upstream's four CHANGE
// clauses, as written, in one ALTER TABLE: the same columns in the same
// places, and only the new expressions are computed.
// On PostgreSQL and MySQL the replay is told what the SQL does (schema_change).

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "generated_columns.h"

namespace dbm::tacker {
namespace {

void postgresql_schema_change(Operations& op) {
  redefine_generated(op, "notification_types", types::text(), "decode(filter->>'$.notificationTypes', 'escape')", true);
  redefine_generated(op, "notification_types_len", types::numeric(11),
                     "coalesce(json_array_length(filter->'$.notificationTypes'), 0)", true);
  redefine_generated(op, "operation_types", types::text(), "decode(filter->>'$.operationTypes', 'escape')", true);
  redefine_generated(op, "operation_types_len", types::numeric(11),
                     "coalesce(json_array_length(filter->'$.operationTypes'), 0)", true);
}

void mysql_schema_change(Operations& op) {
  redefine_generated(op, "notification_types", types::text(),
                     "json_unquote(json_extract(`filter`, '$.notificationTypes'))", false);
  redefine_generated(op, "notification_types_len", types::integer(), "ifnull(json_length(`notification_types`), 0)",
                     false);
  redefine_generated(op, "operation_types", types::text(), "json_unquote(json_extract(`filter`, '$.operationTypes'))",
                     false);
  redefine_generated(op, "operation_types_len", types::integer(), "ifnull(json_length(`operation_types`), 0)",
                     false);
}

void upgrade(Operations& op) {
  if (op.dialect() == "sqlite") {
    redefine_generated(op, "notification_types", types::text(), "json_extract(filter, '$.notificationTypes')");
    redefine_generated(op, "notification_types_len", types::integer(),
                       "coalesce(json_array_length(filter, '$.notificationTypes'), 0)");
    redefine_generated(op, "operation_types", types::text(), "json_extract(filter, '$.operationTypes')");
    redefine_generated(op, "operation_types_len", types::integer(),
                       "coalesce(json_array_length(filter, '$.operationTypes'), 0)");
    return;
  }
  if (op.dialect() == "postgresql") {
    execute_on(op, "postgresql", {
        "ALTER TABLE vnf_lcm_filters             DROP COLUMN notification_types",
        "ALTER TABLE vnf_lcm_filters ADD             COLUMN notification_types text GENERATED"
        "             ALWAYS AS (decode(filter->>            '$.notificationTypes','escape')) STORED",
        "ALTER TABLE vnf_lcm_filters             DROP COLUMN notification_types_len",
        "ALTER TABLE vnf_lcm_filters             ADD COLUMN notification_types_len numeric(11) GENERATED"
        "             ALWAYS AS (coalesce(json_array_length(filter->            '$.notificationTypes'),0)) STORED",
        "ALTER TABLE vnf_lcm_filters DROP             COLUMN operation_types",
        "ALTER TABLE vnf_lcm_filters ADD             COLUMN operation_types text GENERATED"
        "             ALWAYS AS (decode(filter->>            '$.operationTypes','escape')) STORED",
        "ALTER TABLE vnf_lcm_filters             DROP COLUMN operation_types_len",
        "ALTER TABLE vnf_lcm_filters ADD             COLUMN operation_types_len numeric(11) GENERATED"
        "             ALWAYS AS (coalesce(json_array_length(filter->            '$.operationTypes'),0)) STORED",
    }, postgresql_schema_change);
    return;
  }
  execute_on(op, "mysql", {
      "ALTER TABLE vnf_lcm_filters CHANGE             notification_types notification_types text GENERATED"
      "             ALWAYS AS (json_unquote(json_extract(`filter`,            '$.notificationTypes'))) VIRTUAL,"
      "             CHANGE notification_types_len notification_types_len int(11)"
      "             GENERATED ALWAYS AS             (ifnull(json_length(`notification_types`),0)) VIRTUAL,"
      " CHANGE             operation_types operation_types text GENERATED ALWAYS AS"
      "             (json_unquote(json_extract(`filter`,'$.operationTypes')))             VIRTUAL,"
      " CHANGE             operation_types_len operation_types_len int(11) GENERATED ALWAYS"
      "             AS (ifnull(json_length(`operation_types`),0)) VIRTUAL",
  }, mysql_schema_change);
}

}  // namespace

DBM_REVISION({
    .id = "df26c5871f3c",
    .down = {"329cd1619d41"},
    .message = "change_vnf_filter_column_definition",
    .create_date = "2020-11-13 18:32:46.703342",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
