#pragma once
// The populated-places gazetteer (OCHA COD 2015: 18,769 villages and towns with their commune, cercle and
// région P-codes): villages to measure reach against, and coordinates for rows that give only a place name.

#include "core/admin_tree.h"
#include "core/point_table.h"
#include "core/reconcile.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace couverture::analysis {

struct GazetteerPlace {
    std::int64_t row = 0; // data row in the gazetteer file
    std::string name;
    std::string pcode;                                  // the place's own code, when the file has one
    std::string regionPcode, cerclePcode, communePcode; // as the gazetteer files them
    LonLat where;
};

// Where the gazetteer of ../shared/data lives, relative to the data folder.
inline constexpr const char* kPopulatedPlaces =
    "places/mli_cod_populated_places_2015/mli_populated_places_cod_2015.csv";

class Gazetteer {
public:
    // Reads any point table with a name (site role, or the COD's featureNam column) and coordinates; rows
    // without coordinates are left out and counted in problems. Throws InputError.
    static Gazetteer load(const std::string& path, Progress progress = {});

    const std::vector<GazetteerPlace>& places() const { return places_; }
    const std::string& path() const { return path_; }
    const Problems& problems() const { return problems_; }

    // Places whose name has the same key as `name` (through placeKey, the reconciler's folding), optionally
    // only those filed under `within` (a région, cercle or commune P-code of the gazetteer's scheme).
    std::vector<const GazetteerPlace*> find(std::string_view name, const AdminUnit* within = nullptr) const;

private:
    std::string path_;
    std::vector<GazetteerPlace> places_;
    std::unordered_map<std::string, std::vector<std::size_t>> byKey_;
    Problems problems_;
};

enum class PointSource { Coordinates, Gazetteer, NotLocated };
std::string_view pointSourceKey(PointSource source); // "coordinates", "gazetteer", "not_located"

struct PlacedPoint {
    std::optional<LonLat> where;
    PointSource source = PointSource::NotLocated;
    std::string reason; // why a name was not located (not found, ambiguous), or which place it was
};

// Coordinates for every row of a point table: its own when it has them, else its site name looked up in the
// gazetteer within the commune, cercle or région the row names (placed by the reconciler), else nowhere, with
// the reason. `reconciler` may be null (names are then looked up in the whole country).
std::vector<PlacedPoint> placePoints(const PointTable& table, const Gazetteer* gazetteer,
                                     const AdminTree& tree, const Reconciler* reconciler);

} // namespace couverture::analysis
