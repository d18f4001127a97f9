// A new revision's identity and source text, as Alembic's `revision` makes
// them (alembic/script/base.py and util/langhelpers.py of Alembic 1.8.1), in
// the form a db-manage plugin compiles: a C++ file registered by one line of
// revisions.list.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dbm::script {

/// Alembic's slug of a message: its words joined by '_', lower case; longer
/// than `truncate_length`, cut there, back to the last '_', and ended with
/// '_'. A word is a run of ASCII letters, digits and '_' (Alembic's \w also
/// takes non-ASCII letters; here the slug is part of a C++ function name and
/// of a CMake list entry, so they separate words instead).
std::string slug(std::string_view message, std::size_t truncate_length = 40);

/// Alembic's rev_id(): 12 random lower-case hex digits.
std::string new_revision_id();

/// Refuses an id a plugin cannot hold, before anything is written. Alembic's
/// own check first, with its text ('@', '-', '+'; ':' joins them here: the
/// target grammar reads it as a range); then db-manage's: empty, over 32
/// characters (the version table's column), or anything but ASCII letters,
/// digits and '_' (the id names the file and its C++ function). Throws
/// CommandError.
void check_revision_id(const std::string& id);

/// Python's str(datetime.now()), the `Create Date` Alembic writes:
/// "2026-12-06 07:45:12.123456" (local time; no fraction when it is zero).
std::string create_date_now();

/// What the new file declares.
struct NewRevision {
  std::string project;  ///< the plugin's C++ namespace: dbm::<project>
  std::string id;
  std::vector<std::string> down;  ///< none (a new base), one, or several (a merge)
  std::string message;
  std::string create_date;
  std::vector<std::string> branch_labels;
  std::vector<std::string> depends_on;
  /// upgrade() and downgrade()'s statements, each line indented by two
  /// spaces (`revision --autogenerate`'s operations); when not set, the
  /// bodies record nothing and are marked to be adjusted.
  std::optional<std::string> upgrade_body;
  std::optional<std::string> downgrade_body;
};

/// The file's name in revisions/ without ".cpp": "<id>_<slug>", Alembic's
/// default file_template.
std::string file_stem(const NewRevision& revision);

/// The C++ source of the new revision: a header comment as Alembic's
/// docstring reads, upgrade() and downgrade() (the given bodies, else
/// nothing, marked to be adjusted), and the DBM_REVISION record.
std::string revision_source(const NewRevision& revision);

}  // namespace dbm::script
