// The fenix plugin's private list of revisions and the tables they create,
// which double as the head models. Only plugin.cpp and the tests include this.
#pragma once

#include <vector>

#include <dbm/revision.h>
#include <dbm/schema.h>

namespace dbm::fenix {

Revision rev_001();  ///< the initial schema (upstream's file has no docstring, so no message)

/// The six tables revision 001 creates, parents first.
std::vector<Table> initial_tables();

}  // namespace dbm::fenix
