#pragma once
// GDAL set-up shared by every reader and writer of core.

#include <cpl_error.h>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

// Registers GDAL's drivers once per process (thread-safe); cheap to call again.
void ensureGdalRegistered();

// An input error unless `path` (a plain path or a GDAL /vsi path) names a regular file: not found, a folder,
// or a FIFO, device or socket, which a read would block on or never finish. `what` names the file's role
// ("file", "alias table").
void requireRegularFile(const std::string& path, std::string_view what);

// The file's extension in lower case, without its dot ("xlsx"); empty when it has none. What the readers choose
// a format by.
std::string lowerExtension(const std::string& path);

// For a CSV file (by its extension: .csv, .tsv, .txt), an input error naming the line when a double quote is
// never closed (GDAL's CSV driver would read every following line into one cell, without a word), the file is
// UTF-16 or binary, or it has no rows. Other files are left to GDAL.
void requireWholeCsv(const std::string& path);

// Collects GDAL's warnings and errors on this thread for as long as it lives, instead of letting GDAL print
// them
// ("ERROR 1: ...") where nobody reads them or drop them: the reader turns failures into an InputError and
// warnings into problems shown with the results. At most 20 distinct messages of each kind are kept. The OCHA
// workbook's sheets end in thousands of formatted empty rows near row 1,048,576 that make the XLSX driver say
// "Too big gap": harmless, dropped.
class GdalMessages {
public:
    GdalMessages();
    ~GdalMessages();
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;

    const std::vector<std::string>& messages() const { return messages_; } // warnings
    const std::vector<std::string>& failures() const { return failures_; } // errors
    std::string last() const { return messages_.empty() ? std::string{} : messages_.back(); }
    // The first failure, else the first warning, else empty.
    std::string first() const;

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum number, const char* message);
    std::vector<std::string> messages_;
    std::vector<std::string> failures_;
};

// An input error naming `path` when GDAL reported a failure, or (with `warningsToo`) anything at all while it
// was read: a table of decisions (aliases, a code key) is used whole or not at all.
void throwOnGdalMessages(const std::string& path, const GdalMessages& messages, bool warningsToo);

} // namespace couverture
