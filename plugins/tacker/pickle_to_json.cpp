// The pickle reader behind pickle_to_json: a stack machine over the opcodes
// of protocols 0-5 that build plain data, then a walk that turns the result
// into nlohmann::ordered_json. Containers are shared (the memo can hand the
// same list out twice and later opcodes fill it in, or put a list inside
// itself), so values live in an arena for the length of one call and are
// referred to by pointer.
#include "pickle_to_json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace dbm::tacker {
namespace {

// Thrown for anything the reader does not accept; pickle_to_json turns it into nullopt.
struct Unreadable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const char* why) { throw Unreadable(why); }

enum class Kind : std::uint8_t {
  kNone,
  kBool,
  kInt,       // fits std::int64_t
  kUnsigned,  // above INT64_MAX, fits std::uint64_t
  kFloat,
  kStr,        // text, UTF-8 (Python 2 str: its bytes as they are)
  kBytes,      // raw bytes
  kByteArray,  // raw bytes
  kList,
  kTuple,
  kDict,
  kGlobal,  // a module-level name (GLOBAL / STACK_GLOBAL), only as REDUCE's callable
};

struct Object;
using Ref = Object*;

struct Object {
  Kind kind = Kind::kNone;
  bool boolean = false;
  std::int64_t integer = 0;
  std::uint64_t unsigned_integer = 0;
  double number = 0;
  std::string text{};                          // kStr, kBytes, kByteArray; kGlobal: the module
  std::string name{};                          // kGlobal: the name in the module
  std::vector<Ref> items{};                    // kList, kTuple
  std::vector<std::pair<Ref, Ref>> entries{};  // kDict, in insertion order
};

// Owns every object one load makes (a deque: growing it moves none).
class Arena {
 public:
  Ref make(Kind kind) {
    Object& o = objects_.emplace_back();
    o.kind = kind;
    return &o;
  }
  Ref make_text(Kind kind, std::string text) {
    Ref o = make(kind);
    o->text = std::move(text);
    return o;
  }
  Ref make_int(std::int64_t v) {
    Ref o = make(Kind::kInt);
    o->integer = v;
    return o;
  }
  Ref make_unsigned(std::uint64_t v) {
    Ref o = make(Kind::kUnsigned);
    o->unsigned_integer = v;
    return o;
  }
  Ref make_bool(bool v) {
    Ref o = make(Kind::kBool);
    o->boolean = v;
    return o;
  }

 private:
  std::deque<Object> objects_{};
};

// Appends code point `cp` to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code points of UTF-8 `text`; fails on malformed input.
std::vector<std::uint32_t> code_points(std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    int extra = 0;
    std::uint32_t cp = 0;
    if (lead < 0x80) {
      cp = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      extra = 1;
      cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2;
      cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3;
      cp = lead & 0x07;
    } else {
      fail("malformed UTF-8");
    }
    if (extra > 0 && i + extra >= text.size()) fail("truncated UTF-8");
    for (int k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) fail("malformed UTF-8");
      cp = (cp << 6) | (c & 0x3F);
    }
    out.push_back(cp);
    i += extra + 1;
  }
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Python's "raw-unicode-escape" (the UNICODE opcode's argument): bytes are
// Latin-1 code points, except \uXXXX and \UXXXXXXXX after an odd run of
// backslashes. A high surrogate followed by a low one becomes one code point
// (the JSON written for either form is the same).
std::string decode_raw_unicode_escape(std::string_view in) {
  std::vector<std::uint32_t> cps;
  for (std::size_t i = 0; i < in.size();) {
    if (in[i] != '\\') {
      cps.push_back(static_cast<unsigned char>(in[i++]));
      continue;
    }
    std::size_t run = 0;
    while (i + run < in.size() && in[i + run] == '\\') ++run;
    const std::size_t after = i + run;
    const bool escape = run % 2 == 1 && after < in.size() && (in[after] == 'u' || in[after] == 'U');
    const std::size_t literal = escape ? run - 1 : run;
    for (std::size_t k = 0; k < literal; ++k) cps.push_back('\\');
    i = after;
    if (!escape) continue;
    const std::size_t digits = in[after] == 'u' ? 4 : 8;
    if (after + digits >= in.size()) fail("truncated \\u escape");
    std::uint32_t cp = 0;
    for (std::size_t k = 1; k <= digits; ++k) {
      const int d = hex_digit(in[after + k]);
      if (d < 0) fail("bad \\u escape");
      cp = cp * 16 + static_cast<std::uint32_t>(d);
    }
    if (cp > 0x10FFFF) fail("code point out of range");
    cps.push_back(cp);
    i = after + digits + 1;
  }
  std::string out;
  for (std::size_t k = 0; k < cps.size(); ++k) {
    std::uint32_t cp = cps[k];
    if (cp >= 0xD800 && cp <= 0xDBFF && k + 1 < cps.size() && cps[k + 1] >= 0xDC00 && cps[k + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (cps[k + 1] - 0xDC00);
      ++k;
    }
    append_utf8(out, cp);  // a lone surrogate stays; writing the JSON refuses it
  }
  return out;
}

// Python's codecs.escape_decode, the STRING opcode's argument without its quotes.
std::string decode_string_escapes(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\') {
      out += in[i];
      continue;
    }
    if (++i == in.size()) fail("trailing backslash");
    const char c = in[i];
    switch (c) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        if (i + 2 >= in.size()) fail("truncated \\x escape");
        const int hi = hex_digit(in[i + 1]);
        const int lo = hex_digit(in[i + 2]);
        if (hi < 0 || lo < 0) fail("bad \\x escape");
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          int value = c - '0';
          for (int k = 0; k < 2 && i + 1 < in.size() && in[i + 1] >= '0' && in[i + 1] <= '7'; ++k) {
            value = value * 8 + (in[++i] - '0');
          }
          out += static_cast<char>(value & 0xFF);
        } else {
          out += '\\';  // Python keeps an unknown escape as it is
          out += c;
        }
    }
  }
  return out;
}

// A decimal integer as protocol 0 writes it ("-12", Python 2's "12L").
Ref parse_integer(Arena& arena, std::string_view text) {
  if (!text.empty() && text.back() == 'L') text.remove_suffix(1);
  if (text.empty()) fail("empty integer");
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size()) return arena.make_int(value);
  std::uint64_t big = 0;
  auto [uend, uec] = std::from_chars(text.data(), text.data() + text.size(), big);
  if (uec == std::errc() && uend == text.data() + text.size()) return arena.make_unsigned(big);
  fail("integer out of range");
}

// LONG1/LONG4: little-endian two's complement of any length.
Ref decode_long(Arena& arena, std::string_view bytes) {
  const std::size_t n = bytes.size();
  if (n == 0) return arena.make_int(0);
  if (n > 9 || (n == 9 && bytes[8] != 0)) fail("integer beyond 64 bits");
  std::uint64_t raw = 0;
  for (std::size_t k = 0; k < n && k < 8; ++k) raw |= std::uint64_t{static_cast<unsigned char>(bytes[k])} << (8 * k);
  if (n == 9) {  // a positive value with bit 63 set
    if (raw <= static_cast<std::uint64_t>(INT64_MAX)) return arena.make_int(static_cast<std::int64_t>(raw));
    return arena.make_unsigned(raw);
  }
  if (n < 8 && (static_cast<unsigned char>(bytes[n - 1]) & 0x80) != 0) raw |= ~std::uint64_t{0} << (8 * n);
  return arena.make_int(static_cast<std::int64_t>(raw));
}

bool equal_keys(const Object& a, const Object& b) {
  auto numeric = [](const Object& o) {
    return o.kind == Kind::kInt || o.kind == Kind::kBool || o.kind == Kind::kUnsigned || o.kind == Kind::kFloat;
  };
  auto as_double = [](const Object& o) {
    switch (o.kind) {
      case Kind::kBool: return o.boolean ? 1.0 : 0.0;
      case Kind::kInt: return static_cast<double>(o.integer);
      case Kind::kUnsigned: return static_cast<double>(o.unsigned_integer);
      default: return o.number;
    }
  };
  if (numeric(a) && numeric(b)) {
    if (a.kind != Kind::kFloat && b.kind != Kind::kFloat && a.kind != Kind::kUnsigned && b.kind != Kind::kUnsigned) {
      const auto ia = a.kind == Kind::kBool ? std::int64_t{a.boolean} : a.integer;
      const auto ib = b.kind == Kind::kBool ? std::int64_t{b.boolean} : b.integer;
      return ia == ib;
    }
    return as_double(a) == as_double(b);
  }
  if (a.kind != b.kind) return false;
  if (a.kind == Kind::kNone) return true;
  if (a.kind == Kind::kStr || a.kind == Kind::kBytes) return a.text == b.text;
  return &a == &b;
}

// dict[key] = value: a key already there keeps its place and takes the new value.
void set_item(Object& dict, Ref key, Ref value) {
  for (auto& [k, v] : dict.entries) {
    if (equal_keys(*k, *key)) {
      v = value;
      return;
    }
  }
  dict.entries.emplace_back(key, value);
}

bool is_latin1_name(const Object& o) {
  return o.kind == Kind::kStr && (o.text == "latin1" || o.text == "latin-1" || o.text == "latin_1" ||
                                  o.text == "iso-8859-1" || o.text == "iso8859-1");
}

std::string latin1_bytes(const Object& text) {
  std::string out;
  for (std::uint32_t cp : code_points(text.text)) {
    if (cp > 0xFF) fail("not Latin-1");
    out += static_cast<char>(cp);
  }
  return out;
}

// REDUCE, for the few callables that rebuild bytes and bytearrays: Python 3
// pickles bytes as _codecs.encode(str, 'latin1') below protocol 3, and b''
// as bytes().
Ref reduce(Arena& arena, const Object& callable, const Object& args) {
  if (callable.kind != Kind::kGlobal || args.kind != Kind::kTuple) fail("unsupported REDUCE");
  const auto& a = args.items;
  const std::string& module = callable.text;
  const std::string& name = callable.name;
  if (module == "_codecs" && name == "encode" && a.size() == 2 && a[0]->kind == Kind::kStr && is_latin1_name(*a[1])) {
    return arena.make_text(Kind::kBytes, latin1_bytes(*a[0]));
  }
  if (module == "builtins" && (name == "bytes" || name == "bytearray")) {
    const Kind kind = name == "bytes" ? Kind::kBytes : Kind::kByteArray;
    if (a.empty()) return arena.make_text(kind, "");
    if (a.size() == 1 && (a[0]->kind == Kind::kBytes || a[0]->kind == Kind::kByteArray)) {
      return arena.make_text(kind, a[0]->text);
    }
    if (a.size() == 2 && a[0]->kind == Kind::kStr && is_latin1_name(*a[1])) {
      return arena.make_text(kind, latin1_bytes(*a[0]));
    }
  }
  fail("unsupported REDUCE");
}

class Unpickler {
 public:
  Unpickler(Arena& arena, std::string_view in) : arena_(arena), in_(in) {}

  Ref load() {
    for (;;) {
      const auto op = static_cast<unsigned char>(byte());
      switch (op) {
        case 0x80: {  // PROTO
          if (static_cast<unsigned char>(byte()) > 5) fail("unknown protocol");
          break;
        }
        case 0x95: take(8); break;  // FRAME: only a hint for buffered readers
        case '.': return pop();     // STOP
        case '(': marks_.push_back(stack_.size()); break;
        case '0':  // POP
          if (stack_.size() > floor()) {
            stack_.pop_back();
          } else {
            pop_mark();
          }
          break;
        case '1': pop_mark(); break;   // POP_MARK
        case '2': push(top()); break;  // DUP

        case 'N': push(arena_.make(Kind::kNone)); break;
        case 0x88: push(arena_.make_bool(true)); break;
        case 0x89: push(arena_.make_bool(false)); break;
        case 'I': {  // INT; "01" and "00" are Python 2's True and False
          const std::string_view line = read_line();
          if (line == "01" || line == "00") {
            push(arena_.make_bool(line == "01"));
          } else {
            push(parse_integer(arena_, line));
          }
          break;
        }
        case 'L': push(parse_integer(arena_, read_line())); break;                            // LONG
        case 'J': push(arena_.make_int(static_cast<std::int32_t>(little_endian(4)))); break;  // BININT
        case 'K': push(arena_.make_int(static_cast<std::int64_t>(little_endian(1)))); break;  // BININT1
        case 'M': push(arena_.make_int(static_cast<std::int64_t>(little_endian(2)))); break;  // BININT2
        case 0x8a: push(decode_long(arena_, take(little_endian(1)))); break;                  // LONG1
        case 0x8b: push(decode_long(arena_, take(signed_length(4)))); break;                  // LONG4
        case 'F': {  // FLOAT, as repr() wrote it
          const std::string_view line = read_line();
          double value = 0;
          auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), value);
          if (ec != std::errc() || end != line.data() + line.size()) fail("bad FLOAT");
          Ref o = arena_.make(Kind::kFloat);
          o->number = value;
          push(o);
          break;
        }
        case 'G': {  // BINFLOAT: big-endian IEEE 754 double
          const std::string_view b = take(8);
          std::uint64_t bits = 0;
          for (char c : b) bits = (bits << 8) | static_cast<unsigned char>(c);
          Ref o = arena_.make(Kind::kFloat);
          static_assert(sizeof(double) == sizeof(bits));
          std::memcpy(&o->number, &bits, sizeof bits);
          push(o);
          break;
        }

        case 'S': {  // STRING: Python 2 str, repr()-quoted
          std::string_view line = read_line();
          if (line.size() < 2 || line.front() != line.back() || (line.front() != '\'' && line.front() != '"')) {
            fail("unquoted STRING");
          }
          line = line.substr(1, line.size() - 2);
          push_text(Kind::kStr, decode_string_escapes(line));
          break;
        }
        case 'T': push_text(Kind::kStr, take(signed_length(4))); break;                  // BINSTRING
        case 'U': push_text(Kind::kStr, take(little_endian(1))); break;                  // SHORT_BINSTRING
        case 'V': push_text(Kind::kStr, decode_raw_unicode_escape(read_line())); break;  // UNICODE
        case 'X': push_text(Kind::kStr, take(little_endian(4))); break;                  // BINUNICODE
        case 0x8c: push_text(Kind::kStr, take(little_endian(1))); break;                 // SHORT_BINUNICODE
        case 0x8d: push_text(Kind::kStr, take(little_endian(8))); break;                 // BINUNICODE8
        case 'B': push_text(Kind::kBytes, take(little_endian(4))); break;                // BINBYTES
        case 'C': push_text(Kind::kBytes, take(little_endian(1))); break;                // SHORT_BINBYTES
        case 0x8e: push_text(Kind::kBytes, take(little_endian(8))); break;               // BINBYTES8
        case 0x96: push_text(Kind::kByteArray, take(little_endian(8))); break;           // BYTEARRAY8

        case ']': push(arena_.make(Kind::kList)); break;   // EMPTY_LIST
        case '}': push(arena_.make(Kind::kDict)); break;   // EMPTY_DICT
        case ')': push(arena_.make(Kind::kTuple)); break;  // EMPTY_TUPLE
        case 'l': {                                        // LIST
          Ref o = arena_.make(Kind::kList);
          o->items = pop_mark();
          push(o);
          break;
        }
        case 't': {  // TUPLE
          Ref o = arena_.make(Kind::kTuple);
          o->items = pop_mark();
          push(o);
          break;
        }
        case 0x85: push_tuple(1); break;  // TUPLE1
        case 0x86: push_tuple(2); break;  // TUPLE2
        case 0x87: push_tuple(3); break;  // TUPLE3
        case 'd': {                       // DICT
          std::vector<Ref> items = pop_mark();
          if (items.size() % 2 != 0) fail("odd DICT");
          Ref o = arena_.make(Kind::kDict);
          for (std::size_t k = 0; k < items.size(); k += 2) set_item(*o, items[k], items[k + 1]);
          push(o);
          break;
        }
        case 'a': {  // APPEND
          Ref value = pop();
          container(Kind::kList).items.push_back(value);
          break;
        }
        case 'e': {  // APPENDS
          std::vector<Ref> items = pop_mark();
          auto& list = container(Kind::kList).items;
          list.insert(list.end(), items.begin(), items.end());
          break;
        }
        case 's': {  // SETITEM
          Ref value = pop();
          Ref key = pop();
          set_item(container(Kind::kDict), key, value);
          break;
        }
        case 'u': {  // SETITEMS
          std::vector<Ref> items = pop_mark();
          if (items.size() % 2 != 0) fail("odd SETITEMS");
          Object& dict = container(Kind::kDict);
          for (std::size_t k = 0; k < items.size(); k += 2) set_item(dict, items[k], items[k + 1]);
          break;
        }

        case 'p': memo_[decimal(read_line())] = top(); break;  // PUT
        case 'q': memo_[little_endian(1)] = top(); break;      // BINPUT
        case 'r': memo_[little_endian(4)] = top(); break;      // LONG_BINPUT
        case 0x94: {                                           // MEMOIZE
          const std::uint64_t index = memo_.size();
          memo_[index] = top();
          break;
        }
        case 'g': push(recall(decimal(read_line()))); break;  // GET
        case 'h': push(recall(little_endian(1))); break;      // BINGET
        case 'j': push(recall(little_endian(4))); break;      // LONG_BINGET

        case 'c': {  // GLOBAL "module\nname\n"
          std::string module(read_line());
          std::string name(read_line());
          push(global(std::move(module), std::move(name)));
          break;
        }
        case 0x93: {  // STACK_GLOBAL
          Ref name = pop();
          Ref module = pop();
          if (module->kind != Kind::kStr || name->kind != Kind::kStr) fail("bad STACK_GLOBAL");
          push(global(module->text, name->text));
          break;
        }
        case 'R': {  // REDUCE
          Ref args = pop();
          Ref callable = pop();
          push(reduce(arena_, *callable, *args));
          break;
        }

        default:
          // Objects (INST, OBJ, NEWOBJ, NEWOBJ_EX, BUILD, EXT*), persistent
          // ids, sets and out-of-band buffers are not plain data.
          fail("unsupported opcode");
      }
    }
  }

 private:
  char byte() {
    if (pos_ >= in_.size()) fail("truncated pickle");
    return in_[pos_++];
  }

  std::string_view take(std::uint64_t n) {
    if (n > in_.size() - pos_) fail("truncated pickle");
    const std::string_view out = in_.substr(pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return out;
  }

  std::uint64_t little_endian(int n) {
    const std::string_view b = take(static_cast<std::uint64_t>(n));
    std::uint64_t v = 0;
    for (int k = n - 1; k >= 0; --k) v = (v << 8) | static_cast<unsigned char>(b[static_cast<std::size_t>(k)]);
    return v;
  }

  // A 4-byte length field Python reads as signed; a negative one is an error.
  std::uint64_t signed_length(int n) {
    const auto v = static_cast<std::int32_t>(little_endian(n));
    if (v < 0) fail("negative length");
    return static_cast<std::uint64_t>(v);
  }

  std::string_view read_line() {
    const std::size_t end = in_.find('\n', pos_);
    if (end == std::string_view::npos) fail("truncated pickle");
    const std::string_view line = in_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return line;
  }

  static std::uint64_t decimal(std::string_view text) {
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size()) fail("bad memo index");
    return v;
  }

  Ref global(std::string module, std::string name) {
    if (module == "__builtin__") module = "builtins";  // Python 2's name, as Python 3 maps it
    Ref o = arena_.make_text(Kind::kGlobal, std::move(module));
    o->name = std::move(name);
    return o;
  }

  // The stack's bottom for the current mark: opcodes other than the mark
  // ones see only what was pushed after it.
  std::size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }

  void push(Ref o) { stack_.push_back(o); }
  void push_text(Kind kind, std::string_view text) { push(arena_.make_text(kind, std::string(text))); }

  Ref pop() {
    if (stack_.size() <= floor()) fail("stack underflow");
    Ref o = stack_.back();
    stack_.pop_back();
    return o;
  }

  Ref top() const {
    if (stack_.size() <= floor()) fail("stack underflow");
    return stack_.back();
  }

  std::vector<Ref> pop_mark() {
    if (marks_.empty()) fail("no MARK");
    const std::size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<Ref> items(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
    stack_.resize(mark);
    return items;
  }

  void push_tuple(std::size_t n) {
    if (stack_.size() < floor() + n) fail("stack underflow");
    Ref o = arena_.make(Kind::kTuple);
    o->items.assign(stack_.end() - static_cast<std::ptrdiff_t>(n), stack_.end());
    stack_.resize(stack_.size() - n);
    push(o);
  }

  Object& container(Kind kind) {
    Object& o = *top();
    if (o.kind != kind) fail("APPEND/SETITEM on the wrong type");
    return o;
  }

  Ref recall(std::uint64_t index) const {
    const auto it = memo_.find(index);
    if (it == memo_.end()) fail("memo miss");
    return it->second;
  }

  Arena& arena_;
  std::string_view in_;
  std::size_t pos_ = 0;
  std::vector<Ref> stack_{};
  std::vector<std::size_t> marks_{};
  std::unordered_map<std::uint64_t, Ref> memo_{};
};

using Json = nlohmann::ordered_json;

// Deeper than this is taken for a cycle (Python's json.dumps refuses those too).
constexpr int kMaxDepth = 500;

Json number_json(const Object& o) {
  switch (o.kind) {
    case Kind::kInt: return Json(o.integer);
    case Kind::kUnsigned: return Json(o.unsigned_integer);
    default:
      if (!std::isfinite(o.number)) fail("NaN or infinity");
      return Json(o.number);
  }
}

// json.dumps turns int, float, bool and None keys into their JSON text and
// refuses others (bytes, tuples).
std::string key_text(const Object& key) {
  switch (key.kind) {
    case Kind::kStr: return key.text;
    case Kind::kBool: return key.boolean ? "true" : "false";
    case Kind::kNone: return "null";
    case Kind::kInt:
    case Kind::kUnsigned:
    case Kind::kFloat: return number_json(key).dump();
    default: fail("dict key JSON cannot hold");
  }
}

Json to_json(const Object& o, int depth) {
  if (depth > kMaxDepth) fail("nested too deep (a cycle?)");
  switch (o.kind) {
    case Kind::kNone: return Json(nullptr);
    case Kind::kBool: return Json(o.boolean);
    case Kind::kInt:
    case Kind::kUnsigned:
    case Kind::kFloat: return number_json(o);
    case Kind::kStr:
    case Kind::kBytes: return Json(o.text);  // bytes: read as UTF-8 text, as tacker's encoder does
    case Kind::kByteArray: {
      Json out = Json::array();
      for (char c : o.text) out.push_back(static_cast<int>(static_cast<unsigned char>(c)));
      return out;
    }
    case Kind::kList:
    case Kind::kTuple: {
      Json out = Json::array();
      for (const Ref& item : o.items) out.push_back(to_json(*item, depth + 1));
      return out;
    }
    case Kind::kDict: {
      Json out = Json::object();
      for (const auto& [k, v] : o.entries) out[key_text(*k)] = to_json(*v, depth + 1);
      return out;
    }
    case Kind::kGlobal: break;
  }
  fail("not plain data");
}

}  // namespace

std::optional<std::string> pickle_to_json(std::string_view pickled) {
  try {
    Arena arena;
    const Ref value = Unpickler(arena, pickled).load();
    // ensure_ascii, as Python's json.dumps; text that is not UTF-8 throws.
    return to_json(*value, 0).dump(-1, ' ', true, Json::error_handler_t::strict);
  } catch (const Unreadable&) {
    return std::nullopt;
  } catch (const Json::exception&) {
    return std::nullopt;
  }
}

}  // namespace dbm::tacker
