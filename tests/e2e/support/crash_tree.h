// Runs a tree's migration tool the way the crash tests do: a service's own
// tool (blazar-db-manage, sahara-db-manage) or the crash fixture through
// --plugin-dir, optionally killed (SIGKILL) after its K-th statement by the
// test-only hook of host/runtime/fault_injection.h.
#pragma once

#include <string>
#include <vector>

#include "support/run_db_manage.h"
#include "support/scratch_target.h"

namespace dbm::e2e {

/// The exit status of a process killed by SIGKILL.
inline constexpr int kKilled = 128 + 9;

/// `tree`: "blazar", "sahara" or "crash". `kill_after`: the statement after
/// which the run is killed; empty: never.
RunResult run_tree(const std::string& tree, const ScratchTarget& target, std::vector<std::string> args,
                   const std::string& kill_after = "");

/// The tree's head revision.
std::string head_of(const std::string& tree);

}  // namespace dbm::e2e
