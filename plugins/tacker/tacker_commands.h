// tacker-db-manage's commands beyond the migration commands.
#pragma once

#include <dbm/command.h>

namespace dbm::tacker {

/// `purge_deleted {all,events,vnf,vnfd,vims} [-a AGE] [-g GRANULARITY]`.
PluginCommand purge_deleted_command();
/// `generate_secret_key [--file PATH]`: a new Fernet key.
PluginCommand generate_secret_key_command();
/// `migrate-to-v2 ...`: needs tacker's service code; refuses.
PluginCommand migrate_to_v2_command();

}  // namespace dbm::tacker
