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
      // A basic string's backslash escapes the next character.
      const auto escape = [&](std::size_t at) { return c == '"' && text[at] == '\\'; };
      const std::string triple(3, c);
      std::size_t j = i + 1;
      if (text.compare(i, 3, triple) == 0) {
        j = i + 3;
        while (j < text.size() && text.compare(j, 3, triple) != 0) j += escape(j) ? 2 : 1;
        // TOML 1.0 lets the content end in one or two quotes right before
        // the closing three (`"""x""""`): the string ends at the last of up
        // to five. Ending at the first three would take the rest for a new
        // string and skip the lines after it uncounted.
        std::size_t run = 0;
        while (run < 5 && j + run < text.size() && text[j + run] == c) ++run;
        i = j + run - 1;
      } else {
        // A single-line string ends at its line's end at the latest (TOML
        // refuses it there), so what follows is counted whatever it is.
        while (j < text.size() && text[j] != c && text[j] != '\n') {
          j += escape(j) && j + 1 < text.size() && text[j + 1] != '\n' ? 2 : 1;
        }
        i = j < text.size() && text[j] == '\n' ? j - 1 : j;
      }
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
