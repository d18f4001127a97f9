// Built only by the module-fence test: this file belongs to a target that
// links dbm_graph alone, so the include below must not be found.
#include "db/database.h"
