// A plugin's source tree as `revision` and `merge` find it: the directory
// holding revisions.list (the plugin's one registration point, read by
// dbm_add_service_plugin) and revisions/<stem>.cpp.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dbm::script {

struct SourceTree {
  std::filesystem::path dir;  ///< absolute
  std::filesystem::path list_file() const { return dir / "revisions.list"; }
  std::filesystem::path revisions_dir() const { return dir / "revisions"; }
  /// The declared head, one id (tacker's versions/HEAD), for plugins that
  /// declare one (Plugin::declared_head): `revision` rewrites it.
  std::filesystem::path head_file() const { return dir / "HEAD"; }
};

/// The source tree: `given` (--source-dir) when set; else the directory the
/// plugin's revision files were compiled from, which each revision records
/// (`built_files`, Revision::location). Throws Error when there is none, the
/// revision files lie in several trees, or the tree has no revisions.list —
/// each saying to pass --source-dir.
SourceTree locate_source_tree(const std::optional<std::string>& given, const std::vector<std::string>& built_files);

/// revisions.list's text. Throws Error when the file cannot be read, is not a
/// regular file, or is too large to be one.
std::string read_revision_list(const SourceTree& tree);

/// The stems a revisions.list text lists, in order, read as
/// dbm_add_service_plugin reads it ('#' starts a comment, blank lines skipped).
std::vector<std::string> listed_stems(const std::string& list_text);

/// Refuses to write into a tree the loaded plugin was not built from: every
/// listed stem must be a revision file of the plugin as built, or the new
/// revision's parent would be guessed from an older build. Throws Error
/// naming the first stem the build lacks, and saying to rebuild.
void check_built_from(const std::vector<std::string>& listed, const std::vector<std::string>& built_files,
                      const SourceTree& tree);

/// revisions.list's text with `stem` appended as its own line, the text
/// before it unchanged (a missing final newline is supplied first).
std::string list_with(const std::string& list_text, const std::string& stem);

}  // namespace dbm::script
