// Code keys (--code-key) on the hostile inputs of tests/fixtures/hostile/cases (issue 8).
#include "core/code_scheme.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>
#include <string>

using namespace couverture;
using namespace couverture::test;

TEST_CASE("a code key that cannot be read whole is an input error naming it", "[code_scheme][hostile]") {
    struct Case {
        const char* file;
        const char* message; // part of the message
    };
    const Case cases[] = {
        {"key_unterminated_quote.csv", "line 2: a double quote opened on this line is never closed"},
        {"key_header_only.csv", "a code key with no rows below its header"},
        {"key_empty.csv", "empty table"},
        {"key_binary.csv", "not a table GDAL can open"},
        {"key_no_names.csv", "a code key needs names beside its codes"},
        {"key_no_code_column.csv", "no P-code column"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const std::string path = fixture(std::string("hostile/cases/") + c.file);
        try {
            readCodeKey(path);
            FAIL("read without an error");
        } catch (const InputError& error) {
            CHECK(error.problem.file == path);
            CHECK(error.problem.message.find(c.message) != std::string::npos);
        }
    }
    CHECK(readCodeKey(fixture("hostile/cases/good_code_key.csv")).rows.size() == 1);
}
