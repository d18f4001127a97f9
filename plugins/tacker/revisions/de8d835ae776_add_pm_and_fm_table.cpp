// Revision de8d835ae776: the fault- and performance-management tables
// AlarmV1, FmSubscriptionV1, PmJobV2 and PerformanceReportV2. AlarmV1's three
// enums are named types on PostgreSQL (ackState, perceivedSeverity, eventType).
#include <initializer_list>
#include <string>
#include <utility>

#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string255(std::string name) { return column(std::move(name), types::string(255)); }
Column json(std::string name) { return column(std::move(name), types::sql_json()); }
Column date_time(std::string name) { return column(std::move(name), types::date_time()); }

// Keyed by a PRIMARY KEY constraint on id; InnoDB on MySQL.
Table keyed_table(std::string name, std::initializer_list<ColumnGroup> columns) {
  Table t = table(std::move(name), columns);
  t.primary_key = primary_key({"id"});
  t.options = {{"mysql_engine", "InnoDB"}};
  return t;
}

void upgrade(Operations& op) {
  op.create_table(keyed_table("AlarmV1", {
      string255("id").not_null(),
      string255("managedObjectId").not_null(),
      json("vnfcInstanceIds"),
      json("rootCauseFaultyResource"),
      date_time("alarmRaisedTime").not_null(),
      date_time("alarmChangedTime"),
      date_time("alarmClearedTime"),
      date_time("alarmAcknowledgedTime"),
      column("ackState", types::enumeration("ackState", {"UNACKNOWLEDGED", "ACKNOWLEDGED"})).not_null(),
      column("perceivedSeverity",
             types::enumeration("perceivedSeverity",
                                {"CRITICAL", "MAJOR", "MINOR", "WARNING", "INDETERMINATE", "CLEARED"}))
          .not_null(),
      date_time("eventTime").not_null(),
      column("eventType",
             types::enumeration("eventType", {"COMMUNICATIONS_ALARM", "PROCESSING_ERROR_ALARM",
                                              "ENVIRONMENTAL_ALARM", "QOS_ALARM", "EQUIPMENT_ALARM"}))
          .not_null(),
      string255("faultType"),
      string255("probableCause").not_null(),
      column("isRootCause", types::boolean()).not_null(),
      json("correlatedAlarmIds"),
      json("faultDetails"),
  }));

  op.create_table(keyed_table("FmSubscriptionV1", {
      string255("id").not_null(),
      json("filter"),
      string255("callbackUri").not_null(),
      json("authentication"),
  }));

  op.create_table(keyed_table("PmJobV2", {
      string255("id").not_null(),
      column("objectType", types::string(32)).not_null(),
      json("objectInstanceIds").not_null(),
      json("subObjectInstanceIds"),
      json("criteria").not_null(),
      string255("callbackUri").not_null(),
      json("reports"),
      json("authentication"),
      json("metadata"),
  }));

  op.create_table(keyed_table("PerformanceReportV2", {
      string255("id").not_null(),
      string255("jobId").not_null(),
      json("entries").not_null(),
  }));
}

}  // namespace

DBM_REVISION({
    .id = "de8d835ae776",
    .down = {"85c06a0714b7"},
    .message = "add_pm_and_fm_table",
    .create_date = "2022-07-21 17:34:45.675428",
    .upgrade = upgrade,
})

}  // namespace dbm::tacker
