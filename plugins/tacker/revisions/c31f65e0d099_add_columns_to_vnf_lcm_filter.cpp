// Revision c31f65e0d099: vnf_lcm_filters gains vnf_products_from_providers
// (JSON) and thirteen generated columns that pick values (and array lengths)
// out of it and out of `filter`: text columns are VARCHAR(65535) on
// PostgreSQL and TEXT(65535) elsewhere, counts are INTEGER.
// The PostgreSQL and MySQL expressions are upstream's, as they are. On SQLite
// upstream uses its MySQL branch, whose json_unquote / json_length SQLite does
// not have, so the revision fails there. SQLite gets its own expressions with
// json_extract / json_array_length, reading the same column and path as the
// PostgreSQL expression does (vnfd_versions_len reads `filter`, as there);
// the type is upstream's non-PostgreSQL one (TEXT(65535)). For vnf_provider,
// vnf_product_name and vnf_software_version, whose PostgreSQL text builds a
// row value with 0 in it, SQLite falls back to '' as MySQL does. Columns,
// types and order are upstream's.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

// One generated column: a value (text) or an array length (integer), with its
// expression for each dialect.
struct Generated {
  const char* name;
  bool is_count;
  const char* postgresql;
  const char* mysql;
  const char* sqlite;
};

constexpr Generated kGenerated[] = {
    {"operation_states", false,
     "decode(filter->>'$.operationStates','escape')",
     "json_unquote(json_extract(`filter`,'$.operationStates'))",
     "json_extract(filter, '$.operationStates')"},
    {"operation_states_len", true,
     "coalesce(json_array_length(filter->'$.operationStates'),0)",
     "ifnull(json_length(`operation_states`),0)",
     "coalesce(json_array_length(filter, '$.operationStates'), 0)"},
    {"vnfd_ids", false,
     "decode(filter->>'$.vnfdIds','escape')",
     "json_unquote(json_extract(`filter`,'$.vnfdIds'))",
     "json_extract(filter, '$.vnfdIds')"},
    {"vnfd_ids_len", true,
     "coalesce(json_array_length(filter->'$.vnfdIds'),0)",
     "ifnull(json_length(`vnfd_ids`),0)",
     "coalesce(json_array_length(filter, '$.vnfdIds'), 0)"},
    {"vnf_provider", false,
     "(coalesce(decode(vnf_products_from_providers->>'$.vnfProvider','escape')),0)",
     "(ifnull(json_unquote(json_extract(`vnf_products_from_providers`,'$.vnfProvider')),''))",
     "coalesce(json_extract(vnf_products_from_providers, '$.vnfProvider'), '')"},
    {"vnf_product_name", false,
     "(coalesce(decode(vnf_products_from_providers->>'$.vnfProducts[0].vnfProductName','escape')),0)",
     "(ifnull(json_unquote(json_extract(`vnf_products_from_providers`,'$.vnfProducts[0].vnfProductName')),''))",
     "coalesce(json_extract(vnf_products_from_providers, '$.vnfProducts[0].vnfProductName'), '')"},
    {"vnf_software_version", false,
     "(coalesce(decode(vnf_products_from_providers->>'$.vnfProducts[0].versions[0].vnfSoftwareVersion',"
     "'escape')),0)",
     "(ifnull(json_unquote(json_extract(`vnf_products_from_providers`,"
     "'$.vnfProducts[0].versions[0].vnfSoftwareVersion')),''))",
     "coalesce(json_extract(vnf_products_from_providers, '$.vnfProducts[0].versions[0].vnfSoftwareVersion'), '')"},
    {"vnfd_versions", false,
     "decode(vnf_products_from_providers->>'$.vnfProducts[0].versions[0].vnfdVersions','escape')",
     "json_unquote(json_extract(`vnf_products_from_providers`,'$.vnfProducts[0].versions[0].vnfdVersions'))",
     "json_extract(vnf_products_from_providers, '$.vnfProducts[0].versions[0].vnfdVersions')"},
    {"vnfd_versions_len", true,
     "coalesce(json_array_length(filter->'$.vnfProducts[0].versions[0].vnfdVersions'),0)",
     "ifnull(json_length(`vnfd_versions`),0)",
     "coalesce(json_array_length(filter, '$.vnfProducts[0].versions[0].vnfdVersions'), 0)"},
    {"vnf_instance_ids", false,
     "decode(filter->>'$.vnfInstanceIds','escape')",
     "json_unquote(json_extract(`filter`,'$.vnfInstanceIds'))",
     "json_extract(filter, '$.vnfInstanceIds')"},
    {"vnf_instance_ids_len", true,
     "coalesce(json_array_length(filter->'$.vnfInstanceIds'),0)",
     "ifnull(json_length(`vnf_instance_ids`),0)",
     "coalesce(json_array_length(filter, '$.vnfInstanceIds'), 0)"},
    {"vnf_instance_names", false,
     "decode(filter->>'$.vnfInstanceNames','escape')",
     "json_unquote(json_extract(`filter`,'$.vnfInstanceNames'))",
     "json_extract(filter, '$.vnfInstanceNames')"},
    {"vnf_instance_names_len", true,
     "coalesce(json_array_length(filter->'$.vnfInstanceNames'),0)",
     "ifnull(json_length(`vnf_instance_names`),0)",
     "coalesce(json_array_length(filter, '$.vnfInstanceNames'), 0)"},
};

void upgrade(Operations& op) {
  op.add_column("vnf_lcm_filters", column("vnf_products_from_providers", types::sql_json()));
  for (const Generated& g : kGenerated) {
    const char* sql = op.dialect() == "postgresql" ? g.postgresql
                      : op.dialect() == "sqlite"   ? g.sqlite
                                                   : g.mysql;
    const Type type = g.is_count ? types::integer() : text_type_maxlen(op);
    op.add_column("vnf_lcm_filters", column(g.name, type).generated_as(sql));
  }
}

}  // namespace

DBM_REVISION({
    .id = "c31f65e0d099",
    .down = {"3adac34764da"},
    .message = "Add columns to vnf_lcm_filter",
    .create_date = "2021-02-03 22:53:36.352774",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
