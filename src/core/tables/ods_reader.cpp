#include "core/tables/ods_reader.h"
#include "core/texts.h"

#include "core/problem.h"

#include <algorithm>
#include <cpl_vsi.h>
#include <cstring>
#include <expat.h>
#include <memory>
#include <string_view>

namespace couverture {
namespace {

// Expat reports namespaced names as "URI|local": prefixes are the producer's choice, URIs are the standard's.
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0|";
constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0|";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0|";

// A sheet is at most 16,384 columns wide in LibreOffice; a cell repeated further is formatting, not data.
constexpr std::int64_t kMaxColumns = 16384;
// And at most 1,048,576 rows long: a row with content repeated past it is not a table anyone saved.
constexpr std::int64_t kMaxRows = 1048576;

bool isName(const char* name, std::string_view space, std::string_view local) {
    const std::string_view full(name);
    return full.size() == space.size() + local.size() && full.starts_with(space) && full.ends_with(local);
}

const char* attribute(const char** attributes, std::string_view space, std::string_view local) {
    for (const char** a = attributes; *a != nullptr; a += 2) {
        if (isName(a[0], space, local)) {
            return a[1];
        }
    }
    return nullptr;
}

std::int64_t repeatCount(const char** attributes, std::string_view local) {
    const char* text = attribute(attributes, kTable, local);
    if (text == nullptr) {
        return 1;
    }
    const long long value = std::atoll(text);
    return value < 1 ? 1 : value;
}

struct OdsParser {
    XML_Parser parser = nullptr;
    std::string failure; // why the parse was stopped: the content cannot be read whole
    std::function<bool(const std::string&)> load;
    std::vector<SpreadsheetSheet> sheets;
    int tableDepth = 0; // nested tables (inside cells) are not sheets
    bool loading = false;
    std::int64_t nextRow = 1;
    std::int64_t rowRepeat = 1;
    bool inRow = false;
    std::vector<std::string> rowCells;
    std::int64_t pendingEmptyCells = 0;
    std::int64_t cellRepeatAsWritten = 1;

    void stop(std::string why) {
        if (failure.empty()) {
            failure = std::move(why);
            XML_StopParser(parser, XML_FALSE);
        }
    }

    bool inCell = false;
    std::int64_t cellRepeat = 1;
    bool valueFromAttribute = false;
    std::string cellValue;
    int paragraphs = 0;
    int textDepth = 0;       // inside text:p / text:h
    int annotationDepth = 0; // cell comments are not the cell's value

    void startTable(const char** attributes) {
        ++tableDepth;
        if (tableDepth > 1) {
            return;
        }
        SpreadsheetSheet next;
        if (const char* name = attribute(attributes, kTable, "name")) {
            next.name = name;
        }
        loading = !load || load(next.name);
        sheets.push_back(std::move(next));
        nextRow = 1;
    }

    void startRow(const char** attributes) {
        inRow = true;
        rowRepeat = repeatCount(attributes, "number-rows-repeated");
        rowCells.clear();
        pendingEmptyCells = 0;
    }

    void endRow() {
        inRow = false;
        if (rowCells.empty() || sheets.empty()) {
            nextRow += rowRepeat; // empty rows, however many are repeated, are only counted
            return;
        }
        if (rowRepeat > 1 && nextRow + rowRepeat - 1 > kMaxRows) {
            stop(fill(translate("Problem", "row %1 is repeated %2 times, past the last row a sheet can have "
                                           "(1,048,576)"),
                      {std::to_string(nextRow), std::to_string(rowRepeat)}));
            return;
        }
        SpreadsheetSheet& current = sheets.back();
        current.nonEmptyRows += rowRepeat;
        if (loading) {
            current.columns = std::max(current.columns, rowCells.size());
            for (std::int64_t r = 0; r < rowRepeat; ++r) {
                current.rows.push_back({nextRow + r, rowCells});
            }
        }
        nextRow += rowRepeat;
    }

    void startCell(const char** attributes) {
        inCell = true;
        cellRepeatAsWritten = repeatCount(attributes, "number-columns-repeated");
        cellRepeat = std::min(cellRepeatAsWritten, kMaxColumns);
        cellValue.clear();
        paragraphs = 0;
        valueFromAttribute = false;
        const char* type = attribute(attributes, kOffice, "value-type");
        const std::string_view valueType = type == nullptr ? std::string_view{} : std::string_view(type);
        const char* value = nullptr;
        if (valueType == "float" || valueType == "percentage" || valueType == "currency") {
            value = attribute(attributes, kOffice, "value");
        } else if (valueType == "date") {
            value = attribute(attributes, kOffice, "date-value");
        } else if (valueType == "time") {
            value = attribute(attributes, kOffice, "time-value");
        } else if (valueType == "boolean") {
            value = attribute(attributes, kOffice, "boolean-value");
        } else if (valueType == "string") {
            value = attribute(attributes, kOffice, "string-value");
        }
        if (value != nullptr) {
            cellValue = value;
            valueFromAttribute = true;
        }
    }

    void endCell() {
        inCell = false;
        if (!loading) {
            // Only whether the row has content matters for the count.
            if (!cellValue.empty() && rowCells.empty()) {
                rowCells.emplace_back("x");
            }
            return;
        }
        if (cellValue.empty()) {
            pendingEmptyCells = std::min(pendingEmptyCells + cellRepeatAsWritten, 2 * kMaxColumns);
            return;
        }
        // A value past the last column a sheet can have would be lost: the workbook is not read at all.
        const auto width =
            static_cast<std::int64_t>(rowCells.size()) + pendingEmptyCells + cellRepeatAsWritten;
        if (width > kMaxColumns) {
            stop(fill(translate("Problem", "row %1 has a value past column 16,384, the last a sheet can have "
                                           "(a cell repeated %2 times)"),
                      {std::to_string(nextRow), std::to_string(cellRepeatAsWritten)}));
            return;
        }
        rowCells.resize(rowCells.size() + static_cast<std::size_t>(pendingEmptyCells));
        pendingEmptyCells = 0;
        for (std::int64_t c = 0; c < cellRepeat; ++c) {
            rowCells.push_back(cellValue);
        }
    }

    void start(const char* name, const char** attributes) {
        if (annotationDepth > 0) {
            ++annotationDepth;
            return;
        }
        if (isName(name, kTable, "table")) {
            startTable(attributes);
        } else if (tableDepth != 1) {
            return;
        } else if (isName(name, kTable, "table-row")) {
            startRow(attributes);
        } else if (inRow && !inCell &&
                   (isName(name, kTable, "table-cell") || isName(name, kTable, "covered-table-cell"))) {
            startCell(attributes);
        } else if (inCell && isName(name, kOffice, "annotation")) {
            annotationDepth = 1;
        } else if (inCell && !valueFromAttribute) {
            textElementStart(name, attributes);
        }
    }

    void textElementStart(const char* name, const char** attributes) {
        if (isName(name, kText, "p") || isName(name, kText, "h")) {
            if (textDepth == 0 && paragraphs++ > 0) {
                cellValue += '\n';
            }
            ++textDepth;
        } else if (textDepth > 0 && isName(name, kText, "s")) {
            const char* count = attribute(attributes, kText, "c");
            const long long spaces = count == nullptr ? 1 : std::max(1LL, std::atoll(count));
            cellValue.append(static_cast<std::size_t>(std::min(spaces, 1000LL)), ' ');
        } else if (textDepth > 0 && isName(name, kText, "tab")) {
            cellValue += '\t';
        } else if (textDepth > 0 && isName(name, kText, "line-break")) {
            cellValue += '\n';
        }
    }

    void end(const char* name) {
        if (annotationDepth > 0) {
            --annotationDepth;
            return;
        }
        if (isName(name, kTable, "table")) {
            --tableDepth;
        } else if (tableDepth != 1) {
            return;
        } else if (isName(name, kTable, "table-row") && inRow) {
            endRow();
        } else if (inCell &&
                   (isName(name, kTable, "table-cell") || isName(name, kTable, "covered-table-cell"))) {
            endCell();
        } else if (inCell && textDepth > 0 && (isName(name, kText, "p") || isName(name, kText, "h"))) {
            --textDepth;
        }
    }

    void characters(const char* data, int length) {
        if (inCell && textDepth > 0 && annotationDepth == 0 && !valueFromAttribute && tableDepth == 1) {
            cellValue.append(data, static_cast<std::size_t>(length));
        }
    }
};

extern "C" {
void odsStart(void* user, const XML_Char* name, const XML_Char** attributes) {
    static_cast<OdsParser*>(user)->start(name, attributes);
}
void odsEnd(void* user, const XML_Char* name) {
    static_cast<OdsParser*>(user)->end(name);
}
void odsCharacters(void* user, const XML_Char* data, int length) {
    static_cast<OdsParser*>(user)->characters(data, length);
}
// A spreadsheet never declares a document type: one that does is made to expand entities (billion laughs) or
// to read other files (external entities).
void odsDoctype(void* user, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    static_cast<OdsParser*>(user)->stop(
        translate("Problem", "content.xml declares a document type (DOCTYPE, entities), which no spreadsheet "
                             "writes"));
}
}

struct VsiFile {
    VSILFILE* handle = nullptr;
    ~VsiFile() {
        if (handle != nullptr) {
            VSIFCloseL(handle);
        }
    }
};

struct ExpatParser {
    XML_Parser handle = XML_ParserCreateNS(nullptr, '|');
    ~ExpatParser() { XML_ParserFree(handle); }
};

} // namespace

std::vector<SpreadsheetSheet> readOdsSheets(const std::string& path,
                                            const std::function<bool(const std::string&)>& load) {
    VsiFile content{VSIFOpenL(("/vsizip/{" + path + "}/content.xml").c_str(), "rb")};
    if (content.handle == nullptr) {
        throwInputError(path, {}, 0,
                        translate("Problem", "not an OpenDocument spreadsheet: the file has no content.xml"));
    }
    OdsParser state;
    state.load = load;
    ExpatParser parser;
    state.parser = parser.handle;
    XML_SetUserData(parser.handle, &state);
    XML_SetElementHandler(parser.handle, odsStart, odsEnd);
    XML_SetCharacterDataHandler(parser.handle, odsCharacters);
    XML_SetStartDoctypeDeclHandler(parser.handle, odsDoctype);
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const std::size_t got = VSIFReadL(buffer.data(), 1, buffer.size(), content.handle);
        const bool last = got < buffer.size();
        if (XML_Parse(parser.handle, buffer.data(), static_cast<int>(got), last ? 1 : 0) != XML_STATUS_OK) {
            const std::string sheet =
                state.sheets.empty() ? std::string{}
                                     : fill(translate("Problem", "sheet %1"), {state.sheets.back().name});
            if (!state.failure.empty()) {
                throwInputError(
                    path, sheet, 0,
                    fill(translate("Problem", "the workbook cannot be read whole: %1"), {state.failure}));
            }
            throwInputError(path, sheet, state.nextRow,
                            fill(translate("Problem", "the workbook cannot be read whole: its XML is broken (%1 "
                                                      "at line %2 of content.xml)"),
                                 {std::string(XML_ErrorString(XML_GetErrorCode(parser.handle))),
                                  std::to_string(XML_GetCurrentLineNumber(parser.handle))}));
        }
        if (last) {
            break;
        }
    }
    return state.sheets;
}

} // namespace couverture
