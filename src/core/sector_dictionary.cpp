#include "core/sector_dictionary.h"

#include "core/install_paths.h"
#include "core/problem.h"
#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace couverture {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> fields;
    std::stringstream stream(text);
    for (std::string field; std::getline(stream, field, separator);) {
        fields.push_back(field);
    }
    return fields;
}

} // namespace

std::string standardSectorsPath() {
    return dataDirectory() + "/sectors.csv";
}

SectorDictionary SectorDictionary::load(const std::string& path) {
    std::ifstream file(path);
    if (!file) {
        throwInputError(path, {}, 0, translate("Problem", "cannot read the sector dictionary"));
    }
    SectorDictionary dictionary;
    std::vector<std::string> header;
    std::string line;
    int row = 0;
    while (std::getline(file, line)) {
        ++row;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::vector<std::string> fields = split(line, ',');
        if (header.empty()) {
            header = fields;
            for (const char* column : {"key", "fr", "en", "aliases"}) {
                if (std::find(header.begin(), header.end(), column) == header.end()) {
                    throwInputError(path, column, 1,
                                    fill(translate("Problem", "the sector dictionary needs the column %1"),
                                         {std::string(column)}));
                }
            }
            continue;
        }
        auto value = [&](const char* column) {
            const auto at =
                static_cast<std::size_t>(std::find(header.begin(), header.end(), column) - header.begin());
            return at < fields.size() ? fields[at] : std::string();
        };
        SectorEntry entry{value("key"), value("fr"), value("en"), split(value("aliases"), '|')};
        if (entry.key.empty() || entry.fr.empty() || entry.en.empty()) {
            throwInputError(path, "key", row,
                            translate("Problem", "a sector needs a key, a French and an English name"));
        }
        dictionary.entries_.push_back(std::move(entry));
    }
    return dictionary;
}

const SectorDictionary& SectorDictionary::standard() {
    static const SectorDictionary dictionary = [] {
        const std::string path = standardSectorsPath();
        return std::ifstream(path) ? load(path) : SectorDictionary{};
    }();
    return dictionary;
}

const SectorEntry* SectorDictionary::find(std::string_view text) const {
    const std::string folded = foldText(text);
    for (const SectorEntry& entry : entries_) {
        if (foldText(entry.fr) == folded || foldText(entry.en) == folded || foldText(entry.key) == folded) {
            return &entry;
        }
        for (const std::string& alias : entry.aliases) {
            if (foldText(alias) == folded) {
                return &entry;
            }
        }
    }
    return nullptr;
}

std::string SectorDictionary::display(std::string_view text, const std::string& language) const {
    const SectorEntry* entry = find(text);
    if (entry == nullptr) {
        return std::string(text);
    }
    return language == "en" ? entry->en : entry->fr;
}

} // namespace couverture
