// Calling into a plugin: a revision's upgrade or downgrade runs against a
// fresh recorder, guarded, and what it recorded comes back as data. The one
// place the host runs a revision's code, whatever the command.
#pragma once

#include <vector>

#include "dbm/context.h"
#include "dbm/operations.h"
#include "dbm/revision.h"

namespace dbm::runtime {

enum class RecordDirection : bool { kDowngrade = false, kUpgrade = true };

/// The operations `revision`'s upgrade (or downgrade) records for `context`.
/// Anything the plugin's code throws becomes a dbm::Error
/// "revision <id> (<message>): failed while recording its operations: <text>",
/// its text copied while the plugin is still loaded. A missing function is
/// an error too (a downgrade is looked for only where the planner allowed it).
std::vector<Operation> record_operations(const Revision& revision, RecordDirection direction,
                                         const Context& context);

}  // namespace dbm::runtime
