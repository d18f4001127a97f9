// Commands the upstream tools have whose engine is not built yet. They are
// listed so that `--help` is complete, and refuse clearly instead of
// pretending: each says what is missing and exits non-zero.
#include "commands/command.h"
#include "error.h"

namespace dbm::commands {
namespace {

Command not_yet(std::string name, std::string summary, std::string what) {
  Command c;
  c.name = name;
  c.summary = summary + " (not available yet)";
  c.describe = [](auto& options, auto& positional) {
    options.add_options()("args", boost::program_options::value<std::vector<std::string>>(), "arguments");
    positional.add("args", -1);
  };
  c.run = [name, what](CommandEnv&, const boost::program_options::variables_map&) -> int {
    throw Error("'" + name + "' is not available yet in this db-manage: " + what);
  };
  return c;
}

}  // namespace

Command revision_command() {
  return not_yet("revision", "Create a new revision file.", "revision authoring is not built yet");
}

}  // namespace dbm::commands
