// Built only by the module-fence test: the same include from a target that
// links dbm_db, which must build (so the other probe fails for the fence,
// not for a typo).
#include "db/database.h"
