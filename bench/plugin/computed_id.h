// rev(i) of bench/workload.md computed from its definition.
// The plugin does not call this at load time for the benchmarked sizes: a real
// plugin carries its ids as literals, so the bench plugin does too (see
// id_table_generator.cpp); this is the fallback beyond the table and the
// generator's source of truth.
#pragma once

#include <string>

namespace dbm::bench {

/// The first 12 hex digits of SHA-1("rev-<i>").
std::string computed_revision_id(int i);

}  // namespace dbm::bench
