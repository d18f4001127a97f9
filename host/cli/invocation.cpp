#include "cli/invocation.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <cstdlib>
#include <ostream>

#include "cli/cli.h"
#include "session/project_session.h"
#include "plugins/plugin_registry.h"

namespace dbm::cli {

Invocation::Invocation() = default;
Invocation::~Invocation() = default;

void end_process(Invocation& invocation, std::ostream& out, int status) {
  for (const auto& session : invocation.sessions) session->close_connection_before_exit();
  // A result that could not be written (a full disk, a closed stdout) is a
  // failure, not a success with the output lost.
  out.flush();
  const bool lost = out.fail() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  const int error = errno;
  if (lost && status == 0) {
    print_failure(("cannot write the output to standard output: " + std::string(std::strerror(error))).c_str());
    status = 1;
  }
  std::fflush(nullptr);
  std::_Exit(status);
}

}  // namespace dbm::cli
