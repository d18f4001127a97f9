#include "script/source_tree.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/error.h"

namespace dbm::script {
namespace {

namespace fs = std::filesystem;

// revisions.list is a few kilobytes; anything this large is not one.
constexpr std::uintmax_t kMaxListBytes = 1 << 20;

std::string trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

SourceTree locate_source_tree(const std::optional<std::string>& given, const std::vector<std::string>& built_files) {
  SourceTree tree;
  std::error_code ec;
  if (given) {
    tree.dir = fs::absolute(*given, ec);
    if (ec || !fs::is_directory(tree.dir, ec)) throw Error("--source-dir " + *given + ": not a directory");
  } else {
    // The plugin's revisions were compiled from <tree>/revisions/<stem>.cpp.
    std::vector<fs::path> trees;
    for (const auto& file : built_files) {
      const fs::path path(file);
      if (!path.is_absolute() || path.parent_path().filename() != "revisions") continue;
      const fs::path dir = path.parent_path().parent_path();
      if (std::find(trees.begin(), trees.end(), dir) == trees.end()) trees.push_back(dir);
    }
    if (trees.empty()) {
      throw Error("the plugin does not record where its revision files were compiled from; give its source "
                  "directory (the one holding revisions.list) with --source-dir");
    }
    if (trees.size() > 1) {
      throw Error("the plugin's revision files come from " + std::to_string(trees.size()) + " directories (" +
                  trees[0].string() + ", " + trees[1].string() + "); choose one with --source-dir");
    }
    tree.dir = trees.front();
    if (!fs::is_directory(tree.dir, ec)) {
      throw Error("the plugin was built from " + tree.dir.string() +
                  ", which is not here; give its source directory with --source-dir");
    }
  }
  if (!fs::is_regular_file(tree.list_file(), ec)) {
    throw Error(tree.dir.string() + " has no revisions.list: not a plugin source directory (--source-dir)");
  }
  return tree;
}

std::string read_revision_list(const SourceTree& tree) {
  std::error_code ec;
  const auto size = fs::file_size(tree.list_file(), ec);
  if (ec || !fs::is_regular_file(tree.list_file(), ec) || size > kMaxListBytes) {
    throw Error(tree.list_file().string() + ": not a readable revision list");
  }
  std::ifstream in(tree.list_file(), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw Error(tree.list_file().string() + ": cannot be read");
  return text.str();
}

std::vector<std::string> listed_stems(const std::string& list_text) {
  std::istringstream in(list_text);
  std::vector<std::string> stems;
  for (std::string line; std::getline(in, line);) {
    const std::string stem = trim(line.substr(0, line.find('#')));
    if (!stem.empty()) stems.push_back(stem);
  }
  return stems;
}

void check_built_from(const std::vector<std::string>& listed, const std::vector<std::string>& built_files,
                      const SourceTree& tree) {
  std::vector<std::string> built_stems;
  built_stems.reserve(built_files.size());
  for (const auto& file : built_files) built_stems.push_back(fs::path(file).stem().string());
  for (const auto& stem : listed) {
    if (std::find(built_stems.begin(), built_stems.end(), stem) == built_stems.end()) {
      throw Error(tree.list_file().string() + " lists '" + stem +
                  "', which the loaded plugin was not built with: rebuild the plugin first, so that the new "
                  "revision's parent is the tree's real head");
    }
  }
}

std::string list_with(const std::string& list_text, const std::string& stem) {
  std::string out = list_text;
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out + stem + "\n";
}

}  // namespace dbm::script
