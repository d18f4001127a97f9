// The three dialect objects, each defined in its <name>_dialect.cpp. Private
// to host/dialect: everything else gets one from dialect_named/dialect_for.
#pragma once

#include "dialect/dialect.h"

namespace dbm::dialect {

const Dialect& sqlite_dialect();
const Dialect& postgresql_dialect();
const Dialect& mysql_dialect();

}  // namespace dbm::dialect
