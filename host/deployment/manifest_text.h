// A manifest's text, read with bounds before toml++ sees it: Debian's toml++
// 3.3 is a compiled library whose nesting limit is built in, and it crashes
// (stack overflow) on a dotted key of tens of thousands of parts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace dbm::deployment {

/// Largest manifest read, in bytes: a deployment lists a few dozen projects.
inline constexpr std::uintmax_t kMaxManifestBytes = 1 << 20;
/// Deepest nesting accepted: key parts of one dotted key or table header,
/// and arrays or inline tables inside one another.
inline constexpr int kMaxManifestDepth = 32;

/// The text of the manifest at `path`: a regular file of at most
/// kMaxManifestBytes whose keys and values nest at most kMaxManifestDepth
/// deep. Throws ConfigError (exit 2) naming the file and the bound.
std::string read_manifest_text(const std::filesystem::path& path);

}  // namespace dbm::deployment
