// Activity tables as XLSX. Random bytes seldom make a zip whose parts inflate, so the first byte chooses
// which part the rest of the input is, inside an otherwise valid workbook: 0 the sheet, 1 the shared strings,
// 2 the workbook (sheet names, hidden sheets), 3 the whole file as it is.
#include "fuzz_support.h"
#include "fuzz_tables.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace couverture::fuzz;

namespace {

const char* const kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)";

const char* const kRootRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

const char* const kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";

const char* const kWorkbook = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="5W" sheetId="1" r:id="rId1"/></sheets></workbook>)";

const char* const kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="12" uniqueCount="12"><si><t>admin1Name_fr</t></si><si><t>admin2Name_fr</t></si><si><t>admin3Name_fr</t></si><si><t>Organisation</t></si><si><t>Secteur</t></si><si><t>Personnes atteintes</t></si><si><t>Kayes</t></si><si><t>Kita</t></si><si><t>Mopti</t></si><si><t>Djenné</t></si><si><t>ONG Sahel</t></si><si><t>Protection</t></si></sst>)";

const char* const kSheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row><row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" t="s"><v>7</v></c><c r="D2" t="s"><v>10</v></c><c r="E2" t="s"><v>11</v></c><c r="F2"><v>1250</v></c></row><row r="3"><c r="A3" t="s"><v>8</v></c><c r="B3" t="s"><v>8</v></c><c r="C3" t="s"><v>9</v></c><c r="D3" t="inlineStr"><is><t>=HYPERLINK("x")</t></is></c><c r="E3" t="s"><v>11</v></c><c r="F3"><v>-4</v></c></row></sheetData></worksheet>)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = scratchPath(".xlsx");
    if (size == 0) {
        return 0;
    }
    const int mode = data[0] % 4;
    if (mode == 3) {
        writeScratch(path, data + 1, size - 1);
    } else {
        const std::string part(reinterpret_cast<const char*>(data + 1), size - 1);
        writeZip(path, {{"[Content_Types].xml", kContentTypes},
                        {"_rels/.rels", kRootRels},
                        {"xl/workbook.xml", mode == 2 ? part : kWorkbook},
                        {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                        {"xl/worksheets/sheet1.xml", mode == 0 ? part : kSheet},
                        {"xl/sharedStrings.xml", mode == 1 ? part : kSharedStrings}});
    }
    readAndReconcile(path);
    return 0;
}
