#include "core/problem.h"
#include "render/map_painter.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

ThematicLayer communeLayer(const MapScene& scene, const AdminTree& tree) {
    // Every legend entry appears: classes, zero, no data (people figures missing), coarser-only hatching.
    CoverageTable table = coverageOf(
        tree, [](UnitId id) { return (id * 5) % 11 - 2; }, [](UnitId id) { return id % 9 == 0; });
    ThematicSpec spec;
    spec.classes = 5;
    ThematicLayer layer = prepareThematic(scene, table, spec, defaultStyle());
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        if (id % 23 == 0) {
            layer.unitClass[static_cast<std::size_t>(id)] = kNoDataClass;
        }
    }
    return layer;
}

// Kilometres between two page points (millimetres), through the page's view and the scene's projection.
double geodesicKm(const MapScene& scene, const PageReport& report, QPointF a, QPointF b) {
    const QTransform toWorld = report.view.toDevice.inverted();
    const QPointF wa = toWorld.map(a * report.devicePerMm);
    const QPointF wb = toWorld.map(b * report.devicePerMm);
    double lon1 = 0, lat1 = 0, lon2 = 0, lat2 = 0;
    REQUIRE(scene.projection().inverse(wa.x(), wa.y(), lon1, lat1));
    REQUIRE(scene.projection().inverse(wb.x(), wb.y(), lon2, lat2));
    return geodesicDistance(lon1, lat1, lon2, lat2) / 1000;
}

void checkScaleBar(const MapScene& scene, const PageReport& report) {
    const ScaleBarInfo& bar = report.scaleBar;
    REQUIRE(bar.kilometres > 0);
    // A round length: 1, 2 or 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(bar.kilometres)));
    const double leading = bar.kilometres / magnitude;
    CHECK((leading == Approx(1) || leading == Approx(2) || leading == Approx(5)));
    // The bar's length, laid through the centre of the map, measures its label on the ellipsoid.
    const QPointF centre = report.frameMm.center();
    const double length = bar.endMm.x() - bar.startMm.x();
    const double km =
        geodesicKm(scene, report, centre - QPointF(length / 2, 0), centre + QPointF(length / 2, 0));
    CHECK(km == Approx(bar.kilometres).epsilon(0.002));
    // Where it is drawn (a corner), the projection's scale differs only a little.
    CHECK(geodesicKm(scene, report, bar.startMm, bar.endMm) == Approx(bar.kilometres).epsilon(0.03));
}

} // namespace

TEST_CASE("the scale bar measures true kilometres (Lambert display)", "[page][scale]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = communeLayer(scene, maliTree());
    PageReport report;
    renderPageImage(scene, layer, defaultStyle(), testPageOptions("fr", "T-001"), 72, &report);
    checkScaleBar(scene, report);
    PageOptions zoomed = testPageOptions("fr", "T-001");
    zoomed.focus = maliTree().findByPcode("ML0501");
    renderPageImage(scene, layer, defaultStyle(), zoomed, 72, &report);
    checkScaleBar(scene, report);
    CHECK(report.scaleBar.kilometres < 100);
}

TEST_CASE("the scale bar measures true kilometres in a plate carrée display too", "[page][scale]") {
    SceneOptions options;
    options.crs = "EPSG:4326";
    const MapScene scene = buildMapScene(maliTree(), options);
    const ThematicLayer layer = communeLayer(scene, maliTree());
    PageReport report;
    renderPageImage(scene, layer, defaultStyle(), testPageOptions("en", "T-001"), 72, &report);
    const ScaleBarInfo& bar = report.scaleBar;
    const QPointF centre = report.frameMm.center();
    const double length = bar.endMm.x() - bar.startMm.x();
    CHECK(geodesicKm(scene, report, centre - QPointF(length / 2, 0), centre + QPointF(length / 2, 0)) ==
          Approx(bar.kilometres).epsilon(0.002));
}

TEST_CASE("a French page shows no English template text, and the other way round", "[page][language]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = communeLayer(scene, maliTree());
    const MapStyle& style = defaultStyle();
    std::map<std::string, std::vector<std::string>> drawn;
    for (const std::string language : {"fr", "en"}) {
        PageReport report;
        renderPageImage(scene, layer, style, testPageOptions(language, "T-001"), 60, &report);
        drawn[language] = report.texts;
        // The page carries the template's parts in its language.
        auto has = [&](const std::string& text) {
            return std::find(report.texts.begin(), report.texts.end(), text) != report.texts.end();
        };
        CHECK(has(style.text(language, "disclaimer")));
        CHECK(has(style.text(language, "no_data")));
        CHECK(has(style.text(language, "coarser_only")));
        CHECK(has(style.text(language, "inset_title")));
    }
    CHECK(std::find(drawn["fr"].begin(), drawn["fr"].end(), "Situation au 31 décembre 2023") !=
          drawn["fr"].end());
    CHECK(std::find(drawn["en"].begin(), drawn["en"].end(), "Situation as of 31 December 2023") !=
          drawn["en"].end());

    // Literal pieces of each template text (placeholders removed) that only the other language uses.
    const std::regex placeholder("\\{[a-z_]+\\}");
    auto foreignPieces = [&](const std::string& language, const std::string& other) {
        std::vector<std::string> pieces;
        for (const auto& [key, text] : style.texts.at(other)) {
            if (text == style.texts.at(language).at(key)) {
                continue;
            }
            std::sregex_token_iterator it(text.begin(), text.end(), placeholder, -1), end;
            for (; it != end; ++it) {
                std::string piece = *it;
                piece.erase(0, piece.find_first_not_of(" :–-.,()"));
                piece.erase(piece.find_last_not_of(" :–-.,()") + 1);
                if (piece.size() < 4) {
                    continue;
                }
                const bool shared = std::any_of(
                    style.texts.at(language).begin(), style.texts.at(language).end(),
                    [&](const auto& entry) { return entry.second.find(piece) != std::string::npos; });
                if (!shared) {
                    pieces.push_back(piece);
                }
            }
        }
        return pieces;
    };
    for (const auto& [language, other] : {std::pair<std::string, std::string>{"fr", "en"}, {"en", "fr"}}) {
        const auto pieces = foreignPieces(language, other);
        CHECK(pieces.size() > 30);
        for (const std::string& text : drawn[language]) {
            for (const std::string& piece : pieces) {
                INFO(language << " page shows '" << text << "', which holds the " << other << " text '"
                              << piece << "'");
                CHECK(text.find(piece) == std::string::npos);
            }
        }
    }
}

TEST_CASE("labels never overlap and stay inside their unit unless they have a leader line",
          "[page][labels]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = communeLayer(scene, maliTree());
    for (const UnitId focus : {kNoUnit, maliTree().findByPcode("ML0501"), maliTree().findByPcode("ML04")}) {
        PageOptions options = testPageOptions("fr", "T-001");
        options.focus = focus;
        PageReport report;
        renderPageImage(scene, layer, defaultStyle(), options, 100, &report);
        const auto& labels = report.map.labels;
        CHECK(labels.size() >= 8);
        const QTransform toWorld = report.view.toDevice.inverted();
        for (std::size_t i = 0; i < labels.size(); ++i) {
            INFO("label '" << labels[i].text << "'");
            CHECK(report.view.frame.contains(labels[i].box));
            for (std::size_t j = i + 1; j < labels.size(); ++j) {
                CHECK_FALSE(labels[i].box.intersects(labels[j].box));
            }
            if (labels[i].leader || !report.view.area.contains(scene.unit(labels[i].unit).bounds)) {
                continue; // beside its unit, or inside the part of the unit the frame shows
            }
            // The letters inside the unit; the halo may spill over its outline.
            const double halo = defaultStyle().haloMm * report.devicePerMm;
            const QRectF world = toWorld.mapRect(labels[i].box.adjusted(halo, halo, -halo, -halo));
            geos::Geometry box(GEOSGeom_createRectangle_r(geos::context(), world.left(), world.top(),
                                                          world.right(), world.bottom()));
            CHECK(GEOSContains_r(geos::context(), scene.unit(labels[i].unit).geometry.get(), box.get()) == 1);
        }
    }
}

// How many units of `level` the page names (on the map or in the key).
std::pair<int, int> namedAndKeyed(const PageReport& report, AdminLevel level) {
    int named = 0, keyed = 0;
    for (const PlacedLabel& label : report.map.labels) {
        named += label.level == level && !label.muted ? 1 : 0;
    }
    for (const KeyedLabel& label : report.map.keyed) {
        keyed += label.level == level ? 1 : 0;
    }
    return {named, keyed};
}

TEST_CASE("the national A4 page names every région and cercle, a région page every cercle and commune",
          "[page][labels]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = communeLayer(scene, maliTree());
    PageOptions options = testPageOptions("fr", "T-001");
    PageReport report;
    renderPageImage(scene, layer, defaultStyle(), options, 100, &report);
    CHECK(namedAndKeyed(report, AdminLevel::Region) == std::pair{9, 0});
    // Bamako the cercle is Bamako the district: named once, as a région.
    CHECK(namedAndKeyed(report, AdminLevel::Cercle).first +
              namedAndKeyed(report, AdminLevel::Cercle).second ==
          static_cast<int>(scene.level(AdminLevel::Cercle).size()) - 1);
    CHECK(namedAndKeyed(report, AdminLevel::Cercle).second <= 2);

    options.focus = maliTree().findByPcode("ML05"); // Mopti
    renderPageImage(scene, layer, defaultStyle(), options, 100, &report);
    CHECK(report.keyComplete);
    CHECK(namedAndKeyed(report, AdminLevel::Cercle) == std::pair{8, 0});
    const auto [named, keyed] = namedAndKeyed(report, AdminLevel::Commune);
    CHECK(named + keyed == 108);
    CHECK(named >= 60);
    for (const PlacedLabel& label : report.map.labels) {
        CHECK(label.pointSize >= 6.0 - 1e-9); // readable
    }
    for (std::size_t i = 0; i < report.map.keyed.size(); ++i) {
        CHECK(report.map.keyed[i].number == static_cast<int>(i) + 1);
    }
}

TEST_CASE("an atlas page zooms to its unit and counts only its units in the legend", "[page]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = communeLayer(scene, maliTree());
    PageOptions options = testPageOptions("fr", "T-001");
    options.focus = maliTree().findByPcode("ML0501"); // cercle de Mopti
    REQUIRE(options.focus != kNoUnit);
    PageReport report;
    renderPageImage(scene, layer, defaultStyle(), options, 60, &report);
    std::size_t communes = 0;
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        communes += scene.isWithin(id, options.focus) ? 1 : 0;
    }
    CHECK(report.map.units.size() == communes);
    int counted = 0;
    for (const LegendEntry& entry : report.legend) {
        counted += entry.kind == LegendKind::CoarserOnly ? 0 : entry.count;
    }
    CHECK(counted == static_cast<int>(communes));
    CHECK(report.title == "Cercle de Mopti : nombre d'organisations par commune");
    for (const PlacedLabel& label : report.map.labels) {
        const SceneUnit& unit = scene.unit(label.unit);
        // Communes of the cercle, or neighbouring cercles (muted).
        CHECK(((unit.level == AdminLevel::Commune && scene.isWithin(label.unit, options.focus)) ||
               (unit.level == AdminLevel::Cercle && label.unit != options.focus)));
    }
}

TEST_CASE("dates are written out in the page's language", "[page]") {
    CHECK(formatMapDate("2023-12-31", defaultStyle(), "fr") == "31 décembre 2023");
    CHECK(formatMapDate("2024-02-01", defaultStyle(), "en") == "1 February 2024");
    // The first of a month is an ordinal in French; other days are plain numbers.
    CHECK(formatMapDate("2023-12-01", defaultStyle(), "fr") == "1er décembre 2023");
    CHECK(formatMapDate("2024-03-02", defaultStyle(), "fr") == "2 mars 2024");
    CHECK(formatMapDate("2024-01-11", defaultStyle(), "fr") == "11 janvier 2024");
    CHECK(formatMapDate("2023-12-01", defaultStyle(), "en") == "1 December 2023");
    CHECK(formatMapDate("Q4 2023", defaultStyle(), "en") == "Q4 2023");
    CHECK(pageSizeMm("A3", "portrait") == QSizeF(297, 420));
    CHECK(pageSizeMm("A4", "landscape") == QSizeF(297, 210));
}

TEST_CASE("the subtitle says whether inferred placements are shown, in the page's language",
          "[page][language]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    const ThematicLayer layer =
        prepareThematic(scene,
                        coverageOf(
                            tree, [](UnitId id) { return id % 3; }, [](UnitId) { return false; }),
                        ThematicSpec{}, defaultStyle());
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"fr", "", "Situation au 31 décembre 2023"},
        {"fr", "notes.places_all",
         "Situation au 31 décembre 2023 – lieux énoncés par les documents et lieux déduits"},
        {"fr", "notes.places_stated_only",
         "Situation au 31 décembre 2023 – lieux énoncés par les documents seulement (lieux déduits exclus)"},
        {"en", "notes.places_stated_only",
         "Situation as of 31 December 2023 – places stated by the documents only (inferred places left out)"},
    };
    for (const auto& [language, noteKey, subtitle] : cases) {
        PageOptions options = testPageOptions(language, "");
        options.texts.noteKey = noteKey;
        CHECK(pageTitles(scene, layer, defaultStyle(), options).subtitle == subtitle);
    }
}
