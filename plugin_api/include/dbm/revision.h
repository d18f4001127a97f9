// A revision: its place in the graph (the same id and parents as the Alembic
// tree it ports) and two functions that record operations. A revision with
// no downgrade is irreversible, as in the sahara and tacker trees. Light on
// purpose: the host's graph reads revisions without the operations.
#pragma once

#include <version>  // __cpp_lib_source_location, before choosing how to spell a location

#if defined(__cpp_lib_source_location)
#include <source_location>
#else
#include <cstdint>
#endif
#include <string>
#include <vector>

namespace dbm {

#if defined(__cpp_lib_source_location)
/// Where something is defined: std::source_location wherever the standard
/// library has it (GCC: always).
using SourceLocation = std::source_location;
#else
/// std::source_location's interface where the standard library cannot give
/// it: clang 14 has no __builtin_source_location, which libstdc++ 12 needs
/// (the fuzz build, tests/fuzz). Made of the older builtins, which also
/// report the caller's (or the aggregate initialization's) location. Its
/// layout is not std::source_location's: a Revision built by one compiler
/// must not be read by code built by another, and the build tag
/// (dbm/build_tag.h) names the compiler, so the loader refuses such a plugin
/// before it touches one.
class SourceLocation {
 public:
  static constexpr SourceLocation current(const char* file = __builtin_FILE(),
                                          const char* function = __builtin_FUNCTION(),
                                          std::uint_least32_t line = __builtin_LINE(),
                                          std::uint_least32_t column = __builtin_COLUMN()) noexcept {
    SourceLocation location;
    location.file_ = file;
    location.function_ = function;
    location.line_ = line;
    location.column_ = column;
    return location;
  }
  constexpr SourceLocation() noexcept = default;
  constexpr std::uint_least32_t line() const noexcept { return line_; }
  constexpr std::uint_least32_t column() const noexcept { return column_; }
  constexpr const char* file_name() const noexcept { return file_; }
  constexpr const char* function_name() const noexcept { return function_; }

 private:
  const char* file_ = "";
  const char* function_ = "";
  std::uint_least32_t line_ = 0;
  std::uint_least32_t column_ = 0;
};
#endif

class Operations;

/// What upgrade() and downgrade() are: plain functions, as in an Alembic script.
using MigrationFn = void (*)(Operations&);

struct Revision {
  std::string id{};                          ///< at most 32 characters; no '@', '-', '+', ':'
  std::vector<std::string> down{};           ///< parents: none (a base), one, or several (a merge)
  std::string message{};
  std::string create_date{};                 ///< as in the upstream docstring, e.g. "2014-02-19 17:23:47.705197"
  MigrationFn upgrade = nullptr;
  MigrationFn downgrade = nullptr;           ///< null: irreversible
  std::vector<std::string> branch_labels{};
  std::vector<std::string> depends_on{};
  /// The values of the plugin's ConfigConventions::runs_for_option this
  /// revision runs for ("*": any). A revision that does not apply records
  /// nothing but still moves the version row, as Alembic does with a script
  /// whose upgrade returns early. Empty: it never runs (quantum's lbaas).
  std::vector<std::string> runs_for = {"*"};
  /// The module docstring `show` prints; empty: Alembic's template is used
  /// ("<message>\n\nRevision ID: …\nRevises: …\nCreate Date: …"). Only
  /// whitespace: the module has no docstring, and Alembic shows no message.
  std::string doc{};
  /// Where the revision is defined; `show` prints it as Alembic prints the script path.
  SourceLocation location = SourceLocation::current();
};

}  // namespace dbm

/// Defines the revision of one revision file:
///   DBM_REVISION({.id = "23d6240b51b2", .down = {"2bcfe76b0474"}, ...})
/// Write it inside the plugin's namespace (dbm::<project>), after the
/// functions it names. dbm_add_service_plugin compiles each file listed in
/// the plugin's revisions.list with DBM_REVISION_FUNCTION set to a function
/// name made from the file's name, and calls those functions in the list's
/// order. (The name is only expanded where DBM_REVISION is used, so this
/// header can be precompiled once for every revision file.)
#define DBM_REVISION(...) \
  ::dbm::Revision DBM_REVISION_FUNCTION() { return ::dbm::Revision __VA_ARGS__; }
