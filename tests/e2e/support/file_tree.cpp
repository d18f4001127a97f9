#include "support/file_tree.h"

#include <fstream>
#include <iterator>

namespace dbm::e2e {

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

FileTree snapshot(const std::filesystem::path& dir) {
  FileTree tree;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) tree[std::filesystem::relative(entry.path(), dir).string()] = read_file(entry.path());
  }
  return tree;
}

std::filesystem::path generated_file(const std::string& out) {
  const std::string prefix = "Generating ";
  const std::string suffix = " ...  done\n";
  if (out.rfind(prefix, 0) != 0 || out.size() < prefix.size() + suffix.size() ||
      out.compare(out.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return {};
  }
  return out.substr(prefix.size(), out.size() - prefix.size() - suffix.size());
}

}  // namespace dbm::e2e
