// Revision 75a74e4539cb: fills leases.status from each lease's start_lease and
// end_lease events. Data only, no DDL; recorded as one portable UPDATE, so it
// also works offline.
#include <string>

#include <dbm/operations.h>
#include <dbm/revision.h>

namespace dbm::blazar {

namespace {

// True when the lease has an event of `type` whose status is `status`.
std::string has_event(const std::string& type, const std::string& status) {
  return "EXISTS (SELECT 1 FROM events WHERE events.lease_id = leases.id"
         " AND events.event_type = '" + type + "' AND events.status = '" + status + "')";
}

std::string when(const std::string& start, const std::string& end, const std::string& result) {
  return " WHEN " + has_event("start_lease", start) + " AND " + has_event("end_lease", end) +
         " THEN '" + result + "'";
}

std::string update_statuses() {
  return "UPDATE leases SET status = CASE" + when("DONE", "DONE", "TERMINATED") +
         when("DONE", "UNDONE", "ACTIVE") + when("UNDONE", "UNDONE", "PENDING") +
         " ELSE 'ERROR' END";
}

// Upstream reflects leases/events on a second connection and runs four ORM
// queries, then one UPDATE per lease, in the order PENDING (UNDONE, UNDONE),
// ACTIVE (DONE, UNDONE), TERMINATED (DONE, DONE); a lease matched by several
// (several start or end events) keeps the last, and every lease matched by
// none, missing events included, becomes ERROR. We record one UPDATE with the
// same outcome, latest category first in the CASE. Running on the migration's
// own connection also lets PostgreSQL create the tables and fill them in one
// `upgrade head`, where upstream fails with NoSuchTableError.
void upgrade(Operations& op) { op.execute(update_statuses()); }

void downgrade(Operations& op) { op.execute("UPDATE leases SET status = NULL"); }

}  // namespace

DBM_REVISION({
    .id = "75a74e4539cb",
    .down = {"e66f199a5414"},
    .message = "update lease status",
    .create_date = "2018-01-23 11:05:56.753579",
    .upgrade = upgrade,
    .downgrade = downgrade,
})

}  // namespace dbm::blazar
