// Revision c47a733f425a: LCM notification subscriptions, their filters (with
// generated columns derived from the filter document) and LCM operation
// occurrences.
//
// The four generated columns of vnf_lcm_filters are dialect SQL, chosen per
// dialect as upstream does; PostgreSQL's and MySQL's are upstream's text.
// - PostgreSQL: `filter->>'$.notificationTypes'` reads a top-level member
//   whose key is literally "$.notificationTypes" (->> takes a key, not a
//   path); the columns are upstream's schema as written.
// - MySQL: upstream quotes 'filter', 'notification_types' and
//   'operation_states' as string literals, so the columns read those strings,
//   not the columns (on MariaDB NULL and 0 for every row). That is the schema
//   upstream creates on MySQL, and we keep it; revision df26c5871f3c later
//   redefines these columns.
// - SQLite: upstream takes its MySQL branch there, and CREATE TABLE fails
//   (SQLite has no json_length). We give SQLite generated columns in
//   SQLite's JSON functions for what the PostgreSQL expressions set out to
//   compute: the notificationTypes / operationStates member as text (what
//   `->>` returns; SQLite keeps that text in the BLOB column as it is) and the
//   length of that array, 0 when it is absent (the same forms as d25c7c865ce8
//   and df26c5871f3c use). Columns, types and order are upstream's, as on
//   the other dialects.
#include <string>
#include <utility>
#include <vector>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

// The expressions of notification_types, notification_types_len,
// operation_states and operation_states_len, in that order.
struct FilterExpressions {
  std::string notification_types;
  std::string notification_types_len;
  std::string operation_states;
  std::string operation_states_len;
};

FilterExpressions filter_expressions(const Operations& op) {
  if (op.dialect() == "postgresql") {
    return {
        "decode(filter->>'$.notificationTypes','escape')",
        "coalesce                 (json_array_length(filter->'$.notificationTypes'),0)",
        "decode(filter->>'$.operationStates','escape')",
        "coalesce                 (json_array_length(filter->'$.operationStates'),0)",
    };
  }
  if (op.dialect() == "sqlite") {
    return {
        "json_extract(filter, '$.notificationTypes')",
        "coalesce(json_array_length(json_extract(filter, '$.notificationTypes')), 0)",
        "json_extract(filter, '$.operationStates')",
        "coalesce(json_array_length(json_extract(filter, '$.operationStates')), 0)",
    };
  }
  return {
      "json_unquote                 (json_extract('filter','$.notificationTypes'))",
      "ifnull(json_length('notification_types'),0)",
      "json_unquote(json_extract('filter','$.operationStates'))",
      "ifnull(json_length('operation_states'),0)",
  };
}

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }
Column json(std::string name) { return column(std::move(name), types::sql_json()); }
Column date_time(std::string name) { return column(std::move(name), types::date_time()); }

void upgrade(Operations& op) {
  const Type deleted = deleted_type(op);
  const FilterExpressions expr = filter_expressions(op);

  op.create_table(keyed(
      table("vnf_lcm_subscriptions",
            {column("id", uuid()).not_null(), string("callback_uri", 255).not_null(),
             json("subscription_authentication"), date_time("created_at").not_null(), date_time("updated_at"),
             date_time("deleted_at"), column("deleted", deleted)}),
      {}));

  // A sole integer id: SERIAL / AUTO_INCREMENT, as SQLAlchemy gives it.
  op.create_table(keyed(
      table("vnf_lcm_filters",
            {column("id", types::integer()).not_null(), string("subscription_uuid", 36).not_null(),
             json("filter").not_null(),
             column("notification_types", types::large_binary(65536)).generated_as(expr.notification_types),
             column("notification_types_len", types::integer()).generated_as(expr.notification_types_len),
             column("operation_states", types::large_binary(65536)).generated_as(expr.operation_states),
             column("operation_states_len", types::integer()).generated_as(expr.operation_states_len)}),
      {foreign_key("subscription_uuid", "vnf_lcm_subscriptions")}));

  op.create_table(keyed(
      table("vnf_lcm_op_occs",
            {column("id", uuid()).not_null(), string("operation_state", 255).not_null(),
             date_time("state_entered_time").not_null(), date_time("start_time").not_null(),
             column("vnf_instance_id", uuid()).not_null(), string("operation", 255).not_null(),
             column("is_automatic_invocation", deleted).not_null(), json("operation_params"), json("error"),
             column("deleted", deleted)}),
      {foreign_key("vnf_instance_id", "vnf_instances")}));
}

}  // namespace

DBM_REVISION({
    .id = "c47a733f425a",
    .down = {"8a7ca803e0d0"},
    .message = "add_vnflcm_subscription",
    .create_date = "2020-08-27 14:18:43.907565",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
