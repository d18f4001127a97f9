// `status` (ours): where every project of the run stands, in one table or as
// JSON, with an exit status a deployment script can gate on: 0 all up to
// date, 1 some behind, 2 some could not be read or stand at a revision their
// tree does not know.
#include <algorithm>
#include <optional>
#include <ostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands/command.h"
#include "config/db_url.h"
#include "session/project_session.h"
#include "base/error.h"
#include "log/log.h"
#include "runtime/migration_context.h"
#include "runtime/planner.h"
#include "base/join.h"

namespace dbm::commands {
namespace {

struct ProjectStatus {
  std::string project;
  std::string database;
  std::string version_table;
  /// For a tree whose revisions a config option selects (quantum's core_plugin).
  std::optional<runtime::RevisionSelection> selection;
  std::vector<std::string> current;
  std::vector<std::string> heads;
  std::optional<std::size_t> pending;  ///< unknown when a row is not in the tree
  std::string state;
  std::string error;
  int severity = 0;  ///< the exit status this project alone would give
};

ProjectStatus status_of(ProjectSession& project) {
  ProjectStatus s;
  s.project = project.name();
  s.version_table = project.version_table();
  try {
    s.heads = project.graph().heads();
    s.database = project.url().masked();
    const runtime::RevisionSelection selection = project.revision_selection();
    if (selection.selective()) s.selection = selection;
    runtime::MigrationContext& context = project.migration_context();
    const bool has_table = context.has_version_table();
    s.current = context.current_heads();
    std::sort(s.current.begin(), s.current.end());
    const bool known = std::all_of(s.current.begin(), s.current.end(),
                                   [&](const std::string& id) { return project.graph().find(id) != nullptr; });
    if (!known) {
      s.state = "ahead or unknown revision";
      s.severity = 2;
      return s;
    }
    s.pending = runtime::plan_upgrade(project.graph(), s.current, "heads").size();
    if (!has_table) {
      s.state = "no version table";
      s.severity = 1;
    } else if (*s.pending == 0) {
      s.state = "up to date";
    } else {
      s.state = "behind";
      s.severity = 1;
    }
  } catch (const Error& e) {
    s.state = "error";
    s.error = e.what();
    s.severity = 2;
  }
  return s;
}

std::string pending_text(const ProjectStatus& s) { return s.pending ? std::to_string(*s.pending) : "?"; }

void print_table(const std::vector<ProjectStatus>& statuses, std::ostream& out) {
  std::vector<std::vector<std::string>> rows{
      {"PROJECT", "DATABASE", "VERSION TABLE", "CURRENT", "HEADS", "PENDING", "STATE"}};
  for (const auto& s : statuses) {
    const std::string state = s.error.empty() ? s.state : s.state + ": " + s.error;
    rows.push_back({s.project, s.database, s.version_table, s.current.empty() ? "-" : text::join(s.current, ","),
                    text::join(s.heads, ","), pending_text(s), state});
  }
  std::vector<std::size_t> widths(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += c + 1 < row.size() ? fmt::format("{:<{}}  ", row[c], widths[c]) : row[c];
    }
    out << line << "\n";
  }
  for (const auto& s : statuses) {
    if (s.selection) out << s.project << ": revisions run for " << s.selection->describe() << "\n";
  }
}

// One object per project, keys in table-column order. An unknown pending
// count is null: the tree does not know a row, so nothing can be counted.
void print_json(const std::vector<ProjectStatus>& statuses, std::ostream& out) {
  nlohmann::ordered_json projects = nlohmann::ordered_json::array();
  for (const auto& s : statuses) {
    nlohmann::ordered_json entry{{"project", s.project},
                                 {"database", s.database},
                                 {"version_table", s.version_table},
                                 {"current", s.current},
                                 {"heads", s.heads},
                                 {"pending", nullptr},
                                 {"state", s.state}};
    if (s.pending) entry["pending"] = *s.pending;
    if (s.selection) {
      entry["revisions_run_for"] = {{"option", s.selection->section() + "/" + s.selection->option()},
                                    {"value", s.selection->value()}};
    }
    if (!s.error.empty()) entry["error"] = s.error;
    projects.push_back(std::move(entry));
  }
  out << nlohmann::ordered_json{{"projects", std::move(projects)}}.dump(2) << "\n";
}

}  // namespace

Command status_command() {
  Command c;
  c.name = "status";
  c.uses_database = true;
  c.error_exit_code = 2;
  c.summary = "Show every project's current revision, heads and pending count (exit 0 up to date, 1 behind, 2 error).";
  c.options = {
      {.name = "format", .kind = OptionSpec::Kind::kText, .help = "table or json", .default_value = "table"},
      {"verbose,v", OptionSpec::Kind::kFlag, "Also log each connection (Alembic's context lines)"},
  };
  c.run_all = [](CommandEnv& env, const Arguments& args) {
    const std::string format = args.text("format");
    if (format != "table" && format != "json") throw UsageError("status: --format must be table or json");
    // The table is the report; a pair of context lines per project is noise around it.
    if (!args.has("verbose")) log::set_verbosity(log::Verbosity::kQuiet);
    std::vector<ProjectStatus> statuses;
    int exit_status = 0;
    for (ProjectSession* project : env.projects) {
      statuses.push_back(status_of(*project));
      exit_status = std::max(exit_status, statuses.back().severity);
    }
    format == "json" ? print_json(statuses, env.out) : print_table(statuses, env.out);
    return exit_status;
  };
  return c;
}

}  // namespace dbm::commands
