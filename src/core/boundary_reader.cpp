#include "core/boundary_reader.h"

#include "core/gdal_support.h"
#include "core/level_text.h"
#include "core/texts.h"

#include <algorithm>
#include <cmath>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <filesystem>
#include <gdal.h>
#include <map>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <optional>
#include <set>
#include <string_view>

namespace couverture {
namespace {

namespace fs = std::filesystem;

struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(dataset); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer {
    void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
};
using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Field names of a layer, keyed by their lower-case form (matching is case-insensitive, DBF truncates).
std::map<std::string, std::string> fieldNames(OGRLayerH layer) {
    std::map<std::string, std::string> names;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        std::string name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i));
        names.emplace(lower(name), name);
    }
    return names;
}

std::optional<std::string> field(const std::map<std::string, std::string>& names, const std::string& wanted) {
    auto found = names.find(lower(wanted));
    if (found == names.end()) {
        return std::nullopt;
    }
    return found->second;
}

// geoBoundaries names its level in shapeType ("ADM2") or in the file/layer name ("geoBoundaries-MLI-ADM2").
std::optional<int> levelInText(const std::string& text) {
    const std::string folded = lower(text);
    for (const char* marker : {"adm", "admin", "level", "_lv"}) {
        auto at = folded.rfind(marker);
        while (at != std::string::npos) {
            std::size_t digit = at + std::char_traits<char>::length(marker);
            if (digit < folded.size() && folded[digit] == '_') {
                ++digit;
            }
            if (digit < folded.size() && std::isdigit(static_cast<unsigned char>(folded[digit])) != 0) {
                return folded[digit] - '0';
            }
            at = at == 0 ? std::string::npos : folded.rfind(marker, at - 1);
        }
    }
    return std::nullopt;
}

BoundaryLayerInfo describeLayer(const std::string& source, OGRLayerH layer, const BoundaryOptions& options) {
    BoundaryLayerInfo info;
    info.source = source;
    info.layer = OGR_L_GetName(layer);
    info.features = OGR_L_GetFeatureCount(layer, TRUE);
    const auto names = fieldNames(layer);

    if (!options.explicitFields.empty()) {
        for (const auto& [level, fields] : options.explicitFields) {
            if (field(names, fields.code) || field(names, fields.name)) {
                info.levels[level] = fields;
            }
        }
        if (!info.levels.empty()) {
            info.schema = BoundarySchema::Explicit;
        }
    }
    struct NumberedSchema {
        BoundarySchema schema;
        const char* codePattern; // '#' stands for the level number
        std::vector<const char*> namePatterns;
    };
    const std::vector<NumberedSchema> numbered = {
        {BoundarySchema::CodAbOld, "admin#Pcod", {"admin#Name", "admin#Name_fr", "admin#Nam"}},
        {BoundarySchema::CodAbCurrent, "ADM#_PCODE", {"ADM#_FR", "ADM#_EN", "ADM#_REF", "ADM#_NAME"}},
        {BoundarySchema::Gadm, "GID_#", {"NAME_#"}},
    };
    // Appended piece by piece (GCC 12 at -O3 reports a false -Wrestrict on std::string::replace here).
    auto expand = [](std::string_view pattern, int number) {
        const std::size_t at = std::min(pattern.find('#'), pattern.size());
        std::string text(pattern.substr(0, at));
        text += std::to_string(number);
        text += pattern.substr(std::min(at + 1, pattern.size()));
        return text;
    };
    for (const auto& candidate : numbered) {
        if (info.schema != BoundarySchema::Unknown) {
            break;
        }
        for (int number = 0; number <= 4; ++number) {
            auto code = field(names, expand(candidate.codePattern, number));
            if (!code) {
                continue;
            }
            LevelFields fields;
            fields.code = *code;
            for (const char* namePattern : candidate.namePatterns) {
                if (auto name = field(names, expand(namePattern, number))) {
                    fields.name = *name;
                    break;
                }
            }
            if (candidate.schema == BoundarySchema::CodAbOld && number == 3) {
                for (const char* alternate : {"admin3RefN", "admin3AltN", "admin3Al_1"}) {
                    if (auto name = field(names, alternate)) {
                        fields.alternateNames.push_back(*name);
                    }
                }
            }
            if (candidate.schema == BoundarySchema::Gadm && number > 0) {
                if (auto variants = field(names, expand("VARNAME_#", number))) {
                    fields.alternateNames.push_back(*variants);
                }
            }
            if (number <= 3) {
                info.levels[static_cast<AdminLevel>(number)] = fields;
            } else {
                // A level below the commune (Bamako quartiers): not part of the région > cercle > commune
                // tree.
                info.levels.clear();
                info.schema = candidate.schema;
                info.note = translate("Inspect", "level 4 (finer than communes), not loaded");
                break;
            }
            info.schema = candidate.schema;
        }
    }
    if (info.schema == BoundarySchema::Unknown && field(names, "shapeName") && field(names, "shapeID")) {
        std::optional<int> number = levelInText(info.layer);
        if (!number) {
            number = levelInText(source);
        }
        if (auto type = field(names, "shapeType"); type && !number) {
            // Read the level from the first feature's shapeType.
            OGR_L_ResetReading(layer);
            Feature first(OGR_L_GetNextFeature(layer));
            if (first) {
                number = levelInText(
                    OGR_F_GetFieldAsString(first.get(), OGR_F_GetFieldIndex(first.get(), type->c_str())));
            }
            OGR_L_ResetReading(layer);
        }
        if (number && *number <= 3) {
            LevelFields fields;
            fields.code = *field(names, "shapeID");
            fields.name = *field(names, "shapeName");
            info.levels[static_cast<AdminLevel>(*number)] = fields;
            info.schema = BoundarySchema::GeoBoundaries;
        }
    }
    if (!info.levels.empty()) {
        info.deepest = info.levels.rbegin()->first;
        // Parent code fields: the code field of the level above, when the layer carries it.
        for (auto& [level, fields] : info.levels) {
            if (level == AdminLevel::Country) {
                continue;
            }
            auto parent = info.levels.find(static_cast<AdminLevel>(static_cast<int>(level) - 1));
            if (parent != info.levels.end() && fields.parentCode.empty()) {
                fields.parentCode = parent->second.code;
            }
        }
    }
    return info;
}

struct UnitRecord {
    AdminLevel level = AdminLevel::Commune;
    std::string pcode, name, parentCode;
    std::vector<std::string> alternateNames;
    geos::Geometry geometry;
    std::string origin; // "layer, feature N" for messages
    std::int64_t feature = 0;
};

std::string fieldText(OGRFeatureH feature, const std::string& name) {
    if (name.empty()) {
        return {};
    }
    const int index = OGR_F_GetFieldIndex(feature, name.c_str());
    if (index < 0 || !OGR_F_IsFieldSetAndNotNull(feature, index)) {
        return {};
    }
    std::string text = OGR_F_GetFieldAsString(feature, index);
    const auto begin = text.find_first_not_of(" \t");
    const auto end = text.find_last_not_of(" \t");
    return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

// Whether every vertex of `geometry` (and of its parts and rings) is a finite number: a NaN is skipped by the
// envelope, so each point is looked at.
bool finiteCoordinates(OGRGeometryH geometry) {
    for (int i = 0; i < OGR_G_GetGeometryCount(geometry); ++i) {
        if (!finiteCoordinates(OGR_G_GetGeometryRef(geometry, i))) {
            return false;
        }
    }
    for (int i = 0; i < OGR_G_GetPointCount(geometry); ++i) {
        if (!std::isfinite(OGR_G_GetX(geometry, i)) || !std::isfinite(OGR_G_GetY(geometry, i))) {
            return false;
        }
    }
    return true;
}

// Why a feature's geometry cannot be a unit's polygon (after its transformation to WGS 84), or empty when it
// can.
std::string unusableGeometry(OGRGeometryH geometry, OGRCoordinateTransformationH transform) {
    if (geometry == nullptr) {
        return translate("Problem", "no geometry");
    }
    const OGRwkbGeometryType type = OGR_GT_Flatten(OGR_G_GetGeometryType(geometry));
    if (type != wkbPolygon && type != wkbMultiPolygon) {
        return fill(translate("Problem", "a %1, not a polygon"), {OGRGeometryTypeToName(type)});
    }
    if (OGR_G_IsEmpty(geometry)) {
        return translate("Problem", "an empty geometry");
    }
    if (transform != nullptr && OGR_G_Transform(geometry, transform) != OGRERR_NONE) {
        return translate("Problem", "its coordinates cannot be converted to longitude and latitude");
    }
    OGREnvelope box{};
    OGR_G_GetEnvelope(geometry, &box);
    if (!finiteCoordinates(geometry)) {
        return translate("Problem", "coordinates that are not finite numbers");
    }
    if (box.MinX < -180 || box.MaxX > 180 || box.MinY < -90 || box.MaxY > 90) {
        return translate("Problem", "coordinates outside longitude -180 to 180 and latitude -90 to 90");
    }
    return {};
}

// Reads one layer into records for every level it holds (the finer level with geometry).
void readLayer(OGRLayerH layer, const BoundaryLayerInfo& info, const BoundaryOptions& options,
               std::array<std::vector<UnitRecord>, 4>& records, Problems& problems) {
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH transform = nullptr;
    if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer);
        layerSrs != nullptr && !OSRIsSame(layerSrs, wgs84)) {
        transform = OCTNewCoordinateTransformation(layerSrs, wgs84);
    }
    std::vector<unsigned char> wkb;
    OGR_L_ResetReading(layer);
    std::int64_t number = 0;
    for (Feature feature(OGR_L_GetNextFeature(layer)); feature; feature.reset(OGR_L_GetNextFeature(layer))) {
        ++number;
        for (const auto& [level, fields] : info.levels) {
            if (level > options.deepestLevel) {
                continue;
            }
            UnitRecord record;
            record.level = level;
            record.pcode = fieldText(feature.get(), fields.code);
            record.name = fieldText(feature.get(), fields.name);
            record.parentCode = fieldText(feature.get(), fields.parentCode);
            record.feature = number;
            record.origin = info.source;
            for (const auto& alternate : fields.alternateNames) {
                std::string text = fieldText(feature.get(), alternate);
                if (!text.empty() && text != record.name) {
                    record.alternateNames.push_back(text);
                }
            }
            if (level == info.deepest) {
                if (record.pcode.empty()) {
                    problems.push_back(
                        {Severity::Error, info.source, info.layer, number,
                         fill(translate("Problem", "feature has no P-code in field %1; skipped"),
                              {fields.code})});
                    continue;
                }
                OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
                if (const std::string unusable = unusableGeometry(geometry, transform); !unusable.empty()) {
                    // Kept as a unit (rows can still be matched to it by name or code), but said: a commune
                    // without its polygon is on no map and no point can be placed in it.
                    problems.push_back(
                        {Severity::Warning, info.source, info.layer, number,
                         fill(translate("Problem", "%1 '%2' (%3) has no usable polygon (%4): it is on no map "
                                                   "and no point can be placed in it"),
                              {levelText(level), record.name, record.pcode, unusable})});
                } else {
                    wkb.resize(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
                    OGR_G_ExportToWkb(geometry, wkbNDR, wkb.data());
                    record.geometry = geos::fromWkb(wkb.data(), wkb.size());
                }
            } else if (record.pcode.empty()) {
                continue; // an ancestor level with no code in this feature: nothing to learn
            }
            records[static_cast<std::size_t>(level)].push_back(std::move(record));
        }
    }
    if (transform != nullptr) {
        OCTDestroyCoordinateTransformation(transform);
    }
    OSRDestroySpatialReference(wgs84);
}

bool isVectorFileName(const std::string& name) {
    const std::string extension = lower(fs::path(name).extension().string());
    return extension == ".shp" || extension == ".gpkg" || extension == ".geojson" || extension == ".json" ||
           extension == ".fgb" || extension == ".gml" || extension == ".kml" || extension == ".sqlite";
}

bool isFileGeodatabase(std::string name) {
    while (!name.empty() && (name.back() == '/' || name.back() == '\\')) {
        name.pop_back();
    }
    return lower(fs::path(name).extension().string()) == ".gdb";
}

// The GDAL path of a source: a zip archive (as HDX ships boundaries) is read in place through /vsizip/.
std::string gdalPathOf(const std::string& source) {
    const std::string extension = lower(fs::path(source).extension().string());
    if (extension == ".zip" && source.rfind("/vsi", 0) != 0) {
        return "/vsizip/{" + source + "}";
    }
    return source;
}

// The vector files of a folder (or of a zip archive, searched through its sub-folders); a File Geodatabase
// (a folder named *.gdb) is one source.
std::vector<std::string> expandSource(const std::string& source) {
    const std::string root = gdalPathOf(source);
    VSIStatBufL stat{};
    if (isFileGeodatabase(root) || VSIStatL(root.c_str(), &stat) != 0 || !VSI_ISDIR(stat.st_mode)) {
        return {root};
    }
    const bool archive = root.rfind("/vsi", 0) == 0;
    // A folder of shapefiles also opens as one dataset, but mixed folders of GeoPackage and GeoJSON do not.
    char** entries = archive ? VSIReadDirRecursive(root.c_str()) : VSIReadDir(root.c_str());
    std::vector<std::string> files;
    std::vector<std::string> geodatabases;
    for (char** entry = entries; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string name = *entry;
        const std::string path = root + "/" + name;
        if (isFileGeodatabase(name)) {
            geodatabases.push_back(name.back() == '/' ? name : name + "/");
            files.push_back(path.back() == '/' ? path.substr(0, path.size() - 1) : path);
        } else if (isVectorFileName(name)) {
            files.push_back(path);
        }
    }
    CSLDestroy(entries);
    // Files inside a geodatabase belong to it.
    std::erase_if(files, [&](const std::string& path) {
        return std::any_of(geodatabases.begin(), geodatabases.end(), [&](const std::string& gdb) {
            return path.find("/" + gdb) != std::string::npos && !isFileGeodatabase(path);
        });
    });
    std::sort(files.begin(), files.end());
    return files;
}

// GDAL's messages go to the caller's GdalMessages, which is live.
Dataset openVector(const std::string& path) {
    return Dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

// A GDAL failure while boundaries are opened or read means units may be missing or wrong: not used.
void throwOnBoundaryFailure(const std::string& path, const std::string& layer, const GdalMessages& messages) {
    if (!messages.failures().empty()) {
        throwInputError(path, layer, 0,
                        fill(translate("Problem", "the boundaries cannot be read whole (GDAL: %1)"),
                             {messages.failures().front()}));
    }
}

template <typename Visit>
void forEachLayer(const std::string& source, const BoundaryOptions& options, const GdalMessages& messages,
                  Visit visit) {
    ensureGdalRegistered();
    const auto paths = expandSource(source);
    if (paths.empty()) {
        throwInputError(
            source, {}, 0,
            translate("Problem",
                      "no vector file (Shapefile, GeoPackage, GeoJSON, File Geodatabase ...) in this "
                      "folder or archive"));
    }
    VSIStatBufL stat{};
    if (paths.size() == 1 && source.rfind("PG:", 0) != 0) {
        if (VSIStatL(gdalPathOf(source).c_str(), &stat) != 0) {
            throwInputError(source, {}, 0, translate("Problem", "boundary source not found"));
        }
        if (!VSI_ISDIR(stat.st_mode) && !VSI_ISREG(stat.st_mode)) {
            throwInputError(source, {}, 0,
                            translate("Problem",
                                      "not a regular file or folder (a named pipe, device or socket): "
                                      "give boundaries saved on disk"));
        }
    }
    for (const auto& path : paths) {
        Dataset dataset = openVector(path);
        if (!dataset) {
            const std::string reason = messages.first();
            throwInputError(
                path, {}, 0,
                reason.empty()
                    ? translate("Problem", "GDAL cannot open this as a vector source")
                    : fill(translate("Problem", "GDAL cannot open this as a vector source (GDAL: %1)"),
                           {reason}));
        }
        throwOnBoundaryFailure(path, {}, messages);
        for (int i = 0; i < GDALDatasetGetLayerCount(dataset.get()); ++i) {
            OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), i);
            BoundaryLayerInfo info = describeLayer(path, layer, options);
            visit(layer, info);
        }
    }
}

std::string levelWord(AdminLevel level) {
    return levelText(level);
}

} // namespace

std::string_view schemaKey(BoundarySchema schema) {
    switch (schema) {
    case BoundarySchema::CodAbOld:
        return "cod-ab-2017";
    case BoundarySchema::CodAbCurrent:
        return "cod-ab";
    case BoundarySchema::GeoBoundaries:
        return "geoboundaries";
    case BoundarySchema::Gadm:
        return "gadm";
    case BoundarySchema::Explicit:
        return "explicit";
    case BoundarySchema::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::vector<BoundaryLayerInfo> inspectBoundarySource(const std::string& source,
                                                     const BoundaryOptions& options) {
    std::vector<BoundaryLayerInfo> layers;
    const GdalMessages messages;
    forEachLayer(source, options, messages,
                 [&](OGRLayerH, BoundaryLayerInfo info) { layers.push_back(std::move(info)); });
    return layers;
}

BoundaryLoad loadBoundaries(const std::string& source, const BoundaryOptions& options) {
    BoundaryLoad load;
    std::array<std::vector<UnitRecord>, 4> records;
    bool any = false;
    const GdalMessages messages; // live while every file is opened and read
    forEachLayer(source, options, messages, [&](OGRLayerH layer, BoundaryLayerInfo info) {
        if (info.levels.empty()) {
            return; // level 4, or not an admin layer
        }
        if (info.deepest > options.deepestLevel) {
            return;
        }
        any = true;
        options.progress.report(0.1, fill(translate("Progress", "reading %1"), {info.layer}).c_str());
        readLayer(layer, info, options, records, load.problems);
        throwOnBoundaryFailure(info.source, info.layer, messages);
        load.tree.sources.push_back(info.source);
        load.layers.push_back(std::move(info));
    });
    if (!any) {
        throwInputError(
            source, {}, 0,
            translate("Problem",
                      "no administrative boundary layer recognised (COD-AB admin1Pcod/ADM1_PCODE, "
                      "geoBoundaries shapeName/shapeID, GADM GID_n/NAME_n); give an explicit field "
                      "mapping"));
    }
    options.progress.report(0.5, translate("Progress", "building the hierarchy").c_str());

    // Merge the records of each level: a unit with geometry wins over the same code read as an ancestor
    // field.
    AdminTree& tree = load.tree;
    for (AdminLevel level :
         {AdminLevel::Country, AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
        auto& levelRecords = records[static_cast<std::size_t>(level)];
        std::stable_sort(levelRecords.begin(), levelRecords.end(),
                         [](const UnitRecord& a, const UnitRecord& b) { return a.geometry && !b.geometry; });
        std::map<std::string, const UnitRecord*> seen;
        std::vector<UnitRecord*> unique;
        for (auto& record : levelRecords) {
            auto [at, inserted] = seen.emplace(record.pcode, &record);
            if (inserted) {
                unique.push_back(&record);
            } else if (record.geometry && at->second->geometry) {
                ++load.duplicateCodes;
                load.problems.push_back(
                    {Severity::Error, record.origin, levelWord(level), record.feature,
                     fill(translate("Problem", "duplicate P-code %1 ('%2'); the first feature "
                                               "with this code is kept"),
                          {record.pcode, record.name})});
            }
        }
        // Keep source order for units with geometry, then the ones known only from ancestor fields.
        std::stable_sort(unique.begin(), unique.end(), [](const UnitRecord* a, const UnitRecord* b) {
            return a->geometry && !b->geometry;
        });
        if (level == AdminLevel::Country) {
            for (auto* record : unique) {
                if (record->geometry) {
                    tree.setCountryGeometry(std::move(record->geometry));
                }
            }
            continue;
        }
        const AdminLevel parentLevel = static_cast<AdminLevel>(static_cast<int>(level) - 1);
        for (auto* record : unique) {
            AdminUnit unit;
            unit.level = level;
            unit.pcode = record->pcode;
            unit.name = record->name.empty() ? record->pcode : record->name;
            unit.alternateNames = record->alternateNames;
            unit.geometry = std::move(record->geometry);
            if (unit.geometry) {
                if (std::string reason = geos::invalidityReason(unit.geometry.get()); !reason.empty()) {
                    unit.geometry = geos::makeValid(unit.geometry.get());
                    ++load.invalidGeometriesRepaired;
                    load.problems.push_back(
                        {Severity::Warning, record->origin, levelWord(level), record->feature,
                         fill(translate("Problem", "%1 '%2': invalid geometry (%3), repaired "
                                                   "with GEOS MakeValid"),
                              {unit.pcode, unit.name, reason})});
                }
            }
            if (level != AdminLevel::Region) {
                // Parent by its code field, else by the longest code prefix among the units above.
                UnitId parent = record->parentCode.empty() ? kNoUnit : tree.findByPcode(record->parentCode);
                if (parent != kNoUnit && tree.unit(parent).level != parentLevel) {
                    parent = kNoUnit;
                }
                if (parent == kNoUnit && record->parentCode.empty()) {
                    for (std::size_t length = unit.pcode.size(); length > 0 && parent == kNoUnit; --length) {
                        UnitId candidate = tree.findByPcode(unit.pcode.substr(0, length - 1));
                        if (candidate != kNoUnit && tree.unit(candidate).level == parentLevel) {
                            parent = candidate;
                        }
                    }
                }
                if (parent == kNoUnit && !record->parentCode.empty()) {
                    ++load.orphans;
                    load.problems.push_back(
                        {Severity::Error, record->origin, levelWord(level), record->feature,
                         fill(translate("Problem",
                                        "%1 '%2': parent code %3 is not a %4 of the boundaries (orphan)"),
                              {unit.pcode, unit.name, record->parentCode, levelWord(parentLevel)})});
                }
                if (parent != kNoUnit && !record->parentCode.empty() &&
                    unit.pcode.rfind(tree.unit(parent).pcode, 0) != 0) {
                    ++load.nestingByCodeViolations;
                    load.problems.push_back(
                        {Severity::Warning, record->origin, levelWord(level), record->feature,
                         fill(translate("Problem", "%1 '%2' does not start with its parent's code %3"),
                              {unit.pcode, unit.name, tree.unit(parent).pcode})});
                }
                unit.parent = parent;
            }
            tree.add(std::move(unit));
        }
    }

    options.progress.report(0.7, translate("Progress", "checking nesting by location").c_str());
    // Units without a parent but with geometry: place them by location; count location mismatches.
    std::map<UnitId, geos::PreparedGeometry> prepared;
    auto preparedOf = [&](UnitId id) -> const GEOSPreparedGeometry* {
        auto& slot = prepared[id];
        if (!slot && tree.unit(id).geometry) {
            slot = geos::prepare(tree.unit(id).geometry.get());
        }
        return slot.get();
    };
    GEOSContextHandle_t context = geos::context();
    for (AdminLevel level : {AdminLevel::Cercle, AdminLevel::Commune}) {
        const AdminLevel parentLevel = static_cast<AdminLevel>(static_cast<int>(level) - 1);
        for (UnitId id : tree.level(level)) {
            AdminUnit& unit = tree.unit(id);
            if (!unit.geometry) {
                continue;
            }
            geos::Geometry point(GEOSPointOnSurface_r(context, unit.geometry.get()));
            if (!point) {
                continue;
            }
            double x = 0, y = 0;
            GEOSGeomGetX_r(context, point.get(), &x);
            GEOSGeomGetY_r(context, point.get(), &y);
            auto inside = [&](UnitId candidate) {
                const AdminUnit& parent = tree.unit(candidate);
                const GEOSPreparedGeometry* geometry =
                    parent.bounds.contains(x, y) ? preparedOf(candidate) : nullptr;
                return geometry != nullptr && GEOSPreparedContains_r(context, geometry, point.get()) == 1;
            };
            if (unit.parent != kNoUnit) {
                if (tree.unit(unit.parent).geometry && !inside(unit.parent)) {
                    ++load.nestingByLocationViolations;
                    load.problems.push_back(
                        {Severity::Warning,
                         {},
                         levelWord(level),
                         0,
                         fill(translate("Problem", "%1 '%2' lies outside its parent %3 '%4'"),
                              {unit.pcode, unit.name, tree.unit(unit.parent).pcode,
                               tree.unit(unit.parent).name})});
                }
                continue;
            }
            for (UnitId candidate : tree.level(parentLevel)) {
                if (inside(candidate)) {
                    unit.parent = candidate;
                    tree.unit(candidate).children.push_back(id);
                    load.problems.push_back(
                        {Severity::Info,
                         {},
                         levelWord(level),
                         0,
                         fill(translate("Problem", "%1 '%2' placed in %3 '%4' by location"),
                              {unit.pcode, unit.name, tree.unit(candidate).pcode,
                               tree.unit(candidate).name})});
                    break;
                }
            }
            if (unit.parent == kNoUnit && level != AdminLevel::Region) {
                ++load.orphans;
                load.problems.push_back(
                    {Severity::Error,
                     {},
                     levelWord(level),
                     0,
                     fill(translate("Problem", "%1 '%2' has no parent by code or by location"),
                          {unit.pcode, unit.name})});
            }
        }
    }

    options.progress.report(0.85, translate("Progress", "deriving missing geometries").c_str());
    // Units known only from ancestor fields get the union of their children (one layer holding several
    // levels).
    for (AdminLevel level : {AdminLevel::Cercle, AdminLevel::Region}) {
        for (UnitId id : tree.level(level)) {
            AdminUnit& unit = tree.unit(id);
            if (unit.geometry || unit.children.empty()) {
                continue;
            }
            std::vector<GEOSGeometry*> parts;
            for (UnitId child : unit.children) {
                if (tree.unit(child).geometry) {
                    parts.push_back(GEOSGeom_clone_r(context, tree.unit(child).geometry.get()));
                }
            }
            if (parts.empty()) {
                continue;
            }
            geos::Geometry collection(GEOSGeom_createCollection_r(
                context, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
            unit.geometry = geos::Geometry(GEOSUnaryUnion_r(context, collection.get()));
            if (unit.geometry) {
                unit.bounds = geos::envelope(unit.geometry.get());
            }
        }
    }
    if (!tree.countryGeometry() && !tree.level(AdminLevel::Region).empty()) {
        std::vector<GEOSGeometry*> parts;
        for (UnitId id : tree.level(AdminLevel::Region)) {
            if (tree.unit(id).geometry) {
                parts.push_back(GEOSGeom_clone_r(context, tree.unit(id).geometry.get()));
            }
        }
        if (!parts.empty()) {
            geos::Geometry collection(GEOSGeom_createCollection_r(
                context, GEOS_GEOMETRYCOLLECTION, parts.data(), static_cast<unsigned>(parts.size())));
            tree.setCountryGeometry(geos::Geometry(GEOSUnaryUnion_r(context, collection.get())));
        }
    }
    // GDAL's warnings (the data was read whole, or a failure would have stopped it): shown with the results.
    for (const std::string& message : messages.messages()) {
        load.problems.push_back(
            {Severity::Warning, source, {}, 0, fill(translate("Problem", "GDAL reports: %1"), {message})});
    }
    // A source whose features carry only the country's fields (found by fuzz_boundaries: a commune layer
    // whose code fields were misspelt) has nothing to join a table to.
    if (std::all_of(kMappedLevels.begin(), kMappedLevels.end(),
                    [&](AdminLevel level) { return tree.level(level).empty(); })) {
        throwInputError(source, {}, 0,
                        translate("Problem", "no région, cercle or commune in the boundaries: their features "
                                             "carry no code field of those levels"));
    }
    // Boundaries in which not one unit of the finest level has a polygon cannot place, count or draw
    // anything.
    for (AdminLevel level : {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region}) {
        const auto& units = tree.level(level);
        if (units.empty()) {
            continue;
        }
        if (std::none_of(units.begin(), units.end(),
                         [&](UnitId id) { return bool(tree.unit(id).geometry); })) {
            throwInputError(
                source, levelWord(level), 0,
                fill(translate("Problem", "no unit can be drawn: not one of the %1 units at the %2 "
                                          "level has a usable polygon"),
                     {std::to_string(units.size()), levelWord(level)}));
        }
        break;
    }
    for (AdminLevel level : kMappedLevels) {
        if (tree.level(level).empty()) {
            load.problems.push_back(
                {Severity::Warning, source, levelWord(level), 0,
                 fill(translate("Problem", "no %1 in the boundaries"), {levelWord(level)})});
        }
    }
    options.progress.report(1.0, translate("Progress", "boundaries loaded").c_str());
    return load;
}

} // namespace couverture
