#include "core/cell_values.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace couverture;

namespace {

std::string iso(const std::optional<Date>& date) {
    return date ? formatDate(*date) : std::string("-");
}

} // namespace

TEST_CASE("parseDate reads the date forms of 3W tables", "[cell_values]") {
    struct Case {
        const char* text;
        const char* expected; // ISO date, or "-" for not a date
    };
    const Case cases[] = {
        {"44941", "2023-01-15"}, // Excel serial (1900 system)
        {"45291", "2023-12-31"},
        {"44941.75", "2023-01-15"}, // serial with a time of day
        {"32874", "1990-01-01"},    // first serial taken as a date
        {"73415", "2100-12-31"},    // last one
        {"32873", "-"},
        {"73416", "-"},
        {"1200", "-"}, // a head count, not a date
        {"2023", "-"},
        {"15/01/2023", "2023-01-15"},
        {"5/1/23", "2023-01-05"},
        {"05/01/99", "1999-01-05"},
        {"2023-01-15", "2023-01-15"},
        {"2023/01/15", "2023-01-15"}, // how GDAL's XLSX driver writes date cells
        {"2023/01/15 00:00:00", "2023-01-15"},
        {"2023-01-15T10:30:00Z", "2023-01-15"},
        {"2023-01-15T10:30:00+01:00", "2023-01-15"},
        {"15-01-2023", "2023-01-15"},
        {"15.01.2023", "2023-01-15"},
        {"20230115", "2023-01-15"},
        {" 15/01/2023 ", "2023-01-15"},
        {"29/02/2024", "2024-02-29"},
        {"29/02/2023", "-"},
        {"31/02/2023", "-"},
        {"31/04/2023", "-"},
        {"13/13/2023", "-"},
        {"15/01-2023", "-"},
        {"2023-01-15 later", "-"},
        {"ML0501", "-"},
        {"#N/A", "-"},
        {"", "-"},
        {"janvier 2023", "-"},
    };
    for (const auto& c : cases) {
        INFO("text '" << c.text << "'");
        CHECK(iso(parseDate(c.text)) == c.expected);
    }
    CHECK(formatDate(Date{0}) == "1970-01-01");
    CHECK(formatDate(Date{-1}) == "1969-12-31");
    CHECK(formatDate(*parseDate("2000-02-29")) == "2000-02-29");
    CHECK(*parseDate("2023-01-15") < *parseDate("2023-01-16"));
}

TEST_CASE("parseFigure reads people figures, no-value cells are no figure, not a bad one", "[cell_values]") {
    struct Case {
        const char* text;
        std::optional<double> value;
        bool bad;
    };
    const Case cases[] = {
        {"1234", 1234, false},
        {"1 234", 1234, false},
        {"1\u00A0000\u00A0000", 1000000, false}, // no-break spaces as thousands separators
        {"1\u202F234", 1234, false},             // narrow no-break space
        {"1'234", 1234, false},
        {"1,234", 1234, false},
        {"1.234.567", 1234567, false},
        {"1,234.5", 1234.5, false},
        {"1.234,5", 1234.5, false},
        {"1234.0", 1234, false},
        {"12,5", 12.5, false},
        {"+12", 12, false},
        {" 42 ", 42, false},
        {"", std::nullopt, false},
        {"-", std::nullopt, false},
        {"#N/A", std::nullopt, false},
        {"n/d", std::nullopt, false},
        {"abc", std::nullopt, true},
        {"1,23,4", std::nullopt, true},
        {"1.23.4", std::nullopt, true},
    };
    for (const auto& c : cases) {
        INFO("text '" << c.text << "'");
        bool bad = !c.bad;
        const auto value = parseFigure(c.text, bad);
        CHECK(bad == c.bad);
        REQUIRE(value.has_value() == c.value.has_value());
        if (value) {
            CHECK(*value == Approx(*c.value));
        }
    }
    CHECK(isNoValue("<Null>"));
    CHECK(isNoValue("?"));
    CHECK_FALSE(isNoValue("0"));
    CHECK(formatFigure(1234) == "1234");
    CHECK(formatFigure(12.5) == "12.5");
    CHECK(formatFigure(-3) == "-3");
}
