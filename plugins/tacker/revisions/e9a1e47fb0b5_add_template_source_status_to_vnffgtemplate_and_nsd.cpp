// Revision e9a1e47fb0b5: VNFFG templates and NSDs get a template_source
// column defaulting to 'onboarded', and rows without one are set to it.
#include <string>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void add_template_source(Operations& op, const std::string& table) {
  op.add_column(table, column("template_source", types::string(255))
                           .with_default(ServerDefault::literal("onboarded")));
  op.execute("UPDATE " + table + " set template_source='onboarded' WHERE template_source is NULL");
}

void upgrade(Operations& op) {
  add_template_source(op, "vnffgtemplates");
  add_template_source(op, "nsd");
}

}  // namespace

DBM_REVISION({
    .id = "e9a1e47fb0b5",
    .down = {"f5c1c3b0f6b4"},
    .message = "add onboarded status for vnffgd and nsd",
    .create_date = "2017-07-17 10:02:37.572587",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
