// A scratch directory for one test: created empty, removed with everything in it on destruction.
// Knows nothing about what the test puts there.
#pragma once

#include <filesystem>
#include <string_view>

namespace dbm::e2e {

class TempDir {
 public:
  /// Creates a fresh directory under $TMPDIR (or /tmp). Throws std::runtime_error on failure.
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to `name` inside the directory (parents created) and returns its path.
  std::filesystem::path write_file(const std::filesystem::path& name, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

}  // namespace dbm::e2e
