// What `revision` and `merge` share: Alembic's ScriptDirectory.generate_revision
// (1.8.1) checks, in its order and with its texts, then the new revision file
// and its line in revisions.list. Private to host/commands.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commands/command.h"

namespace dbm::graph {
class RevisionGraph;
}

namespace dbm::commands {

struct RevisionRequest {
  std::optional<std::string> message;
  /// What the new revision revises: `--head` (default "head") for revision,
  /// the revisions given for merge; each must be a head unless `splice`.
  std::vector<std::string> heads = {"head"};
  bool splice = false;
  std::optional<std::string> branch_label;
  std::vector<std::string> depends_on;
  std::optional<std::string> rev_id;
  std::optional<std::string> version_path;
  std::optional<std::string> source_dir;
  /// What upgrade() and downgrade() record (`revision --autogenerate`);
  /// when not set, nothing, marked to be adjusted.
  std::optional<std::string> upgrade_body;
  std::optional<std::string> downgrade_body;
};

/// What a new revision on `heads` (`--head`, merge's revisions) revises, as
/// Alembic resolves them; throws CommandError with its texts.
std::vector<std::string> revised_revisions(const graph::RevisionGraph& graph, const std::vector<std::string>& heads);

/// Checks everything, then writes revisions/<id>_<slug>.cpp (never over an
/// existing file), appends its stem to revisions.list and, for a plugin that
/// declares its head, writes the new id to HEAD (each atomically; what was
/// written is undone if a later write fails). Prints Alembic's
/// "  Generating <path> ...  done". Throws CommandError with Alembic's text
/// for what Alembic refuses, Error for the rest; nothing is written then.
int generate_revision(CommandEnv& env, const RevisionRequest& request);

/// The options both commands take (Alembic's texts; --source-dir is ours).
OptionSpec message_option();
OptionSpec branch_label_option();
OptionSpec rev_id_option();
OptionSpec source_dir_option();

/// A request with what those options gave (message, branch label, id,
/// source directory); each command adds its own.
RevisionRequest shared_request(const Arguments& args);

}  // namespace dbm::commands
