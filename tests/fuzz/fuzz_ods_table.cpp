// Activity tables as ODS (our own streaming reader over expat): the first byte chooses what the rest of the
// input is: 0 and 1 content.xml inside a valid package (repeated rows and cells, spans, entities), 2 the
// whole file as it is.
#include "fuzz_support.h"
#include "fuzz_tables.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace couverture::fuzz;

namespace {

const char* const kManifest = R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = scratchPath(".ods");
    if (size == 0) {
        return 0;
    }
    if (data[0] % 3 == 2) {
        writeScratch(path, data + 1, size - 1);
    } else {
        writeZip(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                        {"META-INF/manifest.xml", kManifest},
                        {"content.xml", std::string(reinterpret_cast<const char*>(data + 1), size - 1)}});
    }
    readAndReconcile(path);
    return 0;
}
