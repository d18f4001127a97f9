// Where the models and the schema the revisions build differ on purpose, each
// with its reason: `check` sets these aside, and fails on any it no longer
// meets (so a list that outlives its reasons is noticed). One per line.
#include "widget_plugin.h"

namespace dbm::widget {

std::vector<KnownDifference> known_differences() {
  const std::string partial_index =
      "7b3e9f0a1c24 makes live names unique with a partial unique index where the database has one (SQL a model "
      "cannot state); the models state MySQL's equivalent, the (name, deleted) pair";
  const std::string slug_nullable =
      "e9d04b7f3a81 adds slug nullable: a widget written by the release before it, during a rolling upgrade, "
      "has none until it is saved again; the service's code sets it on every write";
  return {
      {.operation = "modify_nullable", .table = "widgets", .object = "slug", .reason = slug_nullable},
      {.operation = "add_constraint", .table = "widgets", .object = "uniq_widgets0name0deleted", .dialects = {"sqlite", "postgresql"}, .reason = partial_index},
      {.operation = "remove_index", .table = "widgets", .object = "uniq_widgets_live_name", .dialects = {"sqlite"}, .reason = partial_index},
  };
}

}  // namespace dbm::widget
