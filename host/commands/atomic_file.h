// Writing a file so that readers see the old contents or the new, never half:
// a DBA must not be handed a truncated script.
#pragma once

#include <string>

namespace dbm::commands {

/// Writes `text` to a temporary file beside `path`, then renames it over
/// `path`, keeping a replaced file's mode (and owner, where permitted). A
/// symbolic link is followed (its target is written, the link stays); a
/// device or FIFO is written in place, never replaced; a directory is
/// refused. Throws Error naming the file and the system's reason.
void write_file_atomically(const std::string& path, const std::string& text);

/// Creates `path` with `text`, refusing if anything (a file, a link) is
/// there already; on failure nothing is left at `path`. Throws Error naming
/// the file and the system's reason.
void write_new_file(const std::string& path, const std::string& text);

}  // namespace dbm::commands
