#include "core/column_roles.h"
#include "core/text_fold.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <vector>

using namespace couverture;

TEST_CASE("role keys round-trip", "[column_roles]") {
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const auto role = static_cast<Role>(i);
        Role parsed = Role::Count_;
        REQUIRE(parseRole(roleKey(role), parsed));
        CHECK(parsed == role);
    }
    Role role = Role::Count_;
    CHECK(parseRole(" ADM3_CODE ", role));
    CHECK(role == Role::Adm3Code);
    CHECK_FALSE(parseRole("commune", role));
    CHECK(roleKey(Role::SiteName) == "site");
    CHECK(roleKey(Role::TargetedChildren) == "targeted_children");
}

TEST_CASE("parseHxl reads hashtags with attributes in any order, case and spacing", "[column_roles]") {
    const auto tag = parseHxl(" #ORG +Impl ");
    REQUIRE(tag);
    CHECK(tag->hashtag == "org");
    CHECK(tag->attributes == std::vector<std::string>{"impl"});
    CHECK(tag->has("impl"));
    const auto a = parseHxl("#targeted+m+children");
    const auto b = parseHxl("#targeted +children +M");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(canonicalHxl(*a) == "#targeted+children+m");
    CHECK(canonicalHxl(*a) == canonicalHxl(*b));
    for (const char* notATag : {"#N/A", "# 3", "#", "org", "#org+", ""}) {
        INFO("cell '" << notATag << "'");
        CHECK_FALSE(parseHxl(notATag));
    }
}

TEST_CASE("roleFromHeader reads French and English header names", "[column_roles]") {
    struct Case {
        const char* header;
        std::optional<Role> role;
        bool part;
    };
    // Headers of the OCHA Mali 3W and of the fixtures.
    const Case cases[] = {
        {"Partenaire de mise en œuvre", Role::Partner, false},
        {"Date de début", Role::StartDate, false},
        {"Date fin", Role::EndDate, false},
        {"Commune", Role::Adm3Name, false},
        {"Admin3 Pcode", Role::Adm3Code, false},
        {"Project Title", Role::Programme, false},
        {"Total Personnes ciblées", Role::Targeted, false},
        {"Total Femmesciblées", Role::TargetedF, false},
        {"Total Hommes ciblés", Role::TargetedM, false},
        {"Total Filles ciblées (<18)", Role::TargetedChildren, true},
        {"Total Garçons ciblés  (<18)", Role::TargetedChildren, true},
        {"Total Femmes adultes ciblés (> =18)", Role::TargetedAdults, true},
        {"Total No. atteintes", Role::Reached, false},
        {"Total Adult Hommes atteints (> =18)", Role::ReachedAdults, true},
        {"Reached", Role::Reached, false},
        {"Femmes âgées ciblées (> =59)", std::nullopt, false}, // a subset that would double count
        {"Personnes vivant avec Handicap atteintes", std::nullopt, false},
        {"Remarques", std::nullopt, false},
        {"", std::nullopt, false},
    };
    for (const auto& c : cases) {
        INFO("header '" << c.header << "'");
        const auto detected = roleFromHeader(foldText(c.header));
        CHECK(detected.role == c.role);
        CHECK(detected.part == c.part);
    }
}

TEST_CASE("roleFromHxl: #actor is a donor only under a donor header", "[column_roles]") {
    const auto actor = parseHxl("#actor");
    REQUIRE(actor);
    CHECK(roleFromHxl(*actor, foldText("Bailleur de fond")).role == Role::Donor);
    CHECK_FALSE(roleFromHxl(*actor, foldText("Acteur")).role);
    const auto impl = parseHxl("#org+impl");
    REQUIRE(impl);
    CHECK(roleFromHxl(*impl, "").role == Role::Partner);
    const auto code = parseHxl("#adm3+code");
    REQUIRE(code);
    CHECK(roleFromHxl(*code, "").role == Role::Adm3Code);
    const auto girls = parseHxl("#reached+f+children");
    REQUIRE(girls);
    const auto detected = roleFromHxl(*girls, "");
    CHECK(detected.role == Role::ReachedChildren);
    CHECK(detected.part);
}
