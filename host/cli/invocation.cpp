#include "cli/invocation.h"

#include <cstdio>
#include <cstdlib>
#include <ostream>

#include "session/project_session.h"
#include "plugins/plugin_registry.h"

namespace dbm::cli {

Invocation::Invocation() = default;
Invocation::~Invocation() = default;

void end_process(Invocation& invocation, std::ostream& out, int status) {
  for (const auto& session : invocation.sessions) session->close_connection_before_exit();
  out.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}

}  // namespace dbm::cli
