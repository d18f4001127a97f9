#include "revision_writer.h"

#include <dbm/plugin.h>

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "atomic_file.h"
#include "base/error.h"
#include "graph/command_error.h"
#include "graph/target.h"
#include "plugins/loaded_plugin.h"
#include "script/revision_file.h"
#include "script/source_tree.h"
#include "session/project_session.h"

namespace dbm::commands {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> built_revision_files(const ProjectSession& project) {
  std::vector<std::string> files;
  for (const auto& revision : project.plugin().plugin().revisions) files.emplace_back(revision.location.file_name());
  return files;
}

std::optional<std::string> optional_text(const Arguments& args, const char* name) {
  return args.has(name) ? std::optional(args.text(name)) : std::nullopt;
}

}  // namespace

OptionSpec message_option() {
  return {"message,m", OptionSpec::Kind::kText, "Message string to use with 'revision'"};
}
OptionSpec branch_label_option() {
  return {"branch-label", OptionSpec::Kind::kText, "Specify a branch label to apply to the new revision"};
}
OptionSpec rev_id_option() {
  return {"rev-id", OptionSpec::Kind::kText, "Specify a hardcoded revision id instead of generating one"};
}
OptionSpec source_dir_option() {
  return {"source-dir", OptionSpec::Kind::kText,
          "The plugin's source directory (holding revisions.list) to write the new revision into; default: the "
          "one the plugin was built from"};
}

RevisionRequest shared_request(const Arguments& args) {
  RevisionRequest request;
  request.message = optional_text(args, "message");
  request.branch_label = optional_text(args, "branch-label");
  request.rev_id = optional_text(args, "rev-id");
  request.source_dir = optional_text(args, "source-dir");
  return request;
}

std::vector<std::string> revised_revisions(const graph::RevisionGraph& graph, const std::vector<std::string>& heads) {
  // Alembic passes `revision --head X` on as one string and merge's
  // revisions as a tuple; both resolve the same way here.
  const graph::RevisionArg head_arg =
      heads.size() == 1 ? graph::RevisionArg(heads.front()) : graph::RevisionArg(heads);
  graph::CatchContext multiple_heads;
  multiple_heads.multiple_heads =
      "Multiple heads are present; please specify the head revision on which the new revision should be based, "
      "or perform a merge.";
  return graph::catch_revision_errors(multiple_heads, [&] { return graph::get_revisions(graph, head_arg); });
}

int generate_revision(CommandEnv& env, const RevisionRequest& request) {
  ProjectSession& project = *env.project;
  const graph::RevisionGraph& graph = project.graph();

  script::NewRevision revision;
  revision.project = project.plugin().name();
  revision.id = request.rev_id.value_or(script::new_revision_id());
  script::check_revision_id(revision.id);

  const std::vector<std::string> heads = revised_revisions(graph, request.heads);
  for (std::size_t i = 0; i < heads.size(); ++i) {
    if (std::find(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(i), heads[i]) !=
        heads.begin() + static_cast<std::ptrdiff_t>(i)) {
      throw CommandError("Duplicate head revisions specified");
    }
  }

  const std::vector<std::string> built_files = built_revision_files(project);
  const script::SourceTree tree = script::locate_source_tree(request.source_dir, built_files);
  if (request.version_path) {
    std::error_code ec;
    const fs::path given = fs::weakly_canonical(fs::absolute(*request.version_path, ec), ec);
    if (given != fs::weakly_canonical(tree.revisions_dir(), ec)) {
      throw CommandError("Path " + *request.version_path + " is not represented in current version locations");
    }
  }

  if (!request.splice) {
    for (const auto& head : heads) {
      if (!graph.is_head(graph.index_of(head))) {
        throw CommandError("Revision " + head +
                           " is not a head revision; please specify --splice to create a new branch from this "
                           "revision");
      }
    }
  }

  for (const auto& dependency : request.depends_on) {
    const std::optional<std::string> resolved =
        graph::catch_revision_errors({}, [&] { return graph::get_revision(graph, dependency); });
    if (!resolved) throw CommandError("Can't locate revision identified by '" + dependency + "'");
    // A branch label stays a label (it follows the branch); a partial id is written out whole.
    const auto& labels = graph.node(graph.index_of(*resolved)).branch_labels;
    const bool label = std::find(labels.begin(), labels.end(), dependency) != labels.end();
    revision.depends_on.push_back(label ? dependency : *resolved);
  }

  // Alembic only warns about a duplicate id, after writing the file, and
  // stops with a traceback on a label already in use: both refused here
  // before anything is written, with its texts.
  if (graph.find(revision.id) != nullptr) throw CommandError("Revision " + revision.id + " is present more than once");
  if (request.branch_label) {
    const graph::RevIndex used = graph.index_of_key(*request.branch_label);
    if (used != graph::kNoRevision) {
      throw CommandError("Branch name '" + *request.branch_label + "' in revision " + revision.id +
                         " already used by revision " + graph.node(used).id);
    }
    revision.branch_labels.push_back(*request.branch_label);
  }

  revision.down = heads;
  revision.upgrade_body = request.upgrade_body;
  revision.downgrade_body = request.downgrade_body;
  revision.message = request.message.value_or("empty message");
  revision.create_date = script::create_date_now();
  const std::string stem =
      request.message ? script::file_stem(revision) : revision.id + "_";  // Alembic slugs no message as ""

  const std::string list_text = script::read_revision_list(tree);
  const std::vector<std::string> listed = script::listed_stems(list_text);
  script::check_built_from(listed, built_files, tree);
  if (std::find(listed.begin(), listed.end(), stem) != listed.end()) {
    throw Error(tree.list_file().string() + " already lists '" + stem + "'");
  }
  const bool declares_head = !project.plugin().plugin().declared_head.empty();
  std::error_code ec;
  if (declares_head && !fs::is_regular_file(tree.head_file(), ec)) {
    throw Error("the plugin declares its head (check_migration), but " + tree.head_file().string() +
                " is missing: it is the file that names it");
  }

  const fs::path file = tree.revisions_dir() / (stem + ".cpp");
  env.out << "Generating " << file.string() << " ..." << std::flush;
  try {
    fs::create_directories(tree.revisions_dir(), ec);
    write_new_file(file.string(), script::revision_source(revision));
    try {
      write_file_atomically(tree.list_file().string(), script::list_with(list_text, stem));
      try {
        // The new revision is the head check_migration is to expect.
        if (declares_head) write_file_atomically(tree.head_file().string(), revision.id + "\n");
      } catch (...) {
        write_file_atomically(tree.list_file().string(), list_text);
        throw;
      }
    } catch (...) {
      fs::remove(file, ec);
      throw;
    }
  } catch (...) {
    env.out << "  FAILED\n" << std::flush;
    throw;
  }
  env.out << "  done\n";
  return 0;
}

}  // namespace dbm::commands
