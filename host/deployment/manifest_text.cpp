// The bounds are checked on the raw text without parsing TOML: quoted
// strings and comments are skipped (their dots and brackets are text), and
// what remains is counted — dots between key parts on one line, and open
// brackets and braces. Over-counting is harmless: it only rejects manifests
// far beyond any real one.
#include "manifest_text.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <system_error>

#include "base/error.h"

namespace dbm::deployment {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void refuse(const fs::path& path, const std::string& why) {
  throw ConfigError(path.string() + ": " + why, kExitUsage);
}

// The deepest nesting in `text`, quoted strings and comments skipped.
int nesting_depth(const std::string& text) {
  int deepest = 0;
  int brackets = 0;
  int dots = 0;  // on the current line
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      const bool triple = text.compare(i, 3, std::string(3, c)) == 0;
      const std::string close = triple ? std::string(3, c) : std::string(1, c);
      std::size_t j = i + close.size();
      while (j < text.size() && text.compare(j, close.size(), close) != 0) j += (c == '"' && text[j] == '\\') ? 2 : 1;
      i = j + close.size() - 1;
    } else if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if (c == '\n') {
      dots = 0;
    } else if (c == '.') {
      deepest = std::max(deepest, ++dots + 1);
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++brackets);
    } else if ((c == ']' || c == '}') && brackets > 0) {
      --brackets;
    }
  }
  return deepest;
}

}  // namespace

std::string read_manifest_text(const fs::path& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (!fs::exists(status)) throw ConfigError("manifest " + path.string() + " not found");
  if (!fs::is_regular_file(status)) refuse(path, "not a regular file");
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) refuse(path, "cannot read: " + ec.message());
  if (size > kMaxManifestBytes) {
    refuse(path, "larger than " + std::to_string(kMaxManifestBytes) + " bytes; a manifest lists projects");
  }
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) refuse(path, "cannot read");
  if (text.size() > kMaxManifestBytes) refuse(path, "grew while it was read");
  if (nesting_depth(text) > kMaxManifestDepth) {
    refuse(path, "keys or values nest deeper than " + std::to_string(kMaxManifestDepth) + " levels");
  }
  return text;
}

}  // namespace dbm::deployment
