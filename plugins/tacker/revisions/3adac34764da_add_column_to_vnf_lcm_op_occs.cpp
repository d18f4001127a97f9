// Revision 3adac34764da: vnf_lcm_op_occs gains grant_id and
// changed_ext_connectivity (JSON).
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  op.add_column("vnf_lcm_op_occs", column("grant_id", types::string(36)));
  op.add_column("vnf_lcm_op_occs", column("changed_ext_connectivity", types::sql_json()));
}

}  // namespace

DBM_REVISION({
    .id = "3adac34764da",
    .down = {"7186440a306b"},
    .message = "add_column_to_vnf_lcm_op_occs",
    .create_date = "2021-02-16 16:19:12.100380",
    .upgrade = upgrade,
    // The docstring's Revises: line names 62d18199909e, a revision that does
    // not exist; the parent is 7186440a306b. `show` prints the docstring as is.
    .doc = "add_column_to_vnf_lcm_op_occs\n\nRevision ID: 3adac34764da\nRevises: 62d18199909e\n"
           "Create Date: 2021-02-16 16:19:12.100380\n\n",
})

}  // namespace dbm::tacker
