// Finds and loads the PostgreSQL and MySQL driver modules. They sit beside the
// host's build (or in its install directory) under the dialect's name, and are
// trusted only when they were built by this very build.
#include <filesystem>
#include <map>
#include <mutex>
#include <string_view>
#include <system_error>

#include <dlfcn.h>

#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "db/driver.h"
#include "drivers/driver_tag.h"
#include "base/error.h"

#ifndef DBM_BUILD_DRIVER_DIR
#error "DBM_BUILD_DRIVER_DIR must be defined by the build"
#endif
#ifndef DBM_INSTALL_DRIVER_DIR
#error "DBM_INSTALL_DRIVER_DIR must be defined by the build"
#endif
#ifndef DBM_DRIVER_DIR_FROM_BINARY
#error "DBM_DRIVER_DIR_FROM_BINARY must be defined by the build"
#endif

namespace dbm::db {
namespace {

/// The install's driver directory as seen from the running binary: where an
/// install under another prefix than the configured one keeps its drivers.
std::filesystem::path beside_binary() {
  boost::system::error_code ec;
  const auto program = boost::dll::program_location(ec);
  if (ec) return {};
  return (std::filesystem::path(program.parent_path().string()) / DBM_DRIVER_DIR_FROM_BINARY).lexically_normal();
}

/// The build tree's module first, as for plugins: a binary run from the build
/// tree must not pick up an older installed driver. An installed host has no
/// build tree directory ("", DBM_SEARCH_BUILD_TREE off); skipping it keeps a
/// bare "postgresql.so" from being looked up in the working directory. Then
/// the install's, beside the binary, then the configured install directory.
std::filesystem::path module_path(const std::string& dialect) {
  const std::string file = dialect + ".so";
  std::error_code ec;
  for (const std::filesystem::path& dir : {std::filesystem::path(DBM_BUILD_DRIVER_DIR), beside_binary(),
                                           std::filesystem::path(DBM_INSTALL_DRIVER_DIR)}) {
    if (dir.empty()) continue;
    const std::filesystem::path candidate = dir / file;
    if (std::filesystem::exists(candidate, ec)) return candidate;
  }
  return std::filesystem::path(DBM_INSTALL_DRIVER_DIR) / file;
}

[[noreturn]] void refuse(const std::filesystem::path& path, const std::string& dialect, const std::string& why) {
  throw DatabaseError("cannot use the " + dialect + " driver '" + path.string() + "': " + why);
}

/// A loaded module and the driver it exported.
struct LoadedDriver {
  boost::dll::shared_library library;
  const Driver* driver;
};

LoadedDriver load(const std::string& dialect) {
  const std::filesystem::path path = module_path(dialect);
  boost::dll::shared_library library;
  boost::system::error_code ec;
  library.load(boost::dll::fs::path(path.string()), ec, boost::dll::load_mode::rtld_local);
  if (ec) {
    // Boost.DLL 1.74 reports every dlopen failure as one errno; dlerror() has the reason.
    const char* why = ::dlerror();
    refuse(path, dialect, why != nullptr ? why : ec.message());
  }
  if (!library.has(DBM_DRIVER_SYMBOL)) refuse(path, dialect, "not a db-manage driver (no " DBM_DRIVER_SYMBOL ")");
  const Driver& driver = library.get_alias<const Driver&()>(DBM_DRIVER_SYMBOL)();
  if (driver.api_version != kDriverApiVersion || std::string_view(driver.build_tag) != DBM_DRIVER_BUILD_TAG) {
    refuse(path, dialect, std::string("built by another build ('") + driver.build_tag + "'); reinstall db-manage");
  }
  if (dialect != driver.dialect) refuse(path, dialect, std::string("it is the ") + driver.dialect + " driver");
  return {std::move(library), &driver};
}

}  // namespace

const Driver& driver_for(std::string_view dialect_name) {
  const Driver& linked = linked_driver();
  if (dialect_name == linked.dialect) return linked;
  const std::string dialect(dialect_name);
  static std::mutex mutex;
  // Never unloaded, not even at exit: a session may still run their code.
  static auto* loaded = new std::map<std::string, LoadedDriver>;
  const std::lock_guard<std::mutex> lock(mutex);
  auto found = loaded->find(dialect);
  if (found == loaded->end()) found = loaded->emplace(dialect, load(dialect)).first;
  return *found->second.driver;
}

}  // namespace dbm::db
