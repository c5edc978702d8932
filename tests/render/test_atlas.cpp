#include "core/problem.h"
#include "render/atlas.h"
#include "render_test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

std::shared_ptr<const CoverageTable> maliCoverage(int seed) {
    return std::make_shared<CoverageTable>(coverageOf(
        maliTree(), [seed](UnitId id) { return (id * seed) % 9 - 1; },
        [](UnitId id) { return id % 13 == 0; }));
}

AtlasOptions atlasOptions(const std::string& output) {
    AtlasOptions options;
    options.output = output;
    options.page.texts.asOf = "2023-12-31";
    options.page.texts.creationDate = "2024-01-15";
    options.dpi = 30;
    return options;
}

int pdfPages(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(file.readAll());
    return static_cast<int>(text.count(QRegularExpression("/Type /Page[^s]")));
}

} // namespace

TEST_CASE("file names: accents dropped, safe characters only, fields filled", "[atlas]") {
    CHECK(fileNameSafe("Ségou / Centre") == "Segou-Centre");
    CHECK(fileNameSafe("Sécurité alimentaire") == "Securite-alimentaire");
    CHECK(fileNameSafe("Kalaban Coro (CR)") == "Kalaban-Coro-CR");
    CHECK(expandPattern("MLI_3W_{sector}_{unit}_A4_{date}.pdf",
                        {{"sector", "Protection"}, {"unit", "Tombouctou"}, {"date", "20231231"}}) ==
          "MLI_3W_Protection_Tombouctou_A4_20231231.pdf");
}

TEST_CASE("one page per cercle: 50 pages in one PDF, map numbers follow the page", "[atlas][mali]") {
    QTemporaryDir folder;
    const auto pages = unitPages(maliScene(), AdminLevel::Cercle, maliCoverage(5));
    REQUIRE(pages.size() == 50);
    AtlasOptions options = atlasOptions(folder.filePath("atlas.pdf").toStdString());
    options.mapNumberPattern = "MLI-3W-{n}";
    const AtlasResult result = writeAtlas(maliScene(), pages, options);
    CHECK(result.pages == 50);
    CHECK(result.files == std::vector<std::string>{options.output});
    CHECK(pdfPages(folder.filePath("atlas.pdf")) == 50);
    REQUIRE(result.reports.size() == 50);
    const auto& texts = result.reports[49].texts;
    CHECK(std::find(texts.begin(), texts.end(), "Carte n° MLI-3W-50") != texts.end());
    // Pages sharing a table share its classes: every legend's bounds come from one set of breaks.
    CHECK(result.reports[0].title.rfind("Cercle de ", 0) == 0);
}

TEST_CASE("one file per page from a pattern, in any format", "[atlas]") {
    QTemporaryDir folder;
    const UnitId mopti = maliTree().findByPcode("ML05");
    const auto pages = unitPages(maliScene(), AdminLevel::Cercle, maliCoverage(3), mopti);
    REQUIRE(pages.size() == 8);
    const AtlasOptions options =
        atlasOptions(folder.filePath("out/MLI_3W_{pcode}_{unit}_{size}_{date}.png").toStdString());
    const AtlasResult result = writeAtlas(maliScene(), pages, options);
    REQUIRE(result.files.size() == 8);
    const std::string moptiFile = folder.filePath("out/MLI_3W_ML0501_Mopti_A4_20231231.png").toStdString();
    CHECK(std::find(result.files.begin(), result.files.end(), moptiFile) != result.files.end());
    CHECK(QDir(folder.filePath("out")).entryList(QDir::Files).size() == 8);
}

TEST_CASE("a sector atlas: one table per page over the whole country", "[atlas]") {
    QTemporaryDir folder;
    std::vector<AtlasPage> pages;
    for (const auto& [sector, seed] :
         {std::pair<std::string, int>{"Protection", 2}, {"Santé", 3}, {"WASH", 4}}) {
        AtlasPage page;
        page.coverage = maliCoverage(seed);
        page.texts.sector = sector;
        pages.push_back(page);
    }
    AtlasOptions options =
        atlasOptions(folder.filePath("MLI_3W_{sector}_{level}_{size}_{date}.svg").toStdString());
    options.thematic.level = AdminLevel::Cercle;
    options.page.language = "en";
    const AtlasResult result = writeAtlas(maliScene(), pages, options);
    REQUIRE(result.files.size() == 3);
    CHECK(result.files[1] == folder.filePath("MLI_3W_Sante_cercles_A4_20231231.svg").toStdString());
    const auto& texts = result.reports[1].texts;
    CHECK(std::find(texts.begin(), texts.end(), "Sector: Health – situation as of 31 December 2023") !=
          texts.end());
}

TEST_CASE("atlas errors: clashing names, cancelling, nothing half-written", "[atlas]") {
    QTemporaryDir folder;
    const auto pages = unitPages(maliScene(), AdminLevel::Region, maliCoverage(2));
    AtlasOptions clash = atlasOptions(folder.filePath("{size}.pdf").toStdString());
    CHECK_THROWS_AS(writeAtlas(maliScene(), pages, clash), InputError);
    CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty());

    AtlasOptions cancelled = atlasOptions(folder.filePath("atlas.pdf").toStdString());
    int calls = 0;
    cancelled.progress.userData = &calls;
    cancelled.progress.callback = [](double, const char*, void* data) {
        return ++*static_cast<int*>(data) < 3;
    };
    CHECK_THROWS_AS(writeAtlas(maliScene(), pages, cancelled), Cancelled);
    CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty());

    AtlasOptions single = atlasOptions(folder.filePath("atlas.png").toStdString());
    CHECK_THROWS_AS(writeAtlas(maliScene(), pages, single), InputError); // one file for many pages: PDF only
    std::vector<AtlasPage> empty(1);
    CHECK_THROWS_AS(writeAtlas(maliScene(), empty, atlasOptions(folder.filePath("x.pdf").toStdString())),
                    InputError);
}

TEST_CASE("atlas classes: the page's own or the country's, and the legend says which", "[atlas][mali]") {
    QTemporaryDir folder;
    const auto coverage = maliCoverage(5);
    const auto pages = unitPages(maliScene(), AdminLevel::Cercle, coverage, maliTree().findByPcode("ML05"));
    REQUIRE(pages.size() == 8);
    const AtlasOptions national = atlasOptions(folder.filePath("national.pdf").toStdString());
    CHECK(national.classes == AtlasClasses::National); // pages compare unless asked otherwise
    AtlasOptions own = atlasOptions(folder.filePath("page.pdf").toStdString());
    own.classes = AtlasClasses::Page;
    own.page.language = "en";
    const AtlasResult nationalAtlas = writeAtlas(maliScene(), pages, national);
    const AtlasResult pageAtlas = writeAtlas(maliScene(), pages, own);
    const ThematicLayer country = prepareThematic(maliScene(), *coverage, national.thematic, defaultStyle());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const auto& nationalTexts = nationalAtlas.reports[i].texts;
        const auto& pageTexts = pageAtlas.reports[i].texts;
        CHECK(std::find(nationalTexts.begin(), nationalTexts.end(), "Classes nationales") !=
              nationalTexts.end());
        CHECK(std::find(pageTexts.begin(), pageTexts.end(), "Page classes") != pageTexts.end());
        // National: every bound is one of the country's. Page: the bounds span the page's communes exactly.
        for (const LegendEntry& entry : nationalAtlas.reports[i].legend) {
            if (entry.kind == LegendKind::Class) {
                CHECK(std::find(country.breaks.begin(), country.breaks.end(), entry.high) !=
                      country.breaks.end());
            }
        }
        double lowest = 1e9, highest = 0, low = 1e9, high = 0;
        for (UnitId id : maliScene().level(AdminLevel::Commune)) {
            const int organisations = coverage->units[static_cast<std::size_t>(id)].organisations;
            if (maliScene().isWithin(id, pages[i].focus) && organisations > 0) {
                lowest = std::min<double>(lowest, organisations);
                highest = std::max<double>(highest, organisations);
            }
        }
        for (const LegendEntry& entry : pageAtlas.reports[i].legend) {
            if (entry.kind == LegendKind::Class) {
                low = std::min(low, entry.low);
                high = std::max(high, entry.high);
            }
        }
        CHECK(low == lowest);
        CHECK(high == highest);
    }
    AtlasClasses parsed{};
    CHECK(parseAtlasClasses("page", parsed));
    CHECK(parsed == AtlasClasses::Page);
    CHECK_FALSE(parseAtlasClasses("regional", parsed));
    CHECK(atlasClassesKey(AtlasClasses::National) == "national");
}
