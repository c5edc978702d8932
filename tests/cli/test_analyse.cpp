#include "cli/cli_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using couverture::cli::run;
namespace fs = std::filesystem;

namespace {
using Outcome = couverture::test::CliOutcome;
using couverture::test::runCli;
using couverture::test::sharedPath;

} // namespace

TEST_CASE("analyse: an unknown analysis lists the known ones, a bad weight is a usage error",
          "[cli][analyse]") {
    const Outcome unknown = runCli({"analyse", "everything", "--activities", "missing.csv"});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.find("compare, gaps, overlaps, sites, targets, who") != std::string::npos);
    const Outcome weights =
        runCli({"analyse", "targets", "--activities", "missing.csv", "--weights", "cost=1"});
    CHECK(weights.code == 1);
    CHECK(weights.err.find("--weights expects") != std::string::npos);
}

TEST_CASE("analyse targets writes the decomposed shortlist and its sensitivity as CSV with HXL and XLSX",
          "[cli][analyse][shared-data]") {
    const std::string boundaries = sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
    const std::string activities = sharedPath("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv");
    const std::string hno = sharedPath("population/mli_hno_2024/hno_data_mli_2024.csv");
    const std::string codps = sharedPath("population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv");
    if (!fs::exists(boundaries) || !fs::exists(hno)) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = fs::temp_directory_path() / "couverture_test_analyse_targets";
    fs::remove_all(out);
    const Outcome outcome = runCli({"analyse",      "targets",
                                    "--boundaries", boundaries,
                                    "--activities", activities,
                                    "--sector",     "Protection",
                                    "--need",       hno,
                                    "--need-where", "#sector+code=PRO_GBV",
                                    "--need-where", "#gender+code=a",
                                    "--need-where", "#age+range=ALL",
                                    "--need-where", "#population_group+code=ALL",
                                    "--need-where", "#is_disabled=a",
                                    "--code-key",   codps,
                                    "--code-key",   activities,
                                    "--apportion",  "population",
                                    "--population", codps,
                                    "--partner",    "UNFPA",
                                    "--out",        out.string()});
    REQUIRE(outcome.code == 0);
    CHECK(outcome.out.find("targets by cercle (sector=Protection): ") != std::string::npos);
    std::ifstream csv(out / "targets_cercle.csv");
    std::string header, hxl, first;
    std::getline(csv, header);
    std::getline(csv, hxl);
    std::getline(csv, first);
    CHECK(header.rfind("rank,status,pcode,name,region,score,need,need_basis,need_score,need_part", 0) == 0);
    CHECK(hxl.rfind("#meta+rank,#meta+status,#adm+code", 0) == 0);
    CHECK(first.find("estimate_apportioned") != std::string::npos);
    CHECK(fs::exists(out / "target_sensitivity.csv"));
    CHECK(fs::exists(out / "targets.xlsx"));
    fs::remove_all(out);
}
