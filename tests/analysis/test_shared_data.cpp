// The analyses on the real Mali data in ../shared/data: the GBV example of the issue end to end.

#include "analysis/gaps/gaps.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/presence/who_is_where.h"
#include "analysis/targets/targets.h"
#include "core/boundary_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

using namespace couverture;
using namespace couverture::analysis;

namespace {

std::string shared(const std::string& relative) {
    return std::string(COUVERTURE_SHARED_DATA) + "/" + relative;
}

bool haveSharedData() {
    return std::filesystem::exists(shared("boundaries/mli_cod_ab_ocha_itos_2017")) &&
           std::filesystem::exists(shared("population/mli_hno_2024/hno_data_mli_2024.csv"));
}

struct Real {
    BoundaryLoad load;
    ActivityTable table;
    ReconcileResult matched;
    IndicatorTable gbv, population;
    Real()
        : load(loadBoundaries(shared("boundaries/mli_cod_ab_ocha_itos_2017"))),
          table(readActivityTable(shared("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv"))),
          matched(reconcile(load.tree, table.rows)) {
        IndicatorReadOptions need;
        need.value = "#inneed";
        need.where = {{"#sector+code", "PRO_GBV"},
                      {"#gender+code", "a"},
                      {"#age+range", "ALL"},
                      {"#population_group+code", "ALL"},
                      {"#is_disabled", "a"}};
        need.label = "GBV";
        need.codeKeys = {shared("population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv"),
                         shared("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv")};
        gbv = readIndicatorTable(load.tree, shared("population/mli_hno_2024/hno_data_mli_2024.csv"), need);
        IndicatorReadOptions people;
        people.value = "T_TL";
        population = readIndicatorTable(load.tree,
                                        shared("population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv"), people);
    }
};

const Real& real() {
    static const Real data;
    return data;
}

} // namespace

TEST_CASE("HNO 2024 GBV need by région, apportioned by COD-PS population, sums back", "[shared-data][need]") {
    if (!haveSharedData()) {
        WARN("shared data not found, skipped");
        return;
    }
    const Real& r = real();
    const AdminTree& tree = r.load.tree;
    CHECK(r.gbv.national == 1822215);
    CHECK(r.gbv.rowsUnplaced == 0);
    CHECK(r.gbv.figures.size() == 9); // 8 régions and the cercle Ménaka (région ML10 of the 2019 scheme)
    CHECK(r.population.figures.size() == 50);
    CHECK(r.population.rowsUnplaced == 0);
    NeedOptions options;
    options.level = AdminLevel::Cercle;
    options.weights = weightsAtLevel(tree, r.population, AdminLevel::Cercle);
    options.weightLabel = "population";
    const NeedLayer layer = needAtLevel(tree, r.gbv, options);
    double total = 0;
    for (UnitId region : tree.level(AdminLevel::Region)) {
        const auto figure = r.gbv.at(region);
        double sum = 0;
        for (const UnitNeed& need : layer.units) {
            if (tree.isWithin(need.unit, region) && need.value) {
                const auto* own = r.gbv.find(need.unit);
                sum += own != nullptr && own->filedAbove ? 0 : *need.value;
            }
        }
        if (figure) {
            CHECK(sum == Approx(*figure));
            total += sum;
        } else {
            CHECK(sum == 0); // Bamako: no GBV need in the HNO
        }
    }
    const UnitNeed* menaka = layer.find(tree.findByPcode("ML0704"));
    REQUIRE(menaka != nullptr);
    CHECK(menaka->basis == NeedBasis::Measured);
    CHECK(menaka->value == 81705);
    CHECK(total + 81705 == Approx(1822215));
}

TEST_CASE("the GBV example: 10 cercles from HNO 2024 GBV need and the 3W's Protection presence",
          "[shared-data][targets]") {
    if (!haveSharedData()) {
        WARN("shared data not found, skipped");
        return;
    }
    const Real& r = real();
    const AdminTree& tree = r.load.tree;
    NeedOptions needOptions;
    needOptions.level = AdminLevel::Cercle;
    needOptions.weights = weightsAtLevel(tree, r.population, AdminLevel::Cercle);
    const NeedLayer layer = needAtLevel(tree, r.gbv, needOptions);
    ActivityFilter protection;
    protection.sectors = {"Protection"};
    const PresenceIndex index = buildPresenceIndex(r.table.rows, r.matched.matches, protection);
    TargetOptions options;
    options.partners = {"UNFPA"};
    const TargetResult result = rankTargets(tree, index, layer, options);
    CHECK(result.partnersNotFound.empty());
    REQUIRE(result.candidates.size() == 50);
    std::set<std::string> chosen;
    for (const auto& candidate : result.candidates) {
        if (candidate.status == TargetStatus::Shortlisted) {
            chosen.insert(tree.unit(candidate.unit).pcode);
        }
    }
    CHECK(chosen.size() == 10);
    CHECK(result.sensitivity.size() == 50);
    CHECK(result.candidates.back().need.basis == NeedBasis::None); // Bamako, no GBV need figure, ranks last

    OverlapOptions overlapOptions;
    overlapOptions.level = AdminLevel::Cercle;
    overlapOptions.filter = protection;
    const OverlapResult overlaps = findOverlaps(tree, r.table.rows, r.matched.matches, overlapOptions);
    CHECK_FALSE(overlaps.comparedByDates); // the December 2023 3W has no dates
    CHECK_FALSE(overlaps.overlaps.empty());
    CHECK_FALSE(overlaps.pairs.empty());

    WhoOptions whoOptions;
    whoOptions.filter = protection;
    const WhoResult who = whoIsWhere(tree, r.table.rows, r.matched.matches, whoOptions);
    CHECK(who.index.rowsKept + who.index.rowsUnmatched == 5760); // every Protection row
}
