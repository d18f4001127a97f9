// The synthetic linear-chain workload of bench/workload.md, as revisions: the
// same ids, messages and operations as the Alembic tree make_alembic_tree.py
// writes, so both tools do the same work.
#pragma once

#include <string>
#include <vector>

#include <dbm/revision.h>

namespace dbm::bench {

/// rev(i): the first 12 hex digits of SHA-1("rev-<i>"), from the generated table
/// for the benchmarked sizes (computed beyond it).
std::string revision_id(int i);

/// Revisions 0 .. n-1, one linear chain.
std::vector<Revision> workload(int n);

}  // namespace dbm::bench
