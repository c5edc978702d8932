#include "core/tables/xlsx_check.h"

#include "core/problem.h"
#include "core/texts.h"

#include <algorithm>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cstdlib>
#include <expat.h>
#include <string_view>
#include <vector>

namespace couverture {
namespace {

// "x:c" and "c" alike: the prefix is the producer's choice.
std::string_view localName(const char* name) {
    const std::string_view full(name);
    const auto colon = full.rfind(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

struct PartParser {
    XML_Parser parser = nullptr;
    std::string failure;
    int depth = 0;
    // sharedStrings.xml
    long long strings = 0;
    // a sheet
    long long sharedStrings = -1; // -1: the workbook has no shared strings part
    bool inSharedCell = false, inValue = false;
    std::string cellReference, value;

    void stop(std::string why) {
        if (failure.empty()) {
            failure = std::move(why);
            XML_StopParser(parser, XML_FALSE);
        }
    }
};

extern "C" {
void sharedStart(void* user, const XML_Char* name, const XML_Char**) {
    auto& state = *static_cast<PartParser*>(user);
    if (++state.depth == 2 && localName(name) == "si") {
        ++state.strings;
    }
}
void sharedEnd(void* user, const XML_Char*) {
    --static_cast<PartParser*>(user)->depth;
}
void sheetStart(void* user, const XML_Char* name, const XML_Char** attributes) {
    auto& state = *static_cast<PartParser*>(user);
    const std::string_view local = localName(name);
    if (local == "c") {
        state.inSharedCell = false;
        state.cellReference.clear();
        for (const XML_Char** a = attributes; *a != nullptr; a += 2) {
            if (std::string_view(a[0]) == "t") {
                state.inSharedCell = std::string_view(a[1]) == "s";
            } else if (std::string_view(a[0]) == "r") {
                state.cellReference = a[1];
            }
        }
    } else if (local == "v" && state.inSharedCell) {
        state.inValue = true;
        state.value.clear();
    }
}
void sheetEnd(void* user, const XML_Char* name) {
    auto& state = *static_cast<PartParser*>(user);
    const std::string_view local = localName(name);
    if (local == "v" && state.inValue) {
        state.inValue = false;
        char* end = nullptr;
        const long long index = std::strtoll(state.value.c_str(), &end, 10);
        const bool number = end != state.value.c_str() && *end == '\0';
        if (!number || index < 0 || index >= state.sharedStrings) {
            state.stop(
                fill(translate("Problem", "cell %1 refers to shared text %2, but the workbook holds %3 "
                                          "shared texts: the cell's text is lost"),
                     {state.cellReference.empty() ? std::string("?") : state.cellReference, state.value,
                      std::to_string(std::max(state.sharedStrings, 0LL))}));
        }
    } else if (local == "c") {
        state.inSharedCell = false;
    }
}
void sheetCharacters(void* user, const XML_Char* data, int length) {
    auto& state = *static_cast<PartParser*>(user);
    if (state.inValue && state.value.size() < 64) {
        state.value.append(data, static_cast<std::size_t>(length));
    }
}
// No spreadsheet declares a document type: one that does is made to expand entities or read other files.
void refuseDoctype(void* user, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    static_cast<PartParser*>(user)->stop(
        translate("Problem", "it declares a document type (DOCTYPE, entities), which no spreadsheet writes"));
}
}

struct ExpatParser {
    XML_Parser handle = XML_ParserCreate(nullptr);
    ~ExpatParser() { XML_ParserFree(handle); }
};

struct VsiFile {
    VSILFILE* handle = nullptr;
    ~VsiFile() {
        if (handle != nullptr) {
            VSIFCloseL(handle);
        }
    }
};

// Parses one part of the package with `state`'s handlers; throws for broken XML or what a handler refused.
void parsePart(const std::string& path, const std::string& root, const std::string& part, PartParser& state,
               bool sheet) {
    VsiFile file{VSIFOpenL((root + "/" + part).c_str(), "rb")};
    if (file.handle == nullptr) {
        return; // GDAL says what is missing
    }
    ExpatParser parser;
    state.parser = parser.handle;
    XML_SetUserData(parser.handle, &state);
    if (sheet) {
        XML_SetElementHandler(parser.handle, sheetStart, sheetEnd);
        XML_SetCharacterDataHandler(parser.handle, sheetCharacters);
    } else {
        XML_SetElementHandler(parser.handle, sharedStart, sharedEnd);
    }
    XML_SetStartDoctypeDeclHandler(parser.handle, refuseDoctype);
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const std::size_t got = VSIFReadL(buffer.data(), 1, buffer.size(), file.handle);
        const bool last = got < buffer.size();
        if (XML_Parse(parser.handle, buffer.data(), static_cast<int>(got), last ? 1 : 0) != XML_STATUS_OK) {
            const std::string why = !state.failure.empty()
                                        ? state.failure
                                        : fill(translate("Problem", "its XML is broken (%1 at line %2)"),
                                               {std::string(XML_ErrorString(XML_GetErrorCode(parser.handle))),
                                                std::to_string(XML_GetCurrentLineNumber(parser.handle))});
            throwInputError(path, part, 0,
                            fill(translate("Problem", "the workbook cannot be read whole: %1"), {why}));
        }
        if (last) {
            break;
        }
    }
}

} // namespace

void requireSoundXlsx(const std::string& path) {
    const std::string root = "/vsizip/{" + path + "}";
    char** entries = VSIReadDirRecursive(root.c_str());
    std::vector<std::string> parts;
    for (char** entry = entries; entry != nullptr && *entry != nullptr; ++entry) {
        parts.emplace_back(*entry);
    }
    CSLDestroy(entries);
    if (parts.empty()) {
        return; // not a ZIP package: GDAL says so
    }
    auto lower = [](std::string text) {
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text;
    };
    long long sharedStrings = -1;
    for (const std::string& part : parts) {
        if (lower(part) == "xl/sharedstrings.xml") {
            PartParser state;
            parsePart(path, root, part, state, false);
            sharedStrings = state.strings;
        }
    }
    for (const std::string& part : parts) {
        const std::string name = lower(part);
        if (name.starts_with("xl/worksheets/") && name.ends_with(".xml") &&
            name.find("_rels") == std::string::npos) {
            PartParser state;
            state.sharedStrings = sharedStrings;
            parsePart(path, root, part, state, true);
        }
    }
}

} // namespace couverture
