#include "core/table_writer.h"

#include "core/gdal_support.h"
#include "core/problem.h"

#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cstdio>
#include <fstream>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace couverture {

std::string temporaryPathFor(const std::string& path) {
    const std::filesystem::path target(path);
    // Same folder (so rename is atomic), same extension (so GDAL picks the right driver).
    std::string name = ".";
    name.append(target.stem().string()).append(".partial").append(target.extension().string());
    return (target.parent_path() / name).string();
}

void throwOutputError(const std::string& path, const std::string& message) {
    throw OutputError{Problem{Severity::Error, path, {}, 0, message}};
}

std::string formatNumber(double value) {
    if (std::isnan(value)) {
        return {};
    }
    char text[64];
    if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
        std::snprintf(text, sizeof text, "%.0f", value);
    } else {
        std::snprintf(text, sizeof text, "%.4f", value);
        std::string trimmed = text;
        while (!trimmed.empty() && trimmed.back() == '0') {
            trimmed.pop_back();
        }
        return trimmed;
    }
    return text;
}

namespace {

void appendCsvCell(std::string& line, const std::string& cell) {
    if (cell.find_first_of(",\"\n\r") == std::string::npos) {
        line += cell;
        return;
    }
    line += '"';
    for (char c : cell) {
        if (c == '"') {
            line += '"';
        }
        line += c;
    }
    line += '"';
}

void appendCsvLine(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        appendCsvCell(out, cells[i]);
    }
    out += "\r\n";
}

struct GdalDataset {
    GDALDatasetH handle = nullptr;
    ~GdalDataset() {
        if (handle != nullptr) {
            GDALClose(handle);
        }
    }
};

OGRFieldType fieldType(OutputColumn::Type type) {
    switch (type) {
    case OutputColumn::Type::Integer:
        return OFTInteger64;
    case OutputColumn::Type::Real:
        return OFTReal;
    case OutputColumn::Type::Text:
        return OFTString;
    }
    return OFTString;
}

void writeWithGdal(const char* driverName, const std::vector<const OutputTable*>& tables,
                   const std::string& path, bool withGeometry) {
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (driver == nullptr) {
        throwOutputError(path, std::string("GDAL has no ") + driverName + " driver");
    }
    writeAtomically(path, [&](const std::string& temporary) {
        CPLErrorReset();
        GdalDataset dataset{GDALCreate(driver, temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr)};
        if (dataset.handle == nullptr) {
            throwOutputError(path, std::string("cannot create: ") + CPLGetLastErrorMsg());
        }
        OGRSpatialReferenceH wgs84 = nullptr;
        if (withGeometry) {
            wgs84 = OSRNewSpatialReference(nullptr);
            OSRImportFromEPSG(wgs84, 4326);
            OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
        }
        for (const OutputTable* table : tables) {
            const char* layerOptions[] = {"SPATIAL_INDEX=YES", nullptr};
            OGRLayerH layer = GDALDatasetCreateLayer(
                dataset.handle, table->name.c_str(), wgs84, withGeometry ? wkbMultiPolygon : wkbNone,
                withGeometry ? const_cast<char**>(layerOptions) : nullptr);
            if (layer == nullptr) {
                throwOutputError(path,
                                 "cannot create the layer " + table->name + ": " + CPLGetLastErrorMsg());
            }
            for (const auto& column : table->columns) {
                OGRFieldDefnH definition = OGR_Fld_Create(column.name.c_str(), fieldType(column.type));
                OGR_L_CreateField(layer, definition, TRUE);
                OGR_Fld_Destroy(definition);
            }
            GDALDatasetStartTransaction(dataset.handle, FALSE);
            OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
            std::vector<unsigned char> wkb;
            for (std::size_t r = 0; r < table->rows.size(); ++r) {
                OGRFeatureH feature = OGR_F_Create(definition);
                const auto& row = table->rows[r];
                for (std::size_t c = 0; c < table->columns.size() && c < row.size(); ++c) {
                    if (row[c].empty()) {
                        continue;
                    }
                    const int index = static_cast<int>(c);
                    switch (table->columns[c].type) {
                    case OutputColumn::Type::Integer:
                        OGR_F_SetFieldInteger64(feature, index, std::stoll(row[c]));
                        break;
                    case OutputColumn::Type::Real:
                        OGR_F_SetFieldDouble(feature, index, std::stod(row[c]));
                        break;
                    case OutputColumn::Type::Text:
                        OGR_F_SetFieldString(feature, index, row[c].c_str());
                        break;
                    }
                }
                if (withGeometry && r < table->geometries.size() && table->geometries[r] != nullptr) {
                    std::size_t size = 0;
                    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(geos::context());
                    unsigned char* bytes =
                        GEOSWKBWriter_write_r(geos::context(), writer, table->geometries[r], &size);
                    GEOSWKBWriter_destroy_r(geos::context(), writer);
                    OGRGeometryH geometry = nullptr;
                    OGR_G_CreateFromWkb(bytes, nullptr, &geometry, static_cast<int>(size));
                    GEOSFree_r(geos::context(), bytes);
                    if (geometry != nullptr) {
                        OGR_F_SetGeometryDirectly(feature, OGR_G_ForceToMultiPolygon(geometry));
                    }
                }
                if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE) {
                    OGR_F_Destroy(feature);
                    throwOutputError(path, "cannot write row " + std::to_string(r + 1) + " of " +
                                               table->name + ": " + CPLGetLastErrorMsg());
                }
                OGR_F_Destroy(feature);
            }
            GDALDatasetCommitTransaction(dataset.handle);
        }
        if (wgs84 != nullptr) {
            OSRDestroySpatialReference(wgs84);
        }
        GDALClose(dataset.handle);
        dataset.handle = nullptr;
        if (CPLGetLastErrorType() >= CE_Failure) {
            throwOutputError(path, CPLGetLastErrorMsg());
        }
    });
}

} // namespace

void writeCsv(const OutputTable& table, const std::string& path) {
    std::string out;
    std::vector<std::string> header, hxl;
    bool anyHxl = false;
    for (const auto& column : table.columns) {
        header.push_back(column.name);
        hxl.push_back(column.hxl);
        anyHxl = anyHxl || !column.hxl.empty();
    }
    appendCsvLine(out, header);
    if (anyHxl) {
        appendCsvLine(out, hxl);
    }
    for (const auto& row : table.rows) {
        appendCsvLine(out, row);
    }
    writeAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        file.write(out.data(), static_cast<std::streamsize>(out.size()));
        if (!file) {
            throwOutputError(path, "cannot write the file (disk full or no permission?)");
        }
    });
}

void writeXlsx(const std::vector<const OutputTable*>& tables, const std::string& path) {
    ensureGdalRegistered();
    writeWithGdal("XLSX", tables, path, false);
}

void writeGeoPackage(const std::vector<const OutputTable*>& tables, const std::string& path) {
    ensureGdalRegistered();
    writeWithGdal("GPKG", tables, path, true);
}

} // namespace couverture
