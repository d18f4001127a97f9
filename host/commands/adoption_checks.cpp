// See adoption_checks.h.
#include "adoption_checks.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "base/error.h"
#include "dbm/plugin.h"
#include "graph/revision_graph.h"
#include "plugins/loaded_plugin.h"
#include "runtime/migration_context.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

/// "networks, subnets, ports, … (11 in all)": enough names to recognise a schema by.
std::string some_tables(const std::vector<std::string>& tables) {
  constexpr std::size_t kShown = 5;
  std::string text;
  for (std::size_t i = 0; i < tables.size() && i < kShown; ++i) text += (i == 0 ? "" : ", ") + tables[i];
  if (tables.size() > kShown) text += fmt::format(", … ({} in all)", tables.size());
  return text;
}

}  // namespace

/// A database without version rows that already holds tables the first
/// revision creates was built before version tracking (a Folsom quantum
/// database). Alembic would fail half-way through the first revision; we stop
/// before anything runs and say how to adopt it.
void check_unversioned_upgrade(runtime::MigrationContext& context, const runtime::Plan& plan) {
  const std::string& first = plan.front().revision;
  const auto tables = context.tables_created_by(first);
  if (tables.present.empty()) return;
  if (!tables.missing.empty()) {
    throw CommandError(fmt::format(
        "The database has no version rows but already holds {} of the {} tables revision {} creates ({}), and not "
        "{}: a run stopped before its first version row, or a schema built by hand. Complete or remove those "
        "tables, then 'stamp {}' or upgrade; nothing was changed",
        tables.present.size(), tables.present.size() + tables.missing.size(), first, some_tables(tables.present),
        some_tables(tables.missing), first));
  }
  throw CommandError(fmt::format(
      "The database has no version rows but already holds the {} tables revision {} creates ({}): it was built "
      "without version tracking. If it has {}'s schema, run 'stamp {}' and then upgrade; nothing was changed",
      tables.present.size(), first, some_tables(tables.present), first, first));
}

/// `stamp <adoption revision>` adopts a database built before version
/// tracking; on one that holds none of that revision's tables (an empty one,
/// or one that `downgrade base` emptied) it would record a schema that is not
/// there, and the next upgrade would build on missing tables.
void check_adoption_stamp(ProjectSession& project, runtime::MigrationContext& context,
                          const MigrationRequest& request) {
  const std::string& adoption = project.plugin().plugin().adoption_revision;
  if (adoption.empty() || request.targets != std::vector<std::string>{adoption}) return;
  if (project.graph().find(adoption) == nullptr) return;  // the tree's own check names a bad id
  const auto tables = context.tables_created_by(adoption);
  if (!tables.present.empty() || tables.missing.empty()) return;
  throw CommandError(fmt::format(
      "'stamp {}' adopts a database built before version tracking, but this one holds none of the {} tables "
      "revision {} creates for this configuration ({}). To build the schema on an empty database, run 'upgrade "
      "head' instead; nothing was changed",
      adoption, tables.missing.size(), adoption, some_tables(tables.missing)));
}

}  // namespace dbm::commands
