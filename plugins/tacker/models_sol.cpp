// The models of the refactored SOL API (upstream tacker/sol_refactored/db/
// sqlalchemy/models.py at fea54ab7), in upstream's order; the header of
// models.cpp says where they and the migrations disagree.
//
// Upstream's enums have no name; each takes the PostgreSQL type name the
// revision creating its column gives it (a23ebee909a8, 3ff50553e9d3,
// de8d835ae776), with the model's values.
#include <dbm/columns.h>

#include "models_parts.h"

namespace dbm::tacker::models_parts {

namespace {

Column string(std::string name, int length = 255) { return column(std::move(name), types::string(length)); }
Column sql_json(std::string name) { return column(std::move(name), types::sql_json()); }
Column date_time(std::string name) { return column(std::move(name), types::date_time()); }
Column boolean(std::string name) { return column(std::move(name), types::boolean()); }
Column enumeration(std::string name, std::vector<std::string> values) {
  Type type = types::enumeration(name, std::move(values));
  return column(std::move(name), std::move(type));
}

// Most SOL tables are keyed by a VARCHAR(255) id.
Column id() { return string("id").primary(); }

Table lccn_subscription_v2() {
  return innodb(table("LccnSubscriptionV2", {
      id(),
      sql_json("filter"),
      string("callbackUri").not_null(),
      sql_json("authentication"),
      enumeration("verbosity", {"FULL", "SHORT"}).not_null(),
  }));
}

Table vnf_instance_v2() {
  return innodb(table("VnfInstanceV2", {
      id(),
      string("vnfInstanceName"),
      column("vnfInstanceDescription", types::text()),
      string("vnfdId").not_null(),
      string("vnfProvider").not_null(),
      string("vnfProductName").not_null(),
      string("vnfSoftwareVersion").not_null(),
      string("vnfdVersion").not_null(),
      sql_json("vnfConfigurableProperties"),
      sql_json("vimConnectionInfo"),
      enumeration("instantiationState", {"NOT_INSTANTIATED", "INSTANTIATED"}).not_null(),
      sql_json("instantiatedVnfInfo"),
      sql_json("metadata"),
      sql_json("extensions"),
  }));
}

Table vnf_lcm_op_occ_v2() {
  return innodb(table("VnfLcmOpOccV2", {
      id(),
      enumeration("operationState", {"STARTING", "PROCESSING", "COMPLETED", "FAILED_TEMP", "FAILED",
                                     "ROLLING_BACK", "ROLLED_BACK"})
          .not_null(),
      date_time("stateEnteredTime").not_null(),
      date_time("startTime").not_null(),
      string("vnfInstanceId").not_null(),
      string("grantId"),
      enumeration("operation", {"INSTANTIATE", "SCALE", "SCALE_TO_LEVEL", "CHANGE_FLAVOUR", "TERMINATE", "HEAL",
                                "OPERATE", "CHANGE_EXT_CONN", "MODIFY_INFO", "CREATE_SNAPSHOT",
                                "REVERT_TO_SNAPSHOT", "CHANGE_VNFPKG"})
          .not_null(),
      boolean("isAutomaticInvocation").not_null(),
      sql_json("operationParams"),
      boolean("isCancelPending").not_null(),
      enumeration("cancelMode", {"GRACEFUL", "FORCEFUL"}),
      sql_json("error"),
      sql_json("resourceChanges"),
      sql_json("changedInfo"),
      sql_json("changedExtConnectivity"),
      sql_json("modificationsTriggeredByVnfPkgChange"),
      string("vnfSnapshotInfoId"),
  }));
}

Table grant_v1() {
  return innodb(table("GrantV1", {
      id(),
      string("vnfInstanceId").not_null(),
      string("vnfLcmOpOccId").not_null(),
      sql_json("vimConnectionInfo"),
      sql_json("zones"),
      sql_json("zoneGroups"),
      sql_json("addResources"),
      sql_json("tempResources"),
      sql_json("removeResources"),
      sql_json("updateResources"),
      sql_json("vimAssets"),
      sql_json("extVirtualLinks"),
      sql_json("extManagedVirtualLinks"),
      sql_json("additionalParams"),
  }));
}

// Keyed by vnfLcmOpOccId; its operation enum lacks MODIFY_INFO.
Table grant_request_v1() {
  return innodb(table("GrantRequestV1", {
      string("vnfInstanceId").not_null(),
      string("vnfLcmOpOccId").primary(),
      string("vnfdId").not_null(),
      string("dstVnfdId"),
      string("flavourId"),
      enumeration("operation", {"INSTANTIATE", "SCALE", "SCALE_TO_LEVEL", "CHANGE_FLAVOUR", "TERMINATE", "HEAL",
                                "OPERATE", "CHANGE_EXT_CONN", "CREATE_SNAPSHOT", "REVERT_TO_SNAPSHOT",
                                "CHANGE_VNFPKG"})
          .not_null(),
      boolean("isAutomaticInvocation").not_null(),
      string("instantiationLevelId"),
      sql_json("addResources"),
      sql_json("tempResources"),
      sql_json("removeResources"),
      sql_json("updateResources"),
      sql_json("placementConstraints"),
      sql_json("vimConstraints"),
      sql_json("additionalParams"),
  }));
}

Table alarm_v1() {
  return innodb(table("AlarmV1", {
      id(),
      string("managedObjectId").not_null(),
      sql_json("vnfcInstanceIds"),
      sql_json("rootCauseFaultyResource"),
      date_time("alarmRaisedTime").not_null(),
      date_time("alarmChangedTime"),
      date_time("alarmClearedTime"),
      date_time("alarmAcknowledgedTime"),
      enumeration("ackState", {"UNACKNOWLEDGED", "ACKNOWLEDGED"}).not_null(),
      enumeration("perceivedSeverity", {"CRITICAL", "MAJOR", "MINOR", "WARNING", "INDETERMINATE", "CLEARED"})
          .not_null(),
      date_time("eventTime").not_null(),
      enumeration("eventType", {"COMMUNICATIONS_ALARM", "PROCESSING_ERROR_ALARM", "ENVIRONMENTAL_ALARM",
                                "QOS_ALARM", "EQUIPMENT_ALARM"})
          .not_null(),
      string("faultType"),
      string("probableCause").not_null(),
      boolean("isRootCause").not_null(),
      sql_json("correlatedAlarmIds"),
      sql_json("faultDetails"),
  }));
}

Table fm_subscription_v1() {
  return innodb(table("FmSubscriptionV1", {
      id(),
      sql_json("filter"),
      string("callbackUri").not_null(),
      sql_json("authentication"),
  }));
}

Table pm_job_v2() {
  return innodb(table("PmJobV2", {
      id(),
      string("objectType", 32).not_null(),
      sql_json("objectInstanceIds").not_null(),
      sql_json("subObjectInstanceIds"),
      sql_json("criteria").not_null(),
      string("callbackUri").not_null(),
      sql_json("reports"),
      sql_json("authentication"),
      sql_json("metadata"),
  }));
}

Table threshold_v2() {
  return innodb(table("ThresholdV2", {
      id(),
      string("objectType", 32).not_null(),
      string("objectInstanceId").not_null(),
      sql_json("subObjectInstanceIds"),
      sql_json("criteria").not_null(),
      string("callbackUri").not_null(),
      sql_json("authentication"),
      sql_json("metadata"),
  }));
}

Table performance_report_v2() {
  return innodb(table("PerformanceReportV2", {
      id(),
      string("jobId").not_null(),
      sql_json("entries").not_null(),
  }));
}

Table crypt_key() {
  return innodb(table("CryptKey", {
      string("id", 36).primary(),
      string("secretUuid", 36),
      string("encryptedKey").not_null(),
      string("keyType", 36).not_null(),
      boolean("inUse").not_null(),
  }));
}

}  // namespace

std::vector<Table> sol() {
  return {
      lccn_subscription_v2(), vnf_instance_v2(),    vnf_lcm_op_occ_v2(), grant_v1(),
      grant_request_v1(),     alarm_v1(),           fm_subscription_v1(), pm_job_v2(),
      threshold_v2(),         performance_report_v2(), crypt_key(),
  };
}

}  // namespace dbm::tacker::models_parts
