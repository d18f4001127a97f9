// The model modules that models.cpp assembles (the quantum.db ones in
// models_core.cpp, the core plugins' own in models_plugins.cpp) and the
// column shapes they share. Internal to the quantum plugin.
#pragma once

#include <dbm/columns.h>
#include <dbm/schema.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace dbm::quantum::models_parts {

// ---- shared shapes (models_core.cpp) ------------------------------------

/// A table of `columns` in order, keyed by the columns flagged primary(),
/// with `foreign_keys` in the order of the columns that declare them.
Table model(std::string name, std::initializer_list<ColumnGroup> columns, std::vector<ForeignKey> foreign_keys = {});

Column string(std::string name, int length);
Column integer(std::string name);
Column boolean(std::string name);

/// A model mixing in both models_v2.HasId and models_v2.HasTenant, whichever
/// order the class lists them in: tenant_id (nullable String(255)) comes
/// before id (String(36), the primary key), because SQLAlchemy orders mixin
/// columns by when they were created and models_v2 defines HasTenant first.
/// A model with HasId alone starts with primary_key_id().
std::vector<Column> tenant_and_id();

// ---- quantum/db (models_core.cpp) ---------------------------------------

std::vector<Table> models_v2();          ///< quantum/db/models_v2.py
std::vector<Table> servicetype_db();     ///< quantum/db/servicetype_db.py
std::vector<Table> l3_db();              ///< quantum/db/l3_db.py
std::vector<Table> quota_db();           ///< quantum/db/quota_db.py
std::vector<Table> securitygroups_db();  ///< quantum/db/securitygroups_db.py
std::vector<Table> portsecurity_db();    ///< quantum/db/portsecurity_db.py

// ---- the core plugins' own modules (models_plugins.cpp) -----------------

/// quantum/plugins/cisco/db/network_models_v2.py and nexus_models_v2.py.
std::vector<Table> cisco();
/// quantum/plugins/linuxbridge/db/l2network_models_v2.py.
std::vector<Table> linuxbridge();
/// quantum/plugins/metaplugin/meta_models_v2.py.
std::vector<Table> metaplugin();
/// quantum/plugins/nec/db/models.py.
std::vector<Table> nec();
/// quantum/plugins/openvswitch/ovs_models_v2.py.
std::vector<Table> openvswitch();
/// quantum/plugins/ryu/db/models_v2.py.
std::vector<Table> ryu();
/// quantum/plugins/nicira/nicira_nvp_plugin/nicira_models.py.
std::vector<Table> nicira();

}  // namespace dbm::quantum::models_parts
