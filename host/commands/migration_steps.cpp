// Plans and executor steps for upgrade, downgrade and stamp.
#include "migration_steps.h"

#include "session/project_session.h"
#include "ddl/version_table.h"

namespace dbm::commands {
namespace {

runtime::VersionWrite render_change(const runtime::VersionChange& change, const std::string& table,
                                    const ddl::Dialect& dialect) {
  if (const auto* insert = std::get_if<runtime::InsertVersion>(&change)) {
    return {ddl::version_insert(table, insert->id, dialect), ""};
  }
  if (const auto* update = std::get_if<runtime::UpdateVersion>(&change)) {
    return {ddl::version_update(table, update->from, update->to, dialect),
            "updating '" + update->from + "' to '" + update->to + "' in '" + table + "'"};
  }
  const auto& remove = std::get<runtime::DeleteVersion>(change);
  return {ddl::version_delete(table, remove.id, dialect), "deleting '" + remove.id + "' in '" + table + "'"};
}

}  // namespace

runtime::Plan make_plan(const graph::RevisionGraph& graph, const std::vector<std::string>& heads,
                        const MigrationRequest& request) {
  switch (request.kind) {
    case MigrationRequest::Kind::kUpgrade: return runtime::plan_upgrade(graph, heads, request.targets.at(0));
    case MigrationRequest::Kind::kDowngrade: return runtime::plan_downgrade(graph, heads, request.targets.at(0));
    default: return runtime::plan_stamp(graph, heads, request.targets, request.purge);
  }
}

std::vector<runtime::ExecutionStep> execution_steps(ProjectSession& project, const runtime::Plan& plan,
                                                    runtime::HeadMaintainer& maintainer, const std::string& table,
                                                    const ddl::Dialect& dialect) {
  std::vector<runtime::ExecutionStep> steps;
  steps.reserve(plan.size());
  for (const runtime::Step& step : plan) {
    runtime::ExecutionStep execution;
    execution.revision = step.direction == runtime::Direction::kStamp ? nullptr : &project.revision(step.revision);
    execution.upgrade = step.is_upgrade;
    execution.log_line = step.log_line;
    execution.short_log = step.short_log;
    for (const auto& change : maintainer.update_to_step(step)) {
      execution.version_writes.push_back(render_change(change, table, dialect));
    }
    steps.push_back(std::move(execution));
  }
  return steps;
}

}  // namespace dbm::commands
