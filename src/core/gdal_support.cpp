#include "core/gdal_support.h"

#include "core/problem.h"
#include "core/tables/csv_records.h"
#include "core/texts.h"

#include <algorithm>
#include <cctype>
#include <cpl_vsi.h>
#include <cstring>
#include <gdal.h>
#include <mutex>

namespace couverture {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void requireRegularFile(const std::string& path, std::string_view what) {
    VSIStatBufL stat{};
    if (VSIStatL(path.c_str(), &stat) != 0) {
        throwInputError(path, {}, 0, fill(translate("Problem", "%1 not found"), {std::string(what)}));
    }
    if (VSI_ISDIR(stat.st_mode)) {
        throwInputError(path, {}, 0, translate("Problem", "this is a folder, expected a file (CSV, XLSX or ODS)"));
    }
    if (!VSI_ISREG(stat.st_mode)) {
        throwInputError(path, {}, 0,
                        translate("Problem", "not a regular file (a named pipe, device or socket): give a file "
                                             "saved on disk"));
    }
}

std::string lowerExtension(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return {};
    }
    std::string extension = path.substr(dot + 1);
    for (auto& c : extension) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return extension;
}

void requireWholeCsv(const std::string& path) {
    const std::string extension = lowerExtension(path);
    if (extension != "csv" && extension != "tsv" && extension != "txt") {
        return;
    }
    CsvRecords records(path);
    std::vector<std::string_view> cells;
    std::int64_t line = 0, index = 0;
    while (records.next(cells, line, index)) {
    }
}

GdalMessages::GdalMessages() {
    CPLPushErrorHandlerEx(&GdalMessages::handler, this);
}

GdalMessages::~GdalMessages() {
    CPLPopErrorHandler();
}

std::string GdalMessages::first() const {
    return !failures_.empty() ? failures_.front() : messages_.empty() ? std::string{} : messages_.front();
}

void CPL_STDCALL GdalMessages::handler(CPLErr level, CPLErrorNum, const char* message) {
    auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
    if (self == nullptr || message == nullptr || level < CE_Warning) {
        return;
    }
    if (std::strstr(message, "Too big gap") != nullptr) {
        return;
    }
    auto& list = level >= CE_Failure ? self->failures_ : self->messages_;
    if (list.size() < 20 && std::find(list.begin(), list.end(), message) == list.end()) {
        list.emplace_back(message);
    }
}

void throwOnGdalMessages(const std::string& path, const GdalMessages& messages, bool warningsToo) {
    if (!messages.failures().empty() || (warningsToo && !messages.messages().empty())) {
        throwInputError(
            path, {}, 0,
            fill(translate("Problem", "the file cannot be read whole (GDAL: %1)"), {messages.first()}));
    }
}

} // namespace couverture
