// `check` (Alembic 1.9+'s command): are there operations a new revision would
// need? Here the plugin's models are compared with the schema its revisions
// build at head on every dialect, without a database; `--live` compares a
// database with the schema its revisions build at its current revision, the
// deployer's "is my database what db-manage thinks it is?".
#include <ostream>

#include <nlohmann/json.hpp>

#include "base/error.h"
#include "base/join.h"
#include "commands/command.h"
#include "model_comparison.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

nlohmann::json as_json(const ModelComparison& comparison, bool live) {
  nlohmann::json differences = nlohmann::json::array();
  for (const FoundDifference& f : comparison.differences) {
    const autogenerate::Difference& d = f.difference;
    differences.push_back({{"operation", d.operation}, {"table", d.table}, {"object", d.object},
                           {"found", d.found}, {live ? "revisions" : "model", d.model}, {"dialects", f.dialects}});
  }
  nlohmann::json out = {{"result", comparison.differences.empty() && comparison.stale_known.empty() ? "ok" : "failed"},
                        {"compared", live ? "database with revisions" : "models with revisions"},
                        {"dialects", comparison.dialects},
                        {"differences", differences}};
  if (!live) out["stale_known_differences"] = comparison.stale_known;
  return out;
}

std::string listed(const ModelComparison& comparison) {
  std::vector<std::string> items;
  for (const FoundDifference& f : comparison.differences) items.push_back(describe(f, comparison));
  std::string out = "[";
  out.append(text::join(items, ", ")).append("]");
  return out;
}

}  // namespace

Command check_command() {
  Command c;
  c.name = "check";
  c.summary = "Check if revision files must be generated: the models against head, or (--live) a database "
              "against its revisions.";
  c.options = {
      {"live", OptionSpec::Kind::kFlag,
       "Compare the configured database with the schema its revisions build at its current revision"},
      {"format", OptionSpec::Kind::kText, "Output format: text or json", "text"},
  };
  c.run = [](CommandEnv& env, const Arguments& args) {
    const std::string format = args.text("format");
    if (format != "text" && format != "json") {
      throw Error("--format must be 'text' or 'json', not '" + format + "'");
    }
    const bool live = args.has("live");
    const ModelComparison comparison = live ? compare_live(*env.project) : compare_models(*env.project, {});
    const bool clean = comparison.differences.empty() && comparison.stale_known.empty();
    if (format == "json") {
      env.out << as_json(comparison, live).dump(2) << "\n";
      return clean ? 0 : kExitAlembic;
    }
    if (clean) {
      env.out << (live ? "No drift detected: the database is what its revisions build.\n"
                       : "No new upgrade operations detected.\n");
      return 0;
    }
    std::string message;
    if (!comparison.differences.empty()) {
      message = (live ? "Drift detected: the database differs from what its revisions build: "
                      : "New upgrade operations detected: ") +
                listed(comparison);
    }
    if (!comparison.stale_known.empty()) {
      if (!message.empty()) message += "; ";
      message += "known differences the plugin declares no longer occur (remove them): " +
                 text::join(comparison.stale_known, ", ");
    }
    throw CommandError(message);
  };
  return c;
}

}  // namespace dbm::commands
