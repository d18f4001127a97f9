// The handshake between host and plugin. Nothing but C types crosses the
// boundary until the API version and build tag have been compared.
#include "plugins/loaded_plugin.h"

#include <string_view>
#include <system_error>

#include <dlfcn.h>

#include <boost/dll/shared_library.hpp>
#include <fmt/format.h>

#include "base/error.h"
#include "dbm/entry.h"

namespace dbm::plugins {

class LoadedPlugin::Library {
 public:
  explicit Library(boost::dll::shared_library library) : library_(std::move(library)) {}

 private:
  boost::dll::shared_library library_;
};

namespace {

/// The record's text, or "" for a null pointer (an entry from a broken build).
std::string text_of(const char* text) { return text != nullptr ? text : ""; }

}  // namespace

LoadedPlugin::LoadedPlugin(std::unique_ptr<Library> library, const dbm::Plugin* plugin, std::string name,
                           std::string version, std::filesystem::path path)
    : library_(std::move(library)),
      plugin_(plugin),
      name_(std::move(name)),
      version_(std::move(version)),
      path_(std::move(path)) {}

LoadedPlugin::~LoadedPlugin() = default;

std::unique_ptr<LoadedPlugin> LoadedPlugin::load(const std::filesystem::path& path) {
  const std::string shown = path.string();
  boost::dll::shared_library library;
  boost::system::error_code ec;
  library.load(boost::dll::fs::path(shown), ec, boost::dll::load_mode::rtld_local);
  if (ec) {
    // Boost.DLL 1.74 reports every dlopen failure as one errno; dlerror() still
    // holds the loader's own reason (wrong ELF class, missing symbol, ...).
    const char* why = ::dlerror();
    throw PluginError(shown, std::string("cannot be loaded: ") + (why != nullptr ? why : ec.message().c_str()));
  }
  if (!library.has(DBM_PLUGIN_ENTRY_SYMBOL)) {
    throw PluginError(shown, "no db-manage entry point (" DBM_PLUGIN_ENTRY_SYMBOL "); not a plugin?");
  }
  // A plain C function returning a C record: no C++ type has crossed yet.
  const dbm_plugin_entry* entry = library.get<const dbm_plugin_entry*()>(DBM_PLUGIN_ENTRY_SYMBOL)();
  if (entry == nullptr) throw PluginError(shown, "entry point returned no record");
  // The record's fields never move (dbm/entry.h), so a library of another
  // version or build still names its project: a command for it can say why.
  if (entry->api_version != dbm::kPluginApiVersion) {
    throw IncompatiblePlugin(shown,
                             fmt::format("got plugin API version {}, this db-manage supports {}", entry->api_version,
                                         dbm::kPluginApiVersion),
                             text_of(entry->name));
  }
  const std::string tag = text_of(entry->build_tag);
  if (tag != DBM_BUILD_TAG) {
    throw IncompatiblePlugin(
        shown, fmt::format("built with '{}', this db-manage with '{}'; rebuild the plugin", tag, DBM_BUILD_TAG),
        text_of(entry->name));
  }
  std::string name = text_of(entry->name);
  if (name.empty()) throw PluginError(shown, "declares an empty project name");
  if (entry->plugin == nullptr) throw PluginError(shown, "entry point returned no plugin");
  const dbm::Plugin* plugin = nullptr;
  try {
    plugin = static_cast<const dbm::Plugin*>(entry->plugin());
  } catch (const std::exception& e) {
    // Copy the text now: the exception object lives in the plugin's code.
    throw PluginError(shown, std::string("failed while building its plugin: ") + e.what());
  }
  if (plugin == nullptr) throw PluginError(shown, "entry point returned no plugin");
  return std::unique_ptr<LoadedPlugin>(new LoadedPlugin(std::make_unique<Library>(std::move(library)), plugin,
                                                        std::move(name), text_of(entry->version), path));
}

}  // namespace dbm::plugins
