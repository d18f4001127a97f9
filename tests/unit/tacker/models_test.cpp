// The tacker head models against the MariaDB head schema real Alembic built
// (tests/fixtures/tacker/mysql/head.json): the same tables but for the ones
// listed below, and in each table the same column names and primary key.
// Types, nullability, defaults and keys are where models and migrations
// drift; models.cpp's header says how.
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tacker_plugin.h"

namespace dbm::tacker {
namespace {

nlohmann::json mysql_head() {
  std::ifstream in(std::string(DBM_SOURCE_DIR) + "/tests/fixtures/tacker/mysql/head.json");
  EXPECT_TRUE(in) << "missing tests/fixtures/tacker/mysql/head.json";
  return nlohmann::json::parse(in);
}

// Tables only one side has, each with the reason.
const std::map<std::string, std::string> kOnlyInModels = {
    {"vnf_artifact_metadata", "VnfArtifactMetadata is a model, but no revision creates its table"},
};
const std::map<std::string, std::string> kOnlyInMigrations = {
    // Upstream removed the legacy NFVO code (NS, NSD, VNFFG) and its models,
    // but no revision drops their tables.
    {"aclmatchcriterias", "VNFFG classifier match criteria: model removed upstream"},
    {"ns", "network services: model removed upstream"},
    {"nsd", "network service descriptors: model removed upstream"},
    {"nsd_attribute", "NSD attributes: model removed upstream"},
    {"vnffgchains", "VNFFG chains: model removed upstream"},
    {"vnffgclassifiers", "VNFFG classifiers: model removed upstream"},
    {"vnffgnfps", "VNFFG forwarding paths: model removed upstream"},
    {"vnffgs", "VNF forwarding graphs: model removed upstream"},
    {"vnffgtemplates", "VNFFG templates: model removed upstream"},
};

std::set<std::string> column_names(const Table& t) {
  std::set<std::string> names;
  for (const Column& c : t.columns) names.insert(c.name);
  return names;
}

std::set<std::string> column_names(const nlohmann::json& table) {
  std::set<std::string> names;
  for (const auto& c : table.at("columns")) names.insert(c.at("name").get<std::string>());
  return names;
}

std::vector<std::string> primary_key(const Table& t) {
  if (!t.primary_key.columns.empty()) return t.primary_key.columns;
  std::vector<std::string> key;
  for (const Column& c : t.columns) {
    if (c.primary_key) key.push_back(c.name);
  }
  return key;
}

TEST(TackerModelsTest, PluginCarriesTheModels) {
  EXPECT_EQ(plugin().models, models());
  EXPECT_EQ(models().size(), 34u);
}

TEST(TackerModelsTest, TablesAreHeadsButTheListedOnes) {
  const nlohmann::json head = mysql_head();
  ASSERT_TRUE(head.at("version_tables").contains("alembic_version"));
  ASSERT_FALSE(head.at("tables").contains("alembic_version"));
  std::set<std::string> expected;
  for (const auto& [name, table] : head.at("tables").items()) {
    if (!kOnlyInMigrations.contains(name)) expected.insert(name);
  }
  for (const auto& [name, reason] : kOnlyInModels) expected.insert(name);
  for (const auto& [name, reason] : kOnlyInMigrations) {
    EXPECT_TRUE(head.at("tables").contains(name)) << name << " is listed as only in the migrations, but head lacks it";
  }
  std::set<std::string> mine;
  for (const Table& t : models()) {
    EXPECT_TRUE(mine.insert(t.name).second) << t.name << " is declared twice";
  }
  EXPECT_EQ(mine, expected);
}

TEST(TackerModelsTest, ColumnsAndPrimaryKeysAreHeads) {
  const nlohmann::json head = mysql_head();
  for (const Table& t : models()) {
    if (kOnlyInModels.contains(t.name)) continue;
    SCOPED_TRACE(t.name);
    ASSERT_TRUE(head.at("tables").contains(t.name));
    const nlohmann::json& ref = head.at("tables").at(t.name);
    // No column differs by name: the drift is in types, nullability,
    // defaults and keys.
    EXPECT_EQ(column_names(t), column_names(ref));
    EXPECT_EQ(primary_key(t), ref.at("primary_key").get<std::vector<std::string>>());
  }
}

}  // namespace
}  // namespace dbm::tacker
