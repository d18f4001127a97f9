// A minimal JSON reader for the reference schema dumps, test-only: objects,
// arrays, strings (simple escapes), numbers, true/false/null. No JSON library
// is a project dependency, and the dumps need no more than this.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace dbm::schema::testing {

struct Json {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = Kind::kNull;
  bool boolean = false;
  std::string text;  ///< kString, or a kNumber's spelling
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  const Json& operator[](const std::string& key) const {
    const auto it = fields.find(key);
    if (it == fields.end()) throw std::runtime_error("no key '" + key + "'");
    return it->second;
  }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& text) : s_(text) {}
  Json parse() {
    Json v = value();
    skip();
    if (pos_ != s_.size()) throw std::runtime_error("trailing JSON text");
    return v;
  }

 private:
  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  char next() {
    skip();
    if (pos_ >= s_.size()) throw std::runtime_error("unexpected end of JSON");
    return s_[pos_];
  }
  void expect(char c) {
    if (next() != c) throw std::runtime_error(std::string("expected '") + c + "'");
    ++pos_;
  }
  std::string string() {
    expect('"');
    std::string out;
    while (s_.at(pos_) != '"') {
      char c = s_[pos_++];
      if (c == '\\') {
        const char e = s_.at(pos_++);
        c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
      }
      out += c;
    }
    ++pos_;
    return out;
  }
  Json value() {
    Json v;
    const char c = next();
    if (c == '{') {
      v.kind = Json::Kind::kObject;
      ++pos_;
      if (next() == '}') { ++pos_; return v; }
      for (;;) {
        std::string key = string();
        expect(':');
        v.fields.emplace(std::move(key), value());
        if (next() == ',') { ++pos_; continue; }
        expect('}');
        return v;
      }
    }
    if (c == '[') {
      v.kind = Json::Kind::kArray;
      ++pos_;
      if (next() == ']') { ++pos_; return v; }
      for (;;) {
        v.items.push_back(value());
        if (next() == ',') { ++pos_; continue; }
        expect(']');
        return v;
      }
    }
    if (c == '"') {
      v.kind = Json::Kind::kString;
      v.text = string();
      return v;
    }
    for (const char* word : {"true", "false", "null"}) {
      if (s_.compare(pos_, std::string(word).size(), word) == 0) {
        pos_ += std::string(word).size();
        v.kind = word[0] == 'n' ? Json::Kind::kNull : Json::Kind::kBool;
        v.boolean = word[0] == 't';
        return v;
      }
    }
    v.kind = Json::Kind::kNumber;
    while (pos_ < s_.size() && std::string("+-.eE0123456789").find(s_[pos_]) != std::string::npos) {
      v.text += s_[pos_++];
    }
    if (v.text.empty()) throw std::runtime_error("bad JSON value");
    return v;
  }

  const std::string& s_;
  std::size_t pos_ = 0;
};

}  // namespace dbm::schema::testing
