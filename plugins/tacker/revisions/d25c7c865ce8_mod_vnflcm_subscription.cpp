// Revision d25c7c865ce8: vnf_lcm_filters trades its operation_states pair of
// generated columns for an operation_types pair and subscription_uuid becomes
// a uuid; vnf_lcm_op_occs narrows operation_state and operation to 16
// characters and gains seven columns.
// The two generated columns' expressions are upstream's, per dialect (the
// MySQL text quotes 'filter' and 'operation_types' as strings, as upstream
// does). On SQLite upstream falls into its MySQL branch, whose json_unquote
// and json_length SQLite does not have, so the revision fails there. SQLite
// gets its own expressions instead: json_extract(filter, '$.operationTypes')
// and the length of that array (0 when absent), which is what the PostgreSQL
// expressions compute; the columns, their types and their order are
// upstream's, as on the other dialects.
// is_cancel_pending and created_at are NOT NULL without a server default.
// Upstream adds them so in one step, which fails on PostgreSQL and SQLite
// when vnf_lcm_op_occs has rows. Here they are added nullable in the same
// places, existing occurrences get is_cancel_pending false and created_at
// their start time, and each is then made NOT NULL: upstream's schema.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

struct Expressions {
  std::string types;
  std::string types_len;
};

Expressions operation_types_expressions(const Operations& op) {
  if (op.dialect() == "postgresql") {
    return {"decode(filter->>'$.operationTypes','escape')",
            "coalesce(json_array_length(filter->'$.operationTypes'),0)"};
  }
  if (op.dialect() == "sqlite") {
    return {"json_extract(filter, '$.operationTypes')",
            "coalesce(json_array_length(filter, '$.operationTypes'), 0)"};
  }
  return {"json_unquote(json_extract('filter','$.operationTypes'))",
          "ifnull(json_length('operation_types'),0)"};
}

void upgrade(Operations& op) {
  const Expressions expr = operation_types_expressions(op);

  op.alter_column({.table = "vnf_lcm_filters",
                   .column = "subscription_uuid",
                   .nullable = false,
                   .type = uuid(),
                   .existing_type = types::string(255)});
  op.add_column("vnf_lcm_filters",
                column("operation_types", types::large_binary(65536)).generated_as(expr.types));
  op.add_column("vnf_lcm_filters",
                column("operation_types_len", types::integer()).generated_as(expr.types_len));
  op.drop_column("vnf_lcm_filters", "operation_states");
  op.drop_column("vnf_lcm_filters", "operation_states_len");

  op.alter_column({.table = "vnf_lcm_op_occs",
                   .column = "operation_state",
                   .type = types::string(16),
                   .existing_type = types::string(255)});
  op.alter_column({.table = "vnf_lcm_op_occs",
                   .column = "operation",
                   .type = types::string(16),
                   .existing_type = types::string(255)});

  add_column_filling_rows(op, "vnf_lcm_op_occs", column("is_cancel_pending", deleted_type(op)).not_null(), "0");
  op.add_column("vnf_lcm_op_occs", column("resource_changes", types::sql_json()));
  op.add_column("vnf_lcm_op_occs", column("error_point", types::integer()));
  op.add_column("vnf_lcm_op_occs", column("changed_info", types::sql_json()));
  add_column_filling_rows(op, "vnf_lcm_op_occs", column("created_at", types::date_time()).not_null(), "start_time");
  op.add_column("vnf_lcm_op_occs", column("updated_at", types::date_time()));
  op.add_column("vnf_lcm_op_occs", column("deleted_at", types::date_time()));
}

}  // namespace

DBM_REVISION({
    .id = "d25c7c865ce8",
    .down = {"2c5211036579"},
    .message = "mod_vnflcm_subscription",
    .create_date = "2020-10-15 14:27:04.946002",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
