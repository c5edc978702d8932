// CsvRecords on the hostile inputs of tests/fixtures/hostile/cases (issue 8).
#include "core/problem.h"
#include "core/tables/csv_records.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace couverture;
using namespace couverture::test;

namespace {

// Every record of the file, or the input error reading it gave.
std::optional<Problem> csvErrorOf(const std::string& path, std::vector<std::int64_t>* endLines = nullptr) {
    try {
        CsvRecords records(path);
        std::vector<std::string_view> cells;
        std::int64_t line = 0, index = 0;
        while (records.next(cells, line, index)) {
            if (endLines != nullptr) {
                endLines->push_back(records.lastEndLine());
            }
        }
    } catch (const InputError& error) {
        return error.problem;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE(
    "a double quote never closed is an input error naming its line, never the rest of the file in one cell",
    "[csv_records][hostile]") {
    for (const auto& [file, line] :
         {std::pair<const char*, const char*>{"csv_unterminated_quote.csv", "line 2:"},
          {"csv_unbalanced_quote_last_line.csv", "line 4:"},
          {"csv_quote_in_header.csv", "line 1:"}}) {
        INFO(file);
        const auto error = csvErrorOf(fixture(std::string("hostile/cases/") + file));
        REQUIRE(error);
        CHECK(error->file == fixture(std::string("hostile/cases/") + file));
        CHECK(error->message.rfind(line, 0) == 0);
        CHECK(error->message.find("never closed") != std::string::npos);
    }
}

TEST_CASE("a record that runs over several lines says on which line it ends and whether it holds rows",
          "[csv_records][hostile]") {
    {
        CsvRecords records(fixture("hostile/cases/csv_quote_swallows_rows.csv"));
        std::vector<std::string_view> cells;
        std::int64_t line = 0, index = 0;
        std::vector<bool> holdsRows;
        while (records.next(cells, line, index)) {
            holdsRows.push_back(records.lastHoldsRows());
        }
        CHECK(holdsRows == std::vector<bool>{false, true});
    }
    {
        CsvRecords records(fixture("hostile/cases/csv_quoted_line_breaks.csv"));
        std::vector<std::string_view> cells;
        std::int64_t line = 0, index = 0;
        while (records.next(cells, line, index)) {
            CHECK_FALSE(records.lastHoldsRows());
        }
    }
    std::vector<std::int64_t> endLines;
    REQUIRE_FALSE(csvErrorOf(fixture("hostile/cases/csv_quote_swallows_rows.csv"), &endLines));
    // The header, then one record from line 2 to line 5: the stray quotes took three rows into it.
    CHECK(endLines == std::vector<std::int64_t>{1, 5});
    endLines.clear();
    REQUIRE_FALSE(csvErrorOf(fixture("hostile/cases/good.csv"), &endLines));
    CHECK(endLines == std::vector<std::int64_t>{1, 2, 3});
}

TEST_CASE("cells beyond the header's width are counted when they are not empty", "[csv_records][hostile]") {
    CsvRecords records(fixture("hostile/cases/csv_more_cells_than_header.csv"));
    std::vector<std::string_view> cells;
    std::int64_t line = 0, index = 0;
    std::vector<std::size_t> overflow;
    while (records.next(cells, line, index)) {
        CHECK(cells.size() == 5);
        overflow.push_back(records.lastOverflow());
    }
    CHECK(overflow == std::vector<std::size_t>{0, 7, 0});
}
