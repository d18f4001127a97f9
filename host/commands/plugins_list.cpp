// `plugins`: what the search path holds — every usable plugin, and with
// --verbose the libraries that were refused and why.
#include <ostream>

#include <fmt/format.h>

#include "commands/command.h"
#include "base/join.h"
#include "base/error.h"
#include "plugins/plugin_graph.h"
#include "plugins/plugin_registry.h"

namespace dbm::commands {
Command plugins_command() {
  Command c;
  c.name = "plugins";
  c.summary = "List the plugins found on the plugin search path.";
  c.needs_project = false;
  c.options = {{"verbose,v", OptionSpec::Kind::kFlag, "Also list the libraries that were refused, and why"}};
  c.run = [](CommandEnv& env, const Arguments& args) {
    struct Row {
      std::string name, version, revisions, heads, path;
    };
    std::vector<Row> rows;
    std::vector<plugins::Refusal> refused = env.registry.refusals();
    for (const auto& plugin : env.registry.plugins()) {
      try {
        const graph::RevisionGraph g = plugins::build_revision_graph(*plugin);
        rows.push_back({plugin->name(), plugin->version(),
                        std::to_string(plugin->plugin().revisions.size()), text::join(g.heads(), ","),
                        plugin->path().string()});
      } catch (const PluginError& e) {
        refused.push_back({e.path(), e.reason()});
      }
    }
    Row header{"NAME", "VERSION", "REVISIONS", "HEADS", "PATH"};
    std::size_t w[4] = {header.name.size(), header.version.size(), header.revisions.size(), header.heads.size()};
    for (const auto& r : rows) {
      w[0] = std::max(w[0], r.name.size());
      w[1] = std::max(w[1], r.version.size());
      w[2] = std::max(w[2], r.revisions.size());
      w[3] = std::max(w[3], r.heads.size());
    }
    auto print = [&](const Row& r) {
      env.out << fmt::format("{:<{}}  {:<{}}  {:>{}}  {:<{}}  {}\n", r.name, w[0], r.version, w[1],
                             r.revisions, w[2], r.heads, w[3], r.path);
    };
    print(header);
    for (const auto& r : rows) print(r);
    if (args.has("verbose")) {
      for (const auto& r : refused) env.out << "refused: " << r.path << ": " << r.reason << "\n";
    } else if (!refused.empty()) {
      env.out << refused.size() << " librar" << (refused.size() == 1 ? "y" : "ies")
              << " refused; use --verbose to see why\n";
    }
    return 0;
  };
  return c;
}

}  // namespace dbm::commands
