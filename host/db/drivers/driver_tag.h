// What a driver module and the host must share for C++ types to cross between
// them: compiler, standard library and the very same db-manage version.
#pragma once

#include "dbm/build_tag.h"

#ifndef DBM_VERSION
#error "DBM_VERSION must be defined by the build"
#endif

#define DBM_DRIVER_BUILD_TAG DBM_BUILD_TAG ";db-manage " DBM_VERSION
