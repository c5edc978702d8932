#include "analysis/targets/targets.h"
#include "analysis_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

using namespace couverture;
using namespace couverture::analysis;

namespace {

struct Case {
    testing::Fixture f;
    NeedLayer need;
    PresenceIndex index;
    Case() {
        f.row("OrgA", "Protection", f.k1);
        f.row("OrgB", "Protection", f.k2); // C1: A, B
        f.row("OrgA", "Protection", f.k4);
        f.row("P", "Protection", f.k4);    // C3: A and the programme's partner P
        f.row("OrgD", "Protection", f.r2); // région-wide: not present in C4 by its own rows
        IndicatorTable table;
        table.figures = {{f.c1, 100, {1}}, {f.c2, 900, {2}}, {f.c3, 500, {3}}, {f.c4, 50, {4}}};
        NeedOptions options;
        options.level = AdminLevel::Cercle;
        need = needAtLevel(f.tree, table, options);
        index = f.index({"Protection"});
    }
    TargetResult rank(TargetOptions options) const {
        options.partners = options.partners.empty() ? std::vector<std::string>{"P"} : options.partners;
        return rankTargets(f.tree, index, need, options);
    }
};

std::map<UnitId, int> ranksOf(const TargetResult& result) {
    std::map<UnitId, int> ranks;
    for (const auto& candidate : result.candidates) {
        ranks[candidate.unit] = candidate.rank;
    }
    return ranks;
}

} // namespace

TEST_CASE("targets: scores decomposed into their criteria, ranked by hand", "[targets]") {
    const Case c;
    TargetOptions options;
    options.shortlist = 2;
    const TargetResult result = c.rank(options);
    REQUIRE(result.candidates.size() == 4);
    // Need / 900; 1 - others / 2; partners / 1. Weights 0.5, 0.3, 0.2 (sum 1).
    const auto& first = result.candidates[0]; // C2: need 1, nobody, no partner: 0.5 + 0.3
    CHECK(first.unit == c.f.c2);
    CHECK(first.score == Approx(0.8));
    CHECK(first.contributions[0] == Approx(0.5));
    CHECK(first.contributions[1] == Approx(0.3));
    CHECK(first.contributions[2] == Approx(0));
    const auto& second = result.candidates[1]; // C3: 500/900 × 0.5 + 0.5 × 0.3 + 1 × 0.2
    CHECK(second.unit == c.f.c3);
    CHECK(second.score == Approx(0.5 * 500.0 / 900.0 + 0.15 + 0.2));
    CHECK(second.others.size() == 1);
    CHECK(second.partners.size() == 1);
    CHECK(result.candidates[2].unit == c.f.c4); // 50/900 × 0.5 + 0.3
    CHECK(result.candidates[3].unit == c.f.c1); // 100/900 × 0.5 + 0
    CHECK(result.candidates[0].status == TargetStatus::Shortlisted);
    CHECK(result.candidates[1].status == TargetStatus::Shortlisted);
    CHECK(result.candidates[2].status == TargetStatus::NotChosen);
    // Every score is the sum of its parts.
    for (const auto& candidate : result.candidates) {
        CHECK(candidate.score ==
              Approx(candidate.contributions[0] + candidate.contributions[1] + candidate.contributions[2]));
    }
}

TEST_CASE("targets: an excluded unit is never chosen, a must-include unit always is", "[targets]") {
    const Case c;
    TargetOptions options;
    options.shortlist = 2;
    options.exclude = {"ML0102"};   // C2, by P-code
    options.mustInclude = {"Cone"}; // C1, by name
    const TargetResult result = c.rank(options);
    const auto ranks = ranksOf(result);
    CHECK(ranks.at(c.f.c2) == 0);
    // Without C2 the largest need is 500: C3 = 0.5 + 0.15 + 0.2, C4 = 0.05 + 0.3, C1 = 0.1.
    CHECK(ranks.at(c.f.c3) == 1);
    CHECK(ranks.at(c.f.c4) == 2);
    CHECK(ranks.at(c.f.c1) == 3);
    std::map<UnitId, TargetStatus> status;
    for (const auto& candidate : result.candidates) {
        status[candidate.unit] = candidate.status;
    }
    CHECK(status.at(c.f.c2) == TargetStatus::Excluded);
    CHECK(status.at(c.f.c1) == TargetStatus::MustInclude);
    CHECK(status.at(c.f.c3) == TargetStatus::Shortlisted);
    CHECK(status.at(c.f.c4) == TargetStatus::NotChosen);
    CHECK(result.candidates.back().unit == c.f.c2); // excluded units come last
}

TEST_CASE("sensitivity invariants: a weight of 0 removes its criterion, scaling every weight changes nothing",
          "[targets][sensitivity]") {
    const Case c;
    TargetOptions options;
    options.weights = {0.5, 0.3, 0};
    const TargetResult noPartner = c.rank(options);
    for (const auto& candidate : noPartner.candidates) {
        // The weighted mean of the two other criteria alone.
        CHECK(candidate.score == Approx((0.5 * candidate.scores[0] + 0.3 * candidate.scores[1]) / 0.8));
        CHECK(candidate.contributions[2] == 0);
    }
    // ±25 % of a zero weight is still zero: those ranks do not move.
    for (const auto& line : noPartner.sensitivity) {
        CHECK(line.ranks[2][0] == line.baseRank);
        CHECK(line.ranks[2][1] == line.baseRank);
    }
    // With the need weight at 0, other need figures change no score.
    Case other;
    other.need.units[0].value = 5000;
    other.need.units[3].value = 1;
    options.weights = {0, 0.3, 0.2};
    const TargetResult needless = c.rank(options), needlessOther = other.rank(options);
    for (std::size_t i = 0; i < needless.candidates.size(); ++i) {
        const auto& candidate = needless.candidates[i];
        const auto& same = *std::find_if(needlessOther.candidates.begin(), needlessOther.candidates.end(),
                                         [&](const Candidate& o) { return o.unit == candidate.unit; });
        CHECK(candidate.score == Approx(same.score));
    }

    TargetOptions base;
    const TargetResult one = c.rank(base);
    base.weights = {2.0, 1.2, 0.8}; // the default weights times 4
    const TargetResult four = c.rank(base);
    CHECK(ranksOf(one) == ranksOf(four));
    for (std::size_t i = 0; i < one.candidates.size(); ++i) {
        CHECK(one.candidates[i].score == Approx(four.candidates[i].score));
    }
    // The sensitivity table has one line per candidate and 6 variants, each a rank among the 4.
    const OutputTable table = sensitivityTable(c.f.tree, one);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.columns.size() == 4 + 6 + 2);
    CHECK(table.columns[4].name == "rank_need_minus_25");
    for (const auto& line : one.sensitivity) {
        for (const auto& variants : line.ranks) {
            for (int rank : variants) {
                CHECK(rank >= 1);
                CHECK(rank <= 4);
            }
        }
    }
}

TEST_CASE("targets: a partner not in the table is said", "[targets]") {
    const Case c;
    TargetOptions options;
    options.partners = {"Nobody"};
    const TargetResult result = c.rank(options);
    CHECK(result.partnersNotFound == std::vector<std::string>{"Nobody"});
    CHECK_FALSE(result.problems.empty());
}
