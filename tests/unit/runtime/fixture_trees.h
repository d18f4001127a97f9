// The scratch trees of tests/fixtures/runtime (written by make_expected.py,
// one "id|down,..|labels|depends_on|message" line per revision, map order),
// loaded as RevisionGraphs. Test-only; reads files, nothing else.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "graph/revision_graph.h"

namespace dbm::runtime::testing {

inline std::string expected_dir() { return std::string(DBM_SOURCE_DIR) + "/tests/fixtures/runtime/expected"; }

inline std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, sep)) out.push_back(item);
  if (text.back() == sep) out.emplace_back();
  return out;
}

inline std::vector<graph::RevisionNode> load_tree(const std::string& name) {
  std::ifstream in(expected_dir() + "/" + name + ".tree");
  if (!in) throw std::runtime_error("no tree " + name);
  std::vector<graph::RevisionNode> nodes;
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> f = split(line, '|');
    graph::RevisionNode node;
    node.id = f.at(0);
    node.down = split(f.at(1), ',');
    node.branch_labels = split(f.at(2), ',');
    node.depends_on = split(f.at(3), ',');
    node.message = f.at(4);
    node.create_date = "2024-01-01 00:00:00.000000";
    nodes.push_back(node);
  }
  return nodes;
}

}  // namespace dbm::runtime::testing
