// Revision 1c6b0d82afcd: the first four tables — device templates and their
// attributes, devices and theirs. Every key is unnamed, so each database
// names it; ids are VARCHAR(36) except devices.id, VARCHAR(255).
#include <dbm/columns.h>
#include <dbm/operations.h>
#include <dbm/revision.h>

#include "tacker_types.h"

namespace dbm::tacker {
namespace {

Column string(std::string name, int length) { return column(std::move(name), types::string(length)); }

Table devicetemplates() {
  Table t = table("devicetemplates", {
      string("id", 36).not_null(),
      string("tenant_id", 255),
      string("name", 255),
      string("description", 255),
      string("infra_driver", 255),
      string("mgmt_driver", 255),
  });
  t.primary_key = primary_key({"id"});
  return t;
}

Table devicetemplateattributes() {
  Table t = table("devicetemplateattributes", {
      string("id", 36).not_null(),
      string("template_id", 36).not_null(),
      string("key", 255).not_null(),
      string("value", 4096),
  });
  t.foreign_keys = {foreign_key("template_id", "devicetemplates")};
  t.primary_key = primary_key({"id"});
  return t;
}

Table devices() {
  Table t = table("devices", {
      string("id", 255).not_null(),
      string("tenant_id", 255),
      string("name", 255),
      string("template_id", 36),
      string("instance_id", 255),
      string("mgmt_url", 255),
      string("status", 255),
  });
  t.foreign_keys = {foreign_key("template_id", "devicetemplates")};
  t.primary_key = primary_key({"id"});
  return t;
}

Table deviceattributes() {
  Table t = table("deviceattributes", {
      string("id", 36).not_null(),
      string("device_id", 255),
      string("key", 255).not_null(),
      string("value", 4096),
  });
  t.foreign_keys = {foreign_key("device_id", "devices")};
  t.primary_key = primary_key({"id"});
  return t;
}

void upgrade(Operations& op) {
  op.create_table(devicetemplates());
  op.create_table(devicetemplateattributes());
  op.create_table(devices());
  op.create_table(deviceattributes());
}

}  // namespace

DBM_REVISION({
    .id = "1c6b0d82afcd",
    .message = "add tables for tacker framework",
    .create_date = "2013-11-25 18:06:13.980301",
    .upgrade = upgrade,
    // Upstream's docstring names 2db5203cb7a9 as the parent; the revision is a base.
    .doc = "add tables for tacker framework\n\nRevision ID: 1c6b0d82afcd\nRevises: 2db5203cb7a9\n"
           "Create Date: 2013-11-25 18:06:13.980301\n\n",
})

}  // namespace dbm::tacker
