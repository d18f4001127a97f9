// The command-line front end: argv in, exit status out. Prints results on
// stdout; errors propagate as dbm::Error for main to print once.
#pragma once

#include <iosfwd>

namespace dbm::cli {

/// Runs one db-manage invocation. Throws dbm::Error (and only bugs throw anything else).
int run(int argc, char** argv, std::ostream& out);

/// The one line printed for a failure: "FAILED: <message>", as Alembic's CLI does.
void print_failure(const char* message);

}  // namespace dbm::cli
