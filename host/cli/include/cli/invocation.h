// What one run of db-manage builds that lives until the process ends: the
// plugin libraries and the projects' sessions (revision graphs, connections).
// main owns it and ends the process without destroying it: at 10000 revisions
// freeing it all one allocation at a time was 4 ms of a 45 ms `current`, work
// whose only effect is undone by the kernel a moment later. end_process closes
// what someone outside the process would notice being dropped.
#pragma once

#include <iosfwd>
#include <memory>
#include <vector>

namespace dbm::plugins {
class PluginRegistry;
}
namespace dbm::session {
class ProjectSession;
}

namespace dbm::cli {

struct Invocation {
  Invocation();
  ~Invocation();
  Invocation(const Invocation&) = delete;
  Invocation& operator=(const Invocation&) = delete;

  std::unique_ptr<plugins::PluginRegistry> registry;  ///< owns every plugin library
  std::vector<std::unique_ptr<session::ProjectSession>> sessions;
};

/// Flushes `out` and stderr, closes the connections that must be closed
/// (ProjectSession::close_connection_before_exit) and ends the process with
/// `status`, running no destructors. Only main calls it.
[[noreturn]] void end_process(Invocation& invocation, std::ostream& out, int status);

}  // namespace dbm::cli
