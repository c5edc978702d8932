#include "core/code_scheme.h"
#include "core/texts.h"

#include "core/gdal_support.h"
#include "core/text_fold.h"

#include <algorithm>
#include <cpl_error.h>
#include <cstdlib>
#include <filesystem>
#include <gdal.h>
#include <ogr_api.h>
#include <unordered_set>

namespace couverture {
namespace {

constexpr std::array<Role, 3> kCodeRoles{Role::Adm1Code, Role::Adm2Code, Role::Adm3Code};
constexpr std::array<Role, 3> kNameRoles{Role::Adm1Name, Role::Adm2Name, Role::Adm3Name};

// "admin2Name_fr" -> "admin2Name": the COD tables suffix their name columns with the language.
std::string withoutLanguageSuffix(std::string header) {
    for (const char* suffix : {"_fr", "_en", "_FR", "_EN"}) {
        if (header.size() > 3 && header.compare(header.size() - 3, 3, suffix) == 0) {
            return header.substr(0, header.size() - 3);
        }
    }
    return header;
}

bool isPopulationHeader(const std::string& header) {
    const std::string key = withoutSpaces(foldText(header));
    return key == "population" || key == "ttl" || key == "totalpopulation" || key == "poptotal" ||
           key == "populationtotale";
}

struct CodedColumns {
    std::array<int, 3> code{-1, -1, -1}, name{-1, -1, -1};
    int population = -1;
};

// Columns by HXL tag when the table has an HXL row, else by header.
CodedColumns findColumns(const std::vector<std::string>& headers, const std::vector<std::string>& tags) {
    CodedColumns columns;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        const auto column = static_cast<int>(i);
        const std::string words = foldText(withoutLanguageSuffix(headers[i]));
        std::optional<Role> role;
        const auto hxl = i < tags.size() ? parseHxl(tags[i]) : std::nullopt;
        if (hxl) {
            if (hxl->hashtag == "population" && columns.population < 0) {
                columns.population = column;
                continue;
            }
            role = roleFromHxl(*hxl, words).role;
        } else if (isPopulationHeader(headers[i]) && columns.population < 0) {
            columns.population = column;
            continue;
        } else {
            role = roleFromHeader(words).role;
        }
        for (std::size_t level = 0; level < 3; ++level) {
            if (role == kCodeRoles[level] && columns.code[level] < 0) {
                columns.code[level] = column;
            }
            if (role == kNameRoles[level] && columns.name[level] < 0) {
                columns.name[level] = column;
            }
        }
    }
    return columns;
}

std::optional<double> parsePopulation(const std::string& text) {
    if (text.empty()) {
        return std::nullopt;
    }
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    return end != nullptr && *end == '\0' && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

} // namespace

std::string_view confidenceKey(SchemeConfidence confidence) {
    switch (confidence) {
    case SchemeConfidence::High:
        return "high";
    case SchemeConfidence::Medium:
        return "medium";
    case SchemeConfidence::None:
        break;
    }
    return "none";
}

std::vector<std::string> repairedCodes(const std::string& code) {
    std::vector<std::string> repaired;
    std::string text = code;
    if (text.rfind("MLI", 0) == 0) {
        text = "ML" + text.substr(3);
        repaired.push_back(text);
    }
    text.erase(
        std::remove_if(text.begin(), text.end(), [](char c) { return c == '-' || c == '_' || c == '.'; }),
        text.end());
    if (text.rfind("ML", 0) == 0 && text.size() % 2 == 1) {
        repaired.push_back("ML0" + text.substr(2));
    }
    if (text != code && (repaired.empty() || repaired.back() != text)) {
        repaired.push_back(text);
    }
    return repaired;
}

std::vector<CodedRow> readCodedRows(const std::string& path, bool requireNames) {
    ensureGdalRegistered();
    requireRegularFile(path, translate("Problem", "file"));
    requireWholeCsv(path);
    const GdalMessages messages; // a code key is used whole or not at all
    const char* openOptions[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr};
    GDALDatasetH dataset =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr);
    if (dataset == nullptr || GDALDatasetGetLayerCount(dataset) == 0) {
        if (dataset != nullptr) {
            GDALClose(dataset);
        }
        const std::string reason = messages.first();
        throwInputError(path, {}, 0,
                        reason.empty()
                            ? translate("Problem", "GDAL cannot read this table")
                            : fill(translate("Problem", "GDAL cannot read this table (GDAL: %1)"), {reason}));
    }
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    std::vector<std::string> headers;
    for (int i = 0; i < fieldCount; ++i) {
        headers.emplace_back(trim(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))));
    }
    std::vector<std::vector<std::string>> cells;
    OGRFeatureH feature = nullptr;
    while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        std::vector<std::string> line(static_cast<std::size_t>(fieldCount));
        for (int i = 0; i < fieldCount; ++i) {
            line[static_cast<std::size_t>(i)] = std::string(trim(OGR_F_GetFieldAsString(feature, i)));
        }
        OGR_F_Destroy(feature);
        cells.push_back(std::move(line));
    }
    GDALClose(dataset);
    throwOnGdalMessages(path, messages, requireNames);
    // An HXL row: most of its non-empty cells are hashtags.
    std::vector<std::string> tags;
    if (!cells.empty()) {
        const auto& first = cells.front();
        const auto filled =
            std::count_if(first.begin(), first.end(), [](const auto& c) { return !c.empty(); });
        const auto hashtags =
            std::count_if(first.begin(), first.end(), [](const auto& c) { return parseHxl(c).has_value(); });
        if (filled > 0 && 2 * hashtags >= filled) {
            tags = first;
            cells.erase(cells.begin());
        }
    }
    const CodedColumns columns = findColumns(headers, tags);
    if (std::all_of(columns.code.begin(), columns.code.end(), [](int c) { return c < 0; })) {
        throwInputError(path, {}, 0,
                        translate("Problem", "no P-code column (admin1Pcode, #adm2+code ...) in this table"));
    }
    if (requireNames && std::all_of(columns.name.begin(), columns.name.end(), [](int c) { return c < 0; })) {
        throwInputError(
            path, {}, 0,
            translate("Problem", "a code key needs names beside its codes (admin2Name, #adm2+name ...), and "
                                 "this table has none"));
    }
    if (requireNames && cells.empty()) {
        throwInputError(path, {}, 0, translate("Problem", "a code key with no rows below its header"));
    }
    std::vector<CodedRow> rows;
    rows.reserve(cells.size());
    for (const auto& line : cells) {
        CodedRow row;
        for (std::size_t level = 0; level < 3; ++level) {
            if (columns.code[level] >= 0) {
                row.codes[level] = line[static_cast<std::size_t>(columns.code[level])];
            }
            if (columns.name[level] >= 0) {
                row.names[level] = line[static_cast<std::size_t>(columns.name[level])];
            }
        }
        if (columns.population >= 0) {
            row.population = parsePopulation(line[static_cast<std::size_t>(columns.population)]);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::unordered_map<std::string, double> populationByDeepestCode(const std::vector<CodedRow>& rows) {
    std::unordered_map<std::string, double> populations;
    for (const CodedRow& row : rows) {
        for (std::size_t i = 3; i-- > 0;) {
            const std::string code = cleanCode(row.codes[i]);
            if (code.empty()) {
                continue;
            }
            if (row.population) {
                auto [at, inserted] = populations.try_emplace(code, *row.population);
                at->second = inserted ? at->second : std::max(at->second, *row.population);
            }
            break;
        }
    }
    return populations;
}

CodeKey readCodeKey(const std::string& path) {
    return {std::filesystem::path(path).filename().string(), readCodedRows(path, true)};
}

CodeKey codeKeyFromRows(std::string source, const std::vector<const ActivityRow*>& rows) {
    // A key gives each code the first name it comes with (indexKey), so only the rows that bring a code
    // not seen before count: the others are left out. Cells are shared texts, so a raw code already taken
    // is known by its address; a million-row table's 107,000 places give a few thousand key rows.
    CodeKey key{std::move(source), {}};
    std::array<std::unordered_set<const std::string*>, 3> rawTaken;
    std::array<std::unordered_set<std::string>, 3> taken;
    for (const ActivityRow* row : rows) {
        bool bringsCode = false;
        for (std::size_t level = 0; level < 3; ++level) {
            const std::string& raw = row->cell(kCodeRoles[level]);
            if (raw.empty() || isPlaceholder(row->cell(kNameRoles[level])) ||
                !rawTaken[level].insert(&raw).second) {
                continue;
            }
            if (std::string code = cleanCode(raw); !code.empty()) {
                bringsCode = taken[level].insert(std::move(code)).second || bringsCode;
            }
        }
        if (!bringsCode) {
            continue;
        }
        CodedRow coded;
        for (std::size_t level = 0; level < 3; ++level) {
            coded.codes[level] = row->cell(kCodeRoles[level]);
            coded.names[level] = row->cell(kNameRoles[level]);
        }
        key.rows.push_back(std::move(coded));
    }
    return key;
}

} // namespace couverture
