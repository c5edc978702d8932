// The ODS reader on the hostile inputs of tests/fixtures/hostile/cases (issue 8).
#include "core/problem.h"
#include "core/tables/ods_reader.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>
#include <string>

using namespace couverture;
using namespace couverture::test;

namespace {

std::optional<Problem> odsErrorOf(const std::string& file) {
    try {
        readOdsSheets(fixture("hostile/cases/" + file));
    } catch (const InputError& error) {
        return error.problem;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE(
    "a row or a value repeated past the end of a sheet is an input error, not a billion rows or a lost cell",
    "[ods_reader][hostile]") {
    const auto rows = odsErrorOf("ods_rows_repeated_1e9.ods");
    REQUIRE(rows);
    CHECK(rows->where == "sheet Feuille1");
    CHECK(rows->message.find("row 2 is repeated 1000000000 times") != std::string::npos);
    for (const char* file : {"ods_columns_repeated_1e9.ods", "ods_value_after_1e9_empty_columns.ods"}) {
        INFO(file);
        const auto columns = odsErrorOf(file);
        REQUIRE(columns);
        CHECK(columns->message.find("past column 16,384") != std::string::npos);
    }
}

TEST_CASE("empty rows repeated a billion times are only counted", "[ods_reader][hostile]") {
    const auto sheets = readOdsSheets(fixture("hostile/cases/ods_empty_rows_repeated_1e9.ods"));
    REQUIRE(sheets.size() == 1);
    REQUIRE(sheets.front().rows.size() == 3);
    CHECK(sheets.front().rows.back().number == 1000000003);
}

TEST_CASE("entity expansion in content.xml is refused, and an external entity is never read",
          "[ods_reader][hostile]") {
    for (const char* file : {"ods_billion_laughs.ods", "ods_xxe.ods"}) {
        INFO(file);
        const auto error = odsErrorOf(file);
        REQUIRE(error);
        CHECK(error->message.find("root:") == std::string::npos);
    }
}
