// The command-line front end: argv in, exit status out. Prints results on
// stdout; errors propagate as dbm::Error for main to print once.
#pragma once

#include <iosfwd>

#include "cli/invocation.h"

namespace dbm::cli {

/// Runs one db-manage invocation; what it builds is kept in `invocation`.
/// Throws dbm::Error (and only bugs throw anything else).
int run(int argc, char** argv, std::ostream& out, Invocation& invocation);

/// The one line printed for a failure: "FAILED: <message>", as Alembic's CLI does.
void print_failure(const char* message);

}  // namespace dbm::cli
