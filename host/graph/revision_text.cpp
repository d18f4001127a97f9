// Alembic's print formats (Script.cmd_format, _head_only, log_entry) and the
// history/heads/branches/show/current commands built from them. Only text:
// resolution is target.cpp's, error wording is command_error.cpp's.
#include "graph/revision_text.h"
#include "base/join.h"

#include "graph/command_error.h"
#include "graph/target.h"

namespace dbm::graph {
namespace {

// Python's str.strip() / splitlines() for the ASCII whitespace and line breaks a docstring can hold.
constexpr std::string_view kSpace = " \t\n\r\v\f\x1c\x1d\x1e\x1f";

std::string python_strip(const std::string& text) {
  std::size_t b = text.find_first_not_of(kSpace);
  if (b == std::string::npos) return "";
  return text.substr(b, text.find_last_not_of(kSpace) - b + 1);
}

std::vector<std::string> python_splitlines(const std::string& text) {
  std::vector<std::string> lines;
  std::string line;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\x1c' || c == '\x1d' || c == '\x1e') {
      lines.push_back(line);
      line.clear();
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      line += c;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string short_doc(const RevisionNode& node) {
  std::string doc = long_doc(node);
  return doc.substr(0, doc.find("\n\n"));
}

std::string format_down(const RevisionNode& node) { return node.down.empty() ? "<base>" : text::join(node.down, ", "); }

struct HeadOnly {
  bool include_branches = false;
  bool include_doc = false;
  bool include_parents = false;
  bool tree_indicators = true;
};

std::string head_only(const RevisionGraph& g, RevIndex i, const HeadOnly& how, bool current) {
  const RevisionNode& node = g.node(i);
  std::string text = node.id;
  if (how.include_parents) {
    if (!node.depends_on.empty()) {
      text = format_down(node) + " (" + text::join(node.depends_on, ", ") + ") -> " + text;
    } else {
      text = format_down(node) + " -> " + text;
    }
  }
  if (how.include_branches && !g.vertex(i).labels.empty()) text += " (" + text::join(g.vertex(i).labels, ", ") + ")";
  if (g.is_real_head(i)) text += " (head)";
  if (g.is_head(i) && !g.is_real_head(i)) text += " (effective head)";
  if (current) text += " (current)";
  if (how.tree_indicators) {
    if (g.is_branch_point(i)) text += " (branchpoint)";
    if (g.is_merge_point(i)) text += " (mergepoint)";
  }
  if (how.include_doc) text += ", " + short_doc(node);
  return text;
}

std::string entry(const RevisionGraph& g, RevIndex i, bool current) {
  const RevisionNode& node = g.node(i);
  std::string text = "Rev: " + node.id;
  if (g.is_head(i)) text += " (head)";
  if (g.is_branch_point(i)) text += " (branchpoint)";
  if (g.is_merge_point(i)) text += " (mergepoint)";
  if (current) text += " (current)";
  text += "\n";
  text += (g.is_merge_point(i) ? "Merges: " : "Parent: ") + format_down(node) + "\n";
  if (!node.depends_on.empty()) text += "Also depends on: " + text::join(node.depends_on, ", ") + "\n";
  if (g.is_branch_point(i)) {
    std::vector<std::string> kids;
    for (RevIndex k : g.vertex(i).next) kids.push_back(g.node(k).id);
    text += "Branches into: " + text::join(kids, ", ") + "\n";
  }
  if (!g.vertex(i).labels.empty()) text += "Branch names: " + text::join(g.vertex(i).labels, ", ") + "\n";
  text += "Path: " + node.path + "\n";
  std::string doc;
  for (const auto& line : python_splitlines(long_doc(node))) doc += (doc.empty() ? "    " : "\n    ") + line;
  return text + "\n" + doc + "\n";
}

/// Script.cmd_format followed by print_stdout's newline.
std::string cmd_line(const RevisionGraph& g, RevIndex i, bool verbose, const HeadOnly& how, bool current) {
  return (verbose ? entry(g, i, current) : head_only(g, i, how, current)) + "\n";
}

RevIndex index(const RevisionGraph& g, const std::string& id) { return g.index_of(id); }

std::vector<std::string> resolve(const RevisionGraph& g, const RevisionArg& arg) {
  return catch_revision_errors({}, [&] { return get_revisions(g, arg); });
}

std::string display_history(const RevisionGraph& g, const HistoryOptions& options, const RevisionArg& base,
                            const RevisionArg& head, const std::vector<std::string>& currents) {
  const auto falsy = [](const RevisionArg& a) {
    if (const auto* s = std::get_if<std::string>(&a)) return s->empty();
    if (const auto* t = std::get_if<std::vector<std::string>>(&a)) return t->empty();
    return true;
  };
  const RevisionArg lower = falsy(base) ? RevisionArg(std::string("base")) : base;
  const RevisionArg upper = falsy(head) ? RevisionArg(std::string("heads")) : head;
  CatchContext context;
  context.start = python_str(lower);
  context.end = python_str(upper);
  const std::vector<std::string> revs =
      catch_revision_errors(context, [&] { return walk_revisions(g, lower, upper); });
  HeadOnly how;
  how.include_branches = how.include_doc = how.include_parents = true;
  std::string out;
  for (const auto& id : revs) {
    bool current = false;
    if (options.indicate_current) {
      for (const auto& c : currents) current = current || c == id;
    }
    out += cmd_line(g, index(g, id), options.verbose, how, current);
  }
  return out;
}

}  // namespace

std::string long_doc(const RevisionNode& node) {
  if (!node.doc.empty()) return python_strip(node.doc);
  const std::string revises = node.down.empty() ? "None" : text::join(node.down, ", ");
  return python_strip(node.message + "\n\nRevision ID: " + node.id + "\nRevises: " + revises +
                      "\nCreate Date: " + node.create_date + "\n");
}

std::string log_entry(const RevisionGraph& graph, const std::string& id, bool current) {
  RevIndex i = graph.index_of(id);
  if (i == kNoRevision) throw to_command_error(UnknownRevision(id));
  return entry(graph, i, current);
}

std::string history_text(const RevisionGraph& graph, const HistoryOptions& options) {
  RevisionArg base;
  RevisionArg head;
  std::string base_text;
  std::string head_text;
  if (options.rev_range) {
    const std::string range = python_strip(*options.rev_range);
    const auto colon = options.rev_range->find(':');
    if (colon == std::string::npos || range.find(':', range.find(':') + 1) != std::string::npos) {
      throw to_command_error(BadHistoryRange());
    }
    base_text = range.substr(0, range.find(':'));
    head_text = range.substr(range.find(':') + 1);
    base = base_text;
    head = head_text;
  }
  const RevisionArg currents(options.current_heads);
  if (head_text == "current") return display_history(graph, options, base, currents, options.current_heads);
  if (base_text == "current") return display_history(graph, options, currents, head, options.current_heads);
  return display_history(graph, options, base, head, options.current_heads);
}

std::string heads_text(const RevisionGraph& graph, bool verbose, bool resolve_dependencies) {
  const std::vector<std::string> heads =
      resolve(graph, resolve_dependencies ? RevisionArg(std::string("heads")) : RevisionArg(graph.heads()));
  HeadOnly how;
  how.include_branches = true;
  how.tree_indicators = false;
  std::string out;
  for (const auto& id : heads) out += cmd_line(graph, index(graph, id), verbose, how, false);
  return out;
}

std::string branches_text(const RevisionGraph& graph, bool verbose) {
  const std::vector<std::string> revs = catch_revision_errors(
      CatchContext{.start = "base", .end = "heads"},
      [&] { return walk_revisions(graph, RevisionArg(std::string("base")), RevisionArg(std::string("heads"))); });
  HeadOnly self;
  self.include_branches = true;
  HeadOnly child;
  child.include_branches = true;
  child.include_doc = verbose;
  std::string out;
  for (const auto& id : revs) {
    RevIndex i = index(graph, id);
    if (!graph.is_branch_point(i)) continue;
    out += verbose ? entry(graph, i, false) : head_only(graph, i, self, false);
    out += "\n";
    std::string kids;
    for (RevIndex k : graph.vertex(i).next) {
      // Appended piece by piece: a chain of operator+ starting from a literal
      // makes GCC 12 at -O3 report a false -Wrestrict (GCC bug 105329).
      if (!kids.empty()) kids += '\n';
      kids.append(id.size(), ' ').append(" -> ").append(head_only(graph, k, child, false));
    }
    out += kids + "\n\n";
  }
  return out;
}

std::string show_text(const RevisionGraph& graph, const std::vector<std::string>& revs,
                      const std::vector<std::string>& current_heads) {
  std::string out;
  for (const auto& rev : revs) {
    const std::vector<std::string> shown =
        resolve(graph, rev == "current" ? RevisionArg(current_heads) : RevisionArg(rev));
    for (const auto& id : shown) out += entry(graph, index(graph, id), false) + "\n";
  }
  return out;
}

std::string current_text(const RevisionGraph& graph, const std::vector<std::string>& current_heads, bool verbose) {
  const std::vector<std::string> heads =
      catch_revision_errors({}, [&] { return all_current(graph, current_heads); });
  std::string out;
  for (const auto& id : heads) out += cmd_line(graph, index(graph, id), verbose, HeadOnly{}, false);
  return out;
}

}  // namespace dbm::graph
