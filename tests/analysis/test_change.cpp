#include "analysis/change/change.h"
#include "analysis/sites_test_world.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <gdal.h>

using namespace couverture;
using namespace couverture::analysis;
using namespace couverture::test;

namespace {

struct ReleasePair {
    ActivityTable before, after;
    ReconcileResult beforeMatches, afterMatches;
};

ReleasePair fixtureReleases(const AdminTree& tree) {
    GDALAllRegister();
    ReleasePair pair;
    pair.before = readActivityTable(sitesFixture("release_before.csv"));
    pair.after = readActivityTable(sitesFixture("release_after.csv"));
    pair.beforeMatches = reconcile(tree, pair.before.rows);
    pair.afterMatches = reconcile(tree, pair.after.rows);
    return pair;
}

const SectorChange* find(const ChangeResult& result, UnitId unit, const std::string& sector) {
    for (const auto& change : result.sectors) {
        if (change.unit == unit && change.sector == sector) {
            return &change;
        }
    }
    return nullptr;
}

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("two releases with different column names: who left and who arrived, per commune and sector",
          "[change]") {
    const SitesWorld world;
    const ReleasePair pair = fixtureReleases(world.tree);
    ChangeOptions options;
    options.level = AdminLevel::Commune;
    const ChangeResult result = compareReleases(world.tree, {&pair.before.rows, &pair.beforeMatches.matches},
                                                {&pair.after.rows, &pair.afterMatches.matches}, options);
    // The first release names its sectors "Protection", the second "PROTECTION": the same sector, as first
    // written; "ong1" and "ONG1" are the same organisation.
    const SectorChange* alphaProtection = find(result, world.alpha, "Protection");
    REQUIRE(alphaProtection != nullptr);
    CHECK(alphaProtection->before == Names{"ONG1", "ONG2"});
    CHECK(alphaProtection->after == Names{"ONG1"});
    CHECK(alphaProtection->left == Names{"ONG2"});
    CHECK(alphaProtection->arrived.empty());
    CHECK_FALSE(alphaProtection->lostLast());

    const SectorChange* betaEducation = find(result, world.beta, "Education");
    REQUIRE(betaEducation != nullptr);
    CHECK(betaEducation->arrived == Names{"ONG5"});
    CHECK(betaEducation->left.empty());

    const SectorChange* gammaProtection = find(result, world.gamma, "Protection");
    REQUIRE(gammaProtection != nullptr);
    CHECK(gammaProtection->left == Names{"ONG3"});
    CHECK(gammaProtection->arrived == Names{"ONG5"});

    const SectorChange* gammaHealth = find(result, world.gamma, "Santé");
    REQUIRE(gammaHealth != nullptr);
    CHECK(gammaHealth->lostLast());
    CHECK(result.sectors.size() == 4);

    const auto net = [&](UnitId unit) { return result.units[static_cast<std::size_t>(unit)]; };
    CHECK(net(world.alpha).before == 2);
    CHECK(net(world.alpha).net() == -1);
    CHECK(net(world.beta).net() == 1);
    CHECK(net(world.gamma).before == 2);
    CHECK(net(world.gamma).after == 1);
    CHECK(net(world.gamma).sectorsLost == 1);
    // ONG4's row names only the région: not compared at the commune level, and said so.
    CHECK(result.coarserBefore == 1);
    CHECK(result.rowsBefore == 6);
    CHECK(result.rowsAfter == 4);

    const OutputTable lost = lostLastTable(world.tree, result);
    REQUIRE(lost.rows.size() == 1);
    CHECK(lost.rows[0] == std::vector<std::string>{"XG", "Gamma", "Colline", "Santé", "ONG2"});
    const OutputTable netTable = netChangeTable(world.tree, result);
    REQUIRE(netTable.rows.size() == 3);
    CHECK(netTable.rows[2] == std::vector<std::string>{"XG", "Gamma", "Colline", "2", "1", "-1", "1"});
}

TEST_CASE("at the cercle level the communes' organisations are counted once", "[change]") {
    const SitesWorld world;
    const ReleasePair pair = fixtureReleases(world.tree);
    ChangeOptions options;
    options.level = AdminLevel::Cercle;
    options.filter.sectors = {"protection"};
    const ChangeResult result = compareReleases(world.tree, {&pair.before.rows, &pair.beforeMatches.matches},
                                                {&pair.after.rows, &pair.afterMatches.matches}, options);
    REQUIRE(result.sectors.size() == 1);
    CHECK(result.sectors[0].before == Names{"ONG1", "ONG2", "ONG3"});
    CHECK(result.sectors[0].after == Names{"ONG1", "ONG5"});
    CHECK(result.units[static_cast<std::size_t>(world.cercle)].net() == -1);
}

TEST_CASE("a simulated withdrawal: the release without one organisation's rows", "[change]") {
    const SitesWorld world;
    const ReleasePair pair = fixtureReleases(world.tree);
    std::vector<ActivityRow> afterRows;
    std::vector<Match> afterMatches;
    for (std::size_t i = 0; i < pair.before.rows.size(); ++i) {
        if (pair.before.rows[i].organisationKey() != "ONG2") {
            afterRows.push_back(pair.before.rows[i]);
            afterMatches.push_back(pair.beforeMatches.matches[i]);
        }
    }
    ChangeOptions options;
    options.level = AdminLevel::Commune;
    const ChangeResult result = compareReleases(world.tree, {&pair.before.rows, &pair.beforeMatches.matches},
                                                {&afterRows, &afterMatches}, options);
    int lostLast = 0, arrived = 0;
    for (const auto& change : result.sectors) {
        lostLast += change.lostLast() ? 1 : 0;
        arrived += static_cast<int>(change.arrived.size());
    }
    CHECK(lostLast == 1); // Santé in Gamma had only ONG2
    CHECK(arrived == 0);
    CHECK(find(result, world.alpha, "Protection")->left == Names{"ONG2"});
}

TEST_CASE("the real 3W against itself without one organisation", "[change][shared]") {
    const std::string boundaries =
        std::string(COUVERTURE_SHARED_DATA) + "/boundaries/mli_cod_ab_ocha_itos_2017";
    if (!std::filesystem::exists(boundaries)) {
        WARN("no shared data: skipped");
        return;
    }
    CompareInputs inputs;
    inputs.before.boundaries = boundaries;
    inputs.before.activities =
        std::string(COUVERTURE_SHARED_DATA) + "/3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv";
    inputs.withdraw = {"UNICEF"};
    inputs.change.level = AdminLevel::Cercle;
    const CompareRun run = runCompare(inputs);
    REQUIRE(run.after.rows.size() < run.before.table.rows.size());
    int arrived = 0, left = 0;
    for (const auto& change : run.change.sectors) {
        arrived += static_cast<int>(change.arrived.size());
        for (const auto& name : change.left) {
            CHECK(name == "UNICEF");
            ++left;
        }
    }
    CHECK(arrived == 0);
    CHECK(left > 0);
}
