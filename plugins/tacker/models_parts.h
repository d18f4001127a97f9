// The pieces models() (models.cpp) assembles, one per upstream area, and the
// shapes they share. Internal to the tacker plugin.
#pragma once

#include <vector>

#include <dbm/schema.h>

namespace dbm::tacker::models_parts {

/// tacker/db/db_sqlalchemy/models.py: VNF packages and VNF LCM (models_vnflcm.cpp).
std::vector<Table> vnflcm();

/// tacker/sol_refactored/db/sqlalchemy/models.py: the v2 SOL API (models_sol.cpp).
std::vector<Table> sol();

/// tacker's declarative base gives every model `mysql_engine='InnoDB'`,
/// unless the model sets table arguments of its own (a tuple replaces them).
Table innodb(Table t);

}  // namespace dbm::tacker::models_parts
