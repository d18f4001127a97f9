// Fuzz target `manifest`: a deployment manifest (host/deployment:
// manifest_text.cpp's size and nesting bounds, then toml++, then the
// project table), read from a file as `--projects FILE` reads it.
//
// Input: the file's bytes (the product bounds the size itself, 1 MiB).
// Expected: ConfigError. Anything else leaving (a toml++ exception other than
// its parse_error, std::bad_alloc...), a crash — toml++ 3.3 overflows its
// stack on keys nested tens of thousands deep, which the nesting bound must
// keep from it — or a sanitizer report is a finding.
// Invariants of a manifest read: at least one project; names and plugins
// non-empty; names unique; config paths absolute and lexically normal (they
// are made relative to the manifest's absolute directory).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

#include "base/error.h"
#include "deployment/manifest.h"
#include "fuzz_support.h"

namespace {

using dbm::fuzz::finding;

void check_paths(const std::vector<std::string>& paths) {
  for (const std::string& path : paths) {
    const std::filesystem::path p(path);
    if (!p.is_absolute() || p.lexically_normal() != p) finding("config path not absolute and normal: " + path);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dbm::fuzz::ScratchFile file("deploy.toml");
  const std::filesystem::path& path = file.write(dbm::fuzz::as_text(data, size));
  std::vector<dbm::deployment::ProjectSpec> specs;
  try {
    specs = dbm::deployment::load_manifest(path);
  } catch (const dbm::ConfigError&) {
    return 0;
  }
  if (specs.empty()) finding("a manifest without projects was accepted");
  std::set<std::string> names;
  for (const auto& spec : specs) {
    if (spec.name.empty() || spec.plugin.empty()) finding("a project without a name or plugin was accepted");
    if (!names.insert(spec.name).second) finding("project '" + spec.name + "' accepted twice");
    check_paths(spec.config_files);
    check_paths(spec.config_dirs);
  }
  return 0;
}
