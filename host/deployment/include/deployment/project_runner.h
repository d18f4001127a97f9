// Runs one command for every project of a deployment: in manifest order, or
// with --jobs N several databases at once (projects sharing a database still
// one after another). Each project's output is kept together under a header
// line, as neutron-db-manage prints it, and a summary closes the run.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace dbm::session {
class ProjectSession;
}

namespace dbm::deployment {

struct ProjectOutcome {
  enum class State { kNotStarted, kSucceeded, kFailed };
  std::string project{};
  State state = State::kNotStarted;
  int exit_code = 0;
  std::string error{};  ///< the failure's one-line message
};

struct RunnerOptions {
  std::string command{};  ///< for the header: "Running <command> for <project> ..."
  bool keep_going = false;  ///< go on with the other projects after a failure
  int jobs = 1;             ///< databases migrated at once
  /// The output is a SQL script: headers become SQL comments, and no "OK"
  /// line or summary goes to stdout.
  bool sql_output = false;
};

/// One project's part of the run.
struct RunnerProject {
  session::ProjectSession* session = nullptr;
  std::string database{};  ///< database identity; equal ones never run at once ("" = needs none)
};

/// Runs `body` once per project; `body` writes its results to the stream it
/// is given and returns an exit status, or throws dbm::Error. Returns the
/// outcomes in `projects` order, after printing the summary (on stdout, or on
/// stderr for SQL output).
std::vector<ProjectOutcome> run_projects(const std::vector<RunnerProject>& projects, const RunnerOptions& options,
                                         const std::function<int(session::ProjectSession&, std::ostream&)>& body,
                                         std::ostream& out);

/// The exit status of a whole run: 0 when every project succeeded, else the
/// status of the first that failed (in manifest order).
int exit_status(const std::vector<ProjectOutcome>& outcomes);

}  // namespace dbm::deployment
