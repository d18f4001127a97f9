// The pieces upgrade, downgrade and stamp share between online and --sql
// runs: planning from the request, and turning a plan into the executor's
// steps with the version-row statements each step writes.
#pragma once

#include <string>
#include <vector>

#include "migration_run.h"
#include "ddl/dialect.h"
#include "runtime/executor.h"
#include "runtime/head_maintainer.h"
#include "runtime/planner.h"

namespace dbm::commands {

/// The plan `request` asks for, from the version rows `heads`.
runtime::Plan make_plan(const graph::RevisionGraph& graph, const std::vector<std::string>& heads,
                        const MigrationRequest& request);

/// The executor's steps for `plan`; `maintainer` moves along with them.
std::vector<runtime::ExecutionStep> execution_steps(ProjectSession& project, const runtime::Plan& plan,
                                                    runtime::HeadMaintainer& maintainer, const std::string& table,
                                                    const ddl::Dialect& dialect);

}  // namespace dbm::commands
