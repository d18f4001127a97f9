// Resolution and walks with Alembic 1.8.1's semantics, step for step, so that
// odd inputs fail (or succeed) exactly where Alembic's do. Where Alembic would
// crash on an internal assertion we throw RevisionError(kNotARevision).
// Ordering ties follow the graph's map order; Alembic's frozensets are unordered.
#include "graph/target.h"
#include "base/join.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <regex>

namespace dbm::graph {
namespace {

constexpr RevIndex kBaseMarker = -2;  // Alembic's "base" string that downward walks return
constexpr const char* kNotARevision = "Target does not resolve to a revision (walked past base or head?)";

using Refs = std::vector<RevIndex>;

Refs to_refs(const RevIndices& indices) { return Refs(indices.begin(), indices.end()); }

bool truthy(const std::optional<std::string>& s) { return s && !s->empty(); }

bool truthy(const RevisionArg& arg) {
  if (const auto* s = std::get_if<std::string>(&arg)) return !s->empty();
  if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) return !t->empty();
  return false;
}

/// Python's int(s) < 0 for the strings that can reach it (ids never contain '-').
std::optional<long> negative_int(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\n\r\f\v");
  std::size_t e = s.find_last_not_of(" \t\n\r\f\v");
  if (b == std::string::npos || s[b] != '-') return std::nullopt;
  long value = 0;
  bool digit_before = false;
  for (std::size_t i = b + 1; i <= e; ++i) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = value > LONG_MAX / 10 - 10 ? LONG_MAX / 10 : value * 10 + (c - '0');
      digit_before = true;
    } else if (c == '_' && digit_before && i < e && std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
      digit_before = false;
    } else {
      return std::nullopt;
    }
  }
  if (!digit_before || value == 0) return std::nullopt;
  return -value;
}

long parse_relative(const std::string& text) {
  // "+N" / "-N" from the regex: digits only after the sign.
  long value = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    value = value > LONG_MAX / 10 - 10 ? LONG_MAX / 10 : value * 10 + (text[i] - '0');
  }
  return text[0] == '-' ? -value : value;
}

struct Relative {
  std::optional<std::string> label;
  std::optional<std::string> symbol;
  std::string relative;
};

// Alembic's `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)` with re.match: anchored at the start only.
std::optional<Relative> match_relative(const std::string& target) {
  static const std::regex kRelative(R"((?:(.+?)@)?(\w+)?((?:\+|-)\d+))");
  std::smatch m;
  if (!std::regex_search(target, m, kRelative, std::regex_constants::match_continuous)) return std::nullopt;
  Relative r;
  if (m[1].matched) r.label = m[1].str();
  if (m[2].matched) r.symbol = m[2].str();
  r.relative = m[3].str();
  return r;
}

/// One of what Alembic's walks start from: an id to look up, a revision, or None.
struct Start {
  std::optional<std::string> id;
  RevIndex rev = kNoRevision;
};

class Resolver {
 public:
  explicit Resolver(const RevisionGraph& g) : g_(g) {}

  struct Number {
    std::vector<std::string> ids;
    std::optional<std::string> label;
  };

  Number resolve_number(const RevisionArg& arg) const {
    if (std::holds_alternative<std::monostate>(arg)) return {};
    if (const auto* tuple = std::get_if<std::vector<std::string>>(&arg)) return {*tuple, std::nullopt};
    std::string id = std::get<std::string>(arg);
    std::optional<std::string> label;
    if (auto at = id.find('@'); at != std::string::npos) {
      label = id.substr(0, at);
      id = id.substr(at + 1);
    }
    if (id == "heads") {
      if (truthy(label)) return {ids(filter_for_lineage(g_.head_indices(), *label)), label};
      return {g_.real_heads(), label};
    }
    if (id == "head") {
      RevIndex head = current_head(label);
      if (head == kNoRevision) return {{}, label};
      return {{g_.node(head).id}, label};
    }
    if (id == "base") return {{}, label};
    return {{id}, label};
  }

  RevIndex current_head(const std::optional<std::string>& label) const {
    Refs heads = g_.head_indices();
    if (truthy(label)) heads = filter_for_lineage(heads, *label);
    if (heads.size() > 1) throw MultipleHeads(ids(heads), truthy(label) ? *label + "@head" : "head");
    return heads.empty() ? kNoRevision : heads.front();
  }

  Refs get_revisions(const RevisionArg& arg) const {
    if (const auto* tuple = std::get_if<std::vector<std::string>>(&arg)) {
      Refs out;
      for (const auto& item : *tuple) {
        Refs part = get_revisions(RevisionArg(item));
        out.insert(out.end(), part.begin(), part.end());
      }
      return out;
    }
    Number number = resolve_number(arg);
    if (number.ids.size() == 1) {
      if (auto steps = negative_int(number.ids.front())) {
        Refs heads = get_revisions(RevisionArg(std::string("heads")));
        Refs out;
        for (RevIndex head : heads) {
          if (number.label && !has_label(head, *number.label)) continue;
          out.push_back(walk(head, *steps, std::nullopt, true));
        }
        return out;
      }
    }
    Refs out;
    for (const auto& id : number.ids) out.push_back(revision_for_ident(id, number.label));
    return out;
  }

  RevIndex get_revision(const std::string& id) const {
    Number number = resolve_number(RevisionArg(id));
    if (number.ids.size() > 1) throw MultipleHeads(number.ids, id);
    if (number.ids.empty()) return revision_for_ident(std::nullopt, number.label);
    return revision_for_ident(number.ids.front(), number.label);
  }

  RevIndex resolve_branch(const std::string& label) const {
    RevIndex found = g_.index_of_key(label);
    if (found != kNoRevision) return found;
    try {
      return revision_for_ident(label, std::nullopt);
    } catch (const ResolutionError&) {
      throw UnknownBranch(label);
    }
  }

  // `id` nullopt is Alembic's empty tuple: no revision.
  RevIndex revision_for_ident(const std::optional<std::string>& id, const std::optional<std::string>& branch) const {
    RevIndex branch_rev = kNoRevision;
    if (truthy(branch)) branch_rev = resolve_branch(*branch);
    if (!id) return kNoRevision;
    RevIndex revision = g_.index_of_key(*id);
    if (revision == kNoRevision) {
      if (id->empty()) throw UnknownRevision(*id);
      std::vector<std::string> keys = g_.keys_with_prefix(*id);
      if (branch_rev != kNoRevision) keys = filter_ids_for_lineage(keys, *branch);
      if (keys.empty()) throw UnknownRevision(*id);
      if (keys.size() > 1) throw AmbiguousPrefix(*id, keys);
      revision = g_.index_of_key(keys.front());
    }
    if (truthy(branch) && !shares_lineage(revision, {branch_rev}, false)) {
      throw NotInBranch(g_.node(revision).id, *branch, *id);
    }
    return revision;
  }

  // Alembic's filter_for_lineage: keep targets on the same line as `check_against`.
  Refs filter_for_lineage(const Refs& targets, const std::string& check_against, bool deps = false) const {
    Refs out;
    std::optional<Refs> shares;
    for (RevIndex target : targets) {
      if (target < 0) throw RevisionError(kNotARevision);
      if (!shares) shares = lineage_of(check_against);
      if (shares_lineage(target, *shares, deps)) out.push_back(target);
    }
    return out;
  }

  std::vector<std::string> filter_ids_for_lineage(const std::vector<std::string>& targets,
                                                  const std::string& check_against) const {
    std::vector<std::string> out;
    std::optional<Refs> shares;
    for (const auto& target : targets) {
      if (!shares) shares = lineage_of(check_against);
      if (shares->empty()) {
        out.push_back(target);
        continue;
      }
      RevIndex resolved = revision_for_ident(target, std::nullopt);
      if (resolved < 0) throw RevisionError(kNotARevision);
      if (shares_lineage(resolved, *shares, false)) out.push_back(target);
    }
    return out;
  }

  Refs lineage_of(const std::string& check_against) const {
    Number number = resolve_number(RevisionArg(check_against));
    std::vector<std::string> names;
    if (truthy(number.label)) names.push_back(*number.label);
    names.insert(names.end(), number.ids.begin(), number.ids.end());
    Refs out;
    for (const auto& name : names) out.push_back(revision_for_ident(name, std::nullopt));
    return out;
  }

  bool shares_lineage(RevIndex target, const Refs& against, bool deps) const {
    if (against.empty()) return true;
    std::vector<bool> down = g_.ancestor_set({target}, deps);
    std::vector<bool> up = g_.descendant_set({target}, deps);
    for (RevIndex r : against) {
      if (r >= 0 && (down[static_cast<std::size_t>(r)] || up[static_cast<std::size_t>(r)])) return true;
    }
    return false;
  }

  RevIndex walk(RevIndex start, long steps, const std::optional<std::string>& label, bool no_overwalk) const {
    RevIndex initial = start;
    for (long i = 0; i < (steps < 0 ? -steps : steps); ++i) {
      Refs children;
      if (steps > 0) {
        if (initial == kBaseMarker) throw RevisionError(kNotARevision);
        Refs up = initial == kNoRevision ? g_.base_indices() : to_refs(g_.vertex(initial).next);
        children = truthy(label) ? filter_for_lineage(up, *label) : up;
      } else if (initial != kBaseMarker) {
        children = initial == kNoRevision ? g_.head_indices() : to_refs(g_.vertex(initial).down);
        if (children.empty()) children = {kBaseMarker};
      }
      if (children.empty()) return no_overwalk ? kNoRevision : initial;
      if (children.size() > 1) throw AmbiguousWalk();
      initial = children.front();
    }
    return initial;
  }

  RevIndex walk_from(const Start& start, long steps, const std::optional<std::string>& label,
                     bool no_overwalk) const {
    RevIndex initial = start.id ? get_revision(*start.id) : start.rev;
    return walk(initial, steps, label, no_overwalk);
  }

  Refs parse_upgrade_target(const RevisionArg& current, const RevisionArg& target, bool assert_length) const {
    std::optional<Relative> rel;
    if (const auto* s = std::get_if<std::string>(&target)) rel = match_relative(*s);
    if (!rel) return get_revisions(target);
    long relative = parse_relative(rel->relative);
    if (relative > 0) {
      if (!rel->symbol) {
        std::vector<std::optional<std::string>> current_tuple = to_tuple(current);
        if (current_tuple.empty()) current_tuple.push_back(std::nullopt);
        std::vector<Start> starts;
        for (const auto& c : current_tuple) starts.push_back(Start{c, kNoRevision});
        if (rel->label) {
          Refs current_revs = revisions_of(current_tuple);
          starts.clear();
          for (RevIndex r : filter_for_lineage(current_revs, *rel->label)) starts.push_back(Start{std::nullopt, r});
          if (starts.empty()) {
            Refs active = filter_for_lineage(ancestor_list(current_revs, true), *rel->label);
            std::vector<bool> below(g_.size(), false);
            for (RevIndex r : active) {
              for (RevIndex d : g_.vertex(r).normalized_down) below[static_cast<std::size_t>(d)] = true;
            }
            std::sort(active.begin(), active.end());
            active.erase(std::unique(active.begin(), active.end()), active.end());
            for (RevIndex r : active) {
              if (!below[static_cast<std::size_t>(r)]) starts.push_back(Start{std::nullopt, r});
            }
            if (starts.empty()) starts.push_back(Start{std::nullopt, kNoRevision});
          }
        }
        if (starts.size() > 1) throw RevisionError("Ambiguous upgrade from multiple current revisions");
        RevIndex rev = walk_from(starts.front(), relative, rel->label, assert_length);
        if (rev == kNoRevision) throw RelativeOutOfRange(rel->relative, relative);
        return {rev};
      }
      return {walk(get_revision(*rel->symbol), relative, rel->label, assert_length)};
    }
    if (!rel->symbol) throw RelativeOutOfRange(std::to_string(relative), -relative);
    RevIndex start = rel->label ? get_revision(*rel->label + "@" + *rel->symbol) : get_revision(*rel->symbol);
    return {walk(start, relative, std::nullopt, assert_length)};
  }

  std::pair<std::optional<std::string>, RevIndex> parse_downgrade_target(const RevisionArg& current,
                                                                         const RevisionArg& target,
                                                                         bool assert_length) const {
    if (std::holds_alternative<std::monostate>(target)) return {std::nullopt, kNoRevision};
    const auto* text = std::get_if<std::string>(&target);
    if (!text) throw RevisionError(kNotARevision);
    if (std::optional<Relative> rel = match_relative(*text)) {
      long relative = parse_relative(rel->relative);
      std::optional<std::string> label = rel->label;
      if (relative >= 0) {
        if (!rel->symbol) throw RelativeOutOfRange(rel->relative, relative);
        RevIndex rev = walk(get_revision(*rel->symbol), relative, label, assert_length);
        if (rev == kNoRevision) throw RevisionError("Walked too far");
        return {label, rev};
      }
      const bool relative_to_current = !rel->symbol;
      std::string symbol = rel->symbol.value_or("");
      if (relative_to_current) {
        std::vector<std::optional<std::string>> current_tuple = to_tuple(current);
        if (label) {
          std::vector<std::string> current_ids;
          for (const auto& c : current_tuple) {
            if (!c) throw RevisionError(kNotARevision);
            current_ids.push_back(*c);
          }
          std::vector<std::string> on_branch = filter_ids_for_lineage(current_ids, *label);
          if (on_branch.empty()) {
            on_branch = ids(filter_for_lineage(all_current(current_ids), *label));
          }
          if (on_branch.size() != 1) throw RevisionError(kNotARevision);
          symbol = on_branch.front();
        } else {
          if (current_tuple.empty()) throw RelativeOutOfRange(rel->relative, -relative);
          if (!current_tuple.front()) throw RevisionError(kNotARevision);
          symbol = *current_tuple.front();
          label = symbol;
        }
      }
      RevIndex start = label ? get_revision(*label + "@" + symbol) : get_revision(symbol);
      RevIndex rev = walk(start, relative, std::nullopt, assert_length);
      if (rev == kNoRevision) {
        if (relative_to_current) throw RelativeOutOfRange(rel->relative, -relative);
        throw RevisionError("Walked too far");
      }
      return {label, rev};
    }
    std::optional<std::string> label;
    std::string symbol = *text;
    if (auto at = text->rfind('@'); at != std::string::npos) {
      if (at > 0) label = text->substr(0, at);
      symbol = text->substr(at + 1);
    }
    return {label, get_revision(symbol)};
  }

  Refs all_current(const std::vector<std::string>& stored) const {
    Refs top = get_revisions(RevisionArg(stored));
    for (RevIndex r : top) {
      if (r < 0) throw RevisionError(kNotARevision);
    }
    std::vector<bool> in_top = g_.ancestor_set(top, true);
    Refs out;
    for (std::size_t i = 0; i < g_.size(); ++i) {
      if (!in_top[i]) continue;
      const auto& next = g_.vertex(static_cast<RevIndex>(i)).next;
      bool superseded = std::any_of(next.begin(), next.end(),
                                    [&](RevIndex k) { return in_top[static_cast<std::size_t>(k)]; });
      if (!superseded) out.push_back(static_cast<RevIndex>(i));
    }
    return out;
  }

  // Alembic's _iterate_related_revisions with check=True: a target reached
  // from another target is an error ("overlaps").
  std::vector<bool> related_checked(const Refs& targets, bool upwards, bool deps) const {
    std::vector<bool> seen(g_.size(), false);
    std::vector<bool> is_target(g_.size(), false);
    for (RevIndex t : targets) {
      if (t < 0) throw RevisionError(kNotARevision);
      is_target[static_cast<std::size_t>(t)] = true;
    }
    for (RevIndex t : targets) {
      std::vector<RevIndex> todo{t};
      std::vector<RevIndex> overlaps;
      while (!todo.empty()) {
        RevIndex r = todo.back();
        todo.pop_back();
        if (r != t && is_target[static_cast<std::size_t>(r)]) overlaps.push_back(r);
        if (seen[static_cast<std::size_t>(r)]) continue;
        seen[static_cast<std::size_t>(r)] = true;
        const Vertex& v = g_.vertex(r);
        const RevIndices& more = upwards ? (deps ? v.all_next : v.next) : (deps ? v.normalized_down : v.down);
        todo.insert(todo.end(), more.begin(), more.end());
      }
      if (!overlaps.empty()) {
        std::sort(overlaps.begin(), overlaps.end());
        overlaps.erase(std::unique(overlaps.begin(), overlaps.end()), overlaps.end());
        throw RevisionError("Requested revision " + g_.node(t).id + " overlaps with other requested revisions " +
                            text::join(ids(overlaps), ", "));
      }
    }
    return seen;
  }

  std::pair<std::vector<bool>, Refs> collect_upgrade(const RevisionArg& upper, RevisionArg lower, bool inclusive,
                                                     bool implicit_base, bool assert_length) const {
    Refs targets = parse_upgrade_target(lower, upper, assert_length);
    for (RevIndex t : targets) {
      if (t < 0) throw RevisionError(kNotARevision);
    }
    if (const auto* s = std::get_if<std::string>(&lower); s && s->find('@') != std::string::npos) {
      std::string branch = s->substr(0, s->find('@'));
      RevIndex branch_rev = get_revision(branch);
      if (branch_rev >= 0 && g_.node(branch_rev).id == branch) {
        const auto& labels = g_.vertex(branch_rev).labels;
        if (labels.size() != 1) throw RevisionError(kNotARevision);
        branch = labels.front();
      }
      std::erase_if(targets, [&](RevIndex t) { return !has_label(t, branch); });
    }
    std::vector<bool> required = related_checked(targets, false, true);
    Refs current = get_revisions(lower);
    if (!implicit_base) {
      for (RevIndex c : current) {
        if (c == kBaseMarker || (c >= 0 && !required[static_cast<std::size_t>(c)])) {
          throw RangeNotAncestor(python_str(lower), python_str(upper),
                                 "Revision " + or_base(lower) + " is not an ancestor of revision " + or_base(upper));
        }
      }
    }
    if (!current.empty() && current.front() == kNoRevision) {
      RevIndex rev = parse_downgrade_target(upper, lower, assert_length).second;
      if (rev == kNoRevision) throw RevisionError(kNotARevision);
      if (rev == kBaseMarker) {
        current.clear();
        lower = RevisionArg();
      } else {
        current = {rev};
        lower = RevisionArg(g_.node(rev).id);
      }
    }
    std::vector<bool> current_set = related_checked(current, false, true);
    std::vector<bool> needs(g_.size(), false);
    for (std::size_t i = 0; i < g_.size(); ++i) needs[i] = required[i] && !current_set[i];
    if (inclusive) {
      for (RevIndex r : get_revisions(lower)) {
        if (r < 0) throw RevisionError(kNotARevision);
        needs[static_cast<std::size_t>(r)] = true;
      }
    }
    if (!current.empty() && !implicit_base) {
      std::vector<bool> above = related_checked(current, true, false);
      for (std::size_t i = 0; i < g_.size(); ++i) needs[i] = needs[i] && above[i];
    }
    return {needs, targets};
  }

  std::pair<std::vector<bool>, Refs> collect_downgrade(const RevisionArg& upper, const RevisionArg& target,
                                                       bool inclusive, bool implicit_base, bool assert_length) const {
    auto [label, target_rev] = parse_downgrade_target(upper, target, assert_length);
    if (target_rev == kBaseMarker) target_rev = kNoRevision;
    Refs roots;
    if (target_rev == kNoRevision) {
      roots = g_.base_indices();
    } else if (inclusive) {
      roots = {target_rev};
    } else {
      roots = to_refs(g_.vertex(target_rev).next);
    }
    if (truthy(label) && roots.size() > 1) {
      std::vector<bool> on_branch = g_.ancestor_set({resolve_branch(*label)}, false);
      std::erase_if(roots, [&](RevIndex r) { return !on_branch[static_cast<std::size_t>(r)]; });
      if (roots.empty()) throw RevisionError("Not a valid downgrade target from current heads");
    }
    Refs heads = get_revisions(upper);
    for (RevIndex h : heads) {
      if (h < 0) throw RevisionError(kNotARevision);
    }
    std::vector<bool> drop = g_.descendant_set(roots, true);
    std::vector<bool> active = g_.ancestor_set(heads, true);
    std::vector<bool> below_roots = g_.ancestor_set(roots, true);
    bool any = false;
    for (std::size_t i = 0; i < g_.size(); ++i) {
      drop[i] = drop[i] && active[i];
      if (implicit_base && active[i] && !below_roots[i]) drop[i] = true;
      any = any || drop[i];
    }
    if (target_rev != kNoRevision && !any && std::find(heads.begin(), heads.end(), target_rev) == heads.end()) {
      throw RangeNotAncestor("Nothing to drop", python_str(upper),
                             "Revision Nothing to drop is not an ancestor of revision " + or_base(upper));
    }
    return {drop, heads};
  }

  // Alembic's _topological_sort: newest first, walking one line down as long as
  // no other pending head still needs the candidate, ties in map order.
  std::vector<RevIndex> topological_sort(std::vector<bool> todo, const Refs& heads) const {
    std::vector<RevIndex> current;
    for (RevIndex h : heads) {
      if (todo[static_cast<std::size_t>(h)]) current.push_back(h);
    }
    std::sort(current.begin(), current.end());
    current.erase(std::unique(current.begin(), current.end()), current.end());
    std::vector<std::vector<bool>> ancestors;
    for (RevIndex h : current) ancestors.push_back(g_.ancestor_set({h}, true));
    std::vector<RevIndex> output;
    std::size_t idx = 0;
    auto in_current = [&](RevIndex r) { return std::find(current.begin(), current.end(), r) != current.end(); };
    while (!current.empty()) {
      RevIndex candidate = current[idx];
      bool blocked = false;
      for (std::size_t j = 0; j < ancestors.size(); ++j) {
        if (j != idx && ancestors[j][static_cast<std::size_t>(candidate)]) {
          idx = j;
          blocked = true;
          break;
        }
      }
      if (blocked) continue;
      if (todo[static_cast<std::size_t>(candidate)]) {
        output.push_back(candidate);
        todo[static_cast<std::size_t>(candidate)] = false;
      }
      const Vertex& v = g_.vertex(candidate);
      Refs add;
      for (RevIndex r : v.normalized_down) {
        if (todo[static_cast<std::size_t>(r)] && !in_current(r)) add.push_back(r);
      }
      if (add.empty()) {
        current.erase(current.begin() + static_cast<std::ptrdiff_t>(idx));
        ancestors.erase(ancestors.begin() + static_cast<std::ptrdiff_t>(idx));
        idx = idx > 0 ? idx - 1 : 0;
      } else if (v.normalized_deps.empty() && v.down.size() == 1) {
        current[idx] = add.front();
        ancestors[idx][static_cast<std::size_t>(candidate)] = false;
      } else {
        current[idx] = add.front();
        ancestors[idx] = g_.ancestor_set({add.front()}, true);
        for (std::size_t k = 1; k < add.size(); ++k) {
          current.push_back(add[k]);
          ancestors.push_back(g_.ancestor_set({add[k]}, true));
        }
      }
    }
    if (std::find(todo.begin(), todo.end(), true) != todo.end()) {
      throw RevisionError("Revisions in the requested range are not connected to its upper end");
    }
    return output;
  }

  std::vector<std::string> ids(const Refs& refs) const {
    std::vector<std::string> out;
    for (RevIndex r : refs) {
      if (r < 0) throw RevisionError(kNotARevision);
      out.push_back(g_.node(r).id);
    }
    return out;
  }

 private:
  bool has_label(RevIndex r, const std::string& label) const {
    const auto& labels = g_.vertex(r).labels;
    return std::find(labels.begin(), labels.end(), label) != labels.end();
  }

  static std::vector<std::optional<std::string>> to_tuple(const RevisionArg& arg) {
    std::vector<std::optional<std::string>> out;
    if (const auto* s = std::get_if<std::string>(&arg)) out.emplace_back(*s);
    if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) out.assign(t->begin(), t->end());
    return out;
  }

  Refs revisions_of(const std::vector<std::optional<std::string>>& items) const {
    Refs out;
    for (const auto& item : items) {
      if (!item) continue;  // get_revisions(None) is empty
      Refs part = get_revisions(RevisionArg(*item));
      out.insert(out.end(), part.begin(), part.end());
    }
    return out;
  }

  Refs ancestor_list(const Refs& starts, bool deps) const {
    for (RevIndex s : starts) {
      if (s < 0) throw RevisionError(kNotARevision);
    }
    std::vector<bool> marks = g_.ancestor_set(starts, deps);
    Refs out;
    for (std::size_t i = 0; i < marks.size(); ++i) {
      if (marks[i]) out.push_back(static_cast<RevIndex>(i));
    }
    return out;
  }

  static std::string or_base(const RevisionArg& arg) { return truthy(arg) ? python_str(arg) : "base"; }

  const RevisionGraph& g_;
};

}  // namespace

std::string python_str(const RevisionArg& arg) {
  if (const auto* s = std::get_if<std::string>(&arg)) return *s;
  if (const auto* t = std::get_if<std::vector<std::string>>(&arg)) {
    std::string out = "(";
    for (std::size_t i = 0; i < t->size(); ++i) out += (i ? ", '" : "'") + (*t)[i] + "'";
    return out + (t->size() == 1 ? ",)" : ")");
  }
  return "None";
}

std::vector<std::string> get_revisions(const RevisionGraph& graph, const RevisionArg& id) {
  Resolver r(graph);
  return r.ids(r.get_revisions(id));
}

std::optional<std::string> get_revision(const RevisionGraph& graph, const std::string& id) {
  Resolver r(graph);
  RevIndex rev = r.get_revision(id);
  if (rev == kNoRevision) return std::nullopt;
  return r.ids({rev}).front();
}

std::vector<std::string> resolve_upgrade_target(const RevisionGraph& graph, const std::string& target,
                                                const std::vector<std::string>& current_heads,
                                                bool assert_relative_length) {
  Resolver r(graph);
  return r.ids(r.parse_upgrade_target(RevisionArg(current_heads), RevisionArg(target), assert_relative_length));
}

std::pair<std::optional<std::string>, std::optional<std::string>> resolve_downgrade_target(
    const RevisionGraph& graph, const std::string& target, const std::vector<std::string>& current_heads,
    bool assert_relative_length) {
  Resolver r(graph);
  auto [label, rev] = r.parse_downgrade_target(RevisionArg(current_heads), RevisionArg(target), assert_relative_length);
  if (rev < 0) return {label, std::nullopt};
  return {label, graph.node(rev).id};
}

std::vector<std::string> iterate_revisions(const RevisionGraph& graph, const RevisionArg& upper,
                                           const RevisionArg& lower, const IterateOptions& options) {
  Resolver r(graph);
  auto [revisions, heads] =
      options.select_for_downgrade
          ? r.collect_downgrade(upper, lower, options.inclusive, options.implicit_base, options.assert_relative_length)
          : r.collect_upgrade(upper, lower, options.inclusive, options.implicit_base, options.assert_relative_length);
  return r.ids(r.topological_sort(std::move(revisions), heads));
}

std::vector<std::string> walk_revisions(const RevisionGraph& graph, const RevisionArg& base, const RevisionArg& head) {
  IterateOptions options;
  options.inclusive = true;
  options.assert_relative_length = false;
  return iterate_revisions(graph, head, base, options);
}

std::vector<std::string> all_current(const RevisionGraph& graph, const std::vector<std::string>& stored) {
  Resolver r(graph);
  return r.ids(r.all_current(stored));
}

}  // namespace dbm::graph
