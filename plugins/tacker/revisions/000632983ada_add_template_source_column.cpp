// Revision 000632983ada: vnfd gains a nullable template_source VARCHAR(255).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) { op.add_column("vnfd", column("template_source", types::string(255))); }

}  // namespace

DBM_REVISION({
    .id = "000632983ada",
    .down = {"0ad3bbce1c19"},
    .message = "add template_source column",
    .create_date = "2016-12-22 20:30:03.931290",
    .upgrade = upgrade,
    // Upstream's docstring names 0ae5b1ce3024 as the parent; down_revision is what counts.
    .doc = "add template_source column\n\nRevision ID: 000632983ada\nRevises: 0ae5b1ce3024\n"
           "Create Date: 2016-12-22 20:30:03.931290\n\n",
})

}  // namespace dbm::tacker
