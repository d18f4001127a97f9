#include "generated_columns.h"

#include <cstddef>

#include <dbm/columns.h>

namespace dbm::tacker {

void execute_on(Operations& op, const char* dialect, std::initializer_list<const char*> statements,
                void (*schema_change)(Operations&)) {
  std::size_t left = statements.size();
  for (const char* sql : statements) {
    --left;
    op.execute({.per_dialect = {{dialect, sql}}, .schema_change = left == 0 ? schema_change : nullptr});
  }
}

void redefine_generated(Operations& op, const char* name, Type type, const char* sql, std::optional<bool> stored) {
  op.drop_column("vnf_lcm_filters", name);
  op.add_column("vnf_lcm_filters", column(name, std::move(type)).generated_as(sql, stored));
}

}  // namespace dbm::tacker
