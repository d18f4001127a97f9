// Revision 4ee19c8a6d0a: the events table (an audit log of resource state
// changes), keyed by an auto-incrementing integer id.
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

void upgrade(Operations& op) {
  Table events = table("events", {
      column("id", types::integer()).primary(),
      column("resource_id", uuid()).not_null(),
      column("resource_state", types::string(64)).not_null(),
      column("resource_type", types::string(64)).not_null(),
      column("event_type", types::string(64)).not_null(),
      column("timestamp", types::date_time()).not_null(),
      column("event_details", json_text()),
  });
  events.options = {{"mysql_engine", "InnoDB"}};
  op.create_table(events);
}

}  // namespace

DBM_REVISION({
    .id = "4ee19c8a6d0a",
    .down = {"941b5a6fff9e"},
    .message = "audit_support_events",
    .create_date = "2016-06-07 03:16:53.513392",
    .upgrade = upgrade,
    // Upstream's docstring names acf941e54075 as the parent; down_revision is what counts.
    .doc = "audit_support_events\n\nRevision ID: 4ee19c8a6d0a\nRevises: acf941e54075\n"
           "Create Date: 2016-06-07 03:16:53.513392\n\n",
})

}  // namespace dbm::tacker
