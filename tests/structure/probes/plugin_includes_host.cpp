// Built only by the module-fence test: a plugin sees the SDK (dbm/...) and
// nothing of the host.
#include "graph/revision_graph.h"
