// A directory's files and their contents, to show a command wrote exactly
// what it should into a source tree (revision, merge, autogenerate).
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace dbm::e2e {

/// Relative path → contents.
using FileTree = std::map<std::string, std::string>;

/// A file's bytes; empty when it cannot be read.
std::string read_file(const std::filesystem::path& file);

/// Every regular file under `dir`, recursively.
FileTree snapshot(const std::filesystem::path& dir);

/// The file `revision` or `merge` reported writing in `out` (Alembic's
/// "Generating <file> ...  done"); empty when `out` is not that line.
std::filesystem::path generated_file(const std::string& out);

}  // namespace dbm::e2e
