// Golden images: small renders compared with stored PNGs (tests/fixtures/render/), per pixel with a
// tolerance. Regenerate with COUVERTURE_UPDATE_GOLDEN=1 after a deliberate change, and look at them.

#include "render/map_painter.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

constexpr int kTolerance = 40;               // per channel: antialiasing may move a little
constexpr double kMaxDifferingShare = 0.004; // of the pixels

void checkGolden(const QImage& image, const std::string& name) {
    const std::string path = goldenPath(name);
    if (updatingGoldenImages()) {
        REQUIRE(image.save(QString::fromStdString(path), "PNG"));
        WARN("golden image written: " << path);
        return;
    }
    const QImage expected(QString::fromStdString(path));
    INFO("golden image " << path << " (set COUVERTURE_UPDATE_GOLDEN=1 to regenerate)");
    REQUIRE_FALSE(expected.isNull());
    const ImageComparison comparison = compareImages(image, expected, kTolerance);
    REQUIRE(comparison.sameSize);
    INFO("differing share " << comparison.differingShare << ", largest difference "
                            << comparison.largestDifference);
    if (comparison.differingShare > kMaxDifferingShare) {
        image.save(QString::fromStdString(path + ".actual.png"), "PNG"); // next to the golden, to compare
    }
    CHECK(comparison.differingShare <= kMaxDifferingShare);
}

ThematicLayer maliLayer(AdminLevel level, MapKind kind = MapKind::Choropleth) {
    CoverageTable table = coverageOf(
        maliTree(), [](UnitId id) { return (id * 7) % 12 - 3; }, [](UnitId id) { return id % 19 == 0; });
    const char* sectors[] = {"Protection", "Santé", "Éducation", "WASH", "Nutrition"};
    for (UnitCoverage& unit : table.units) {
        if (unit.organisations > 0) {
            unit.mainSector = sectors[static_cast<std::size_t>(unit.unit) % 5];
        }
    }
    ThematicSpec spec;
    spec.kind = kind;
    spec.level = level;
    spec.method = ClassMethod::NaturalBreaks;
    spec.classes = 5;
    return prepareThematic(maliScene(), table, spec, defaultStyle());
}

} // namespace

TEST_CASE("golden: synthetic choropleth, no text", "[golden]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    std::vector<std::optional<double>> values(scene.size());
    std::vector<bool> hatched(scene.size(), false);
    const std::vector<std::optional<double>> figures{0, 1, 2, 3, 5, 8, std::nullopt, 13};
    const auto& ids = scene.level(AdminLevel::Commune);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        values[static_cast<std::size_t>(ids[i])] = figures[i];
    }
    hatched[static_cast<std::size_t>(ids[0])] = true;
    ThematicSpec spec;
    spec.method = ClassMethod::EqualInterval;
    spec.classes = 4;
    const ThematicLayer layer = prepareThematic(scene, values, hatched, spec, defaultStyle());
    const QImage image = renderChoroplethImage(scene, layer, defaultStyle(), QSize(240, 140), 96, 1);
    checkGolden(image, "synthetic_choropleth.png");
    // Two threads (two bands) draw the same map; Qt's line stroker starts antialiased lines where a band
    // cuts them, so a few edge pixels may shade differently, but a given thread count always repeats itself.
    const QImage twoBands = renderChoroplethImage(scene, layer, defaultStyle(), QSize(240, 140), 96, 2);
    CHECK(compareImages(twoBands, image, kTolerance).differingShare < 0.01);
    CHECK(compareImages(renderChoroplethImage(scene, layer, defaultStyle(), QSize(240, 140), 96, 2), twoBands,
                        0)
              .differingShare == 0);
}

TEST_CASE("golden: Mali communes, French A4 landscape page", "[golden][mali]") {
    checkGolden(renderPageImage(maliScene(), maliLayer(AdminLevel::Commune), defaultStyle(),
                                testPageOptions("fr", "GOLDEN-1"), 50),
                "mali_communes_fr_a4_landscape.png");
}

TEST_CASE("golden: cercle atlas page, English A4 portrait", "[golden][mali]") {
    PageOptions options = testPageOptions("en", "GOLDEN-1");
    options.orientation = "portrait";
    options.focus = maliTree().findByPcode("ML0501");
    checkGolden(renderPageImage(maliScene(), maliLayer(AdminLevel::Commune), defaultStyle(), options, 50),
                "mopti_cercle_en_a4_portrait.png");
}

TEST_CASE("golden: main sector by cercle and people reached as circles", "[golden][mali]") {
    checkGolden(renderPageImage(maliScene(), maliLayer(AdminLevel::Cercle, MapKind::Categories),
                                defaultStyle(), testPageOptions("fr", "GOLDEN-1"), 40),
                "mali_sectors_fr.png");
    CoverageTable table = coverageOf(
        maliTree(), [](UnitId id) { return id % 5; }, [](UnitId) { return false; });
    for (UnitCoverage& unit : table.units) {
        unit.hasPeopleFigures = unit.unit % 6 != 0;
        unit.peopleReached = unit.hasPeopleFigures ? 1000.0 * ((unit.unit * 37) % 90) : 0;
    }
    ThematicSpec spec;
    spec.kind = MapKind::Symbols;
    spec.level = AdminLevel::Cercle;
    const ThematicLayer symbols = prepareThematic(maliScene(), table, spec, defaultStyle());
    checkGolden(renderPageImage(maliScene(), symbols, defaultStyle(), testPageOptions("en", "GOLDEN-1"), 40),
                "mali_people_reached_en.png");
}

TEST_CASE("the golden comparison notices a real change", "[golden]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    std::vector<std::optional<double>> values(scene.size(), 3.0);
    ThematicSpec blues;
    blues.palette = "Blues";
    ThematicSpec reds = blues;
    reds.palette = "Reds";
    const QImage a = renderChoroplethImage(scene, prepareThematic(scene, values, {}, blues, defaultStyle()),
                                           defaultStyle(), QSize(120, 80), 96, 1);
    const QImage b = renderChoroplethImage(scene, prepareThematic(scene, values, {}, reds, defaultStyle()),
                                           defaultStyle(), QSize(120, 80), 96, 1);
    CHECK(compareImages(a, b, kTolerance).differingShare > 0.3);
}
