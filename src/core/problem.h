#pragma once
// Problems travel with results: a load, join or export returns what it made and what went wrong, row by row.

#include <cstdint>
#include <string>
#include <vector>

namespace couverture {

enum class Severity { Info, Warning, Error };

struct Problem {
    Severity severity = Severity::Warning;
    std::string file;     // path of the input the problem is in, empty when not about a file
    std::string where;    // sheet, layer or column, when it helps to find the problem
    std::int64_t row = 0; // 1-based data row (or feature) number, 0 when not about a row
    std::string message;  // English, complete sentence
};

using Problems = std::vector<Problem>;

// "file, sheet S, row N: message" — the form every error shown to a user takes.
std::string describe(const Problem& problem);

bool hasErrors(const Problems& problems);

// Thrown for input that cannot be used at all (missing file, unknown sheet, no place column...).
// Carries the same fields as a Problem so the CLI can print it the same way.
struct InputError {
    Problem problem;
    const char* what() const noexcept { return problem.message.c_str(); }
};

// Thrown when an output cannot be written (folder missing, disk full, driver failure).
struct OutputError {
    Problem problem;
    const char* what() const noexcept { return problem.message.c_str(); }
};

[[noreturn]] void throwInputError(std::string file, std::string where, std::int64_t row, std::string message);
[[noreturn]] void throwOutputError(const std::string& path, const std::string& message);

// Progress reporting shared by the CLI, the GUI and the tests, in the manner of GDALProgressFunc:
// fraction in [0,1], a short message; return false to cancel.
using ProgressCallback = bool (*)(double fraction, const char* message, void* userData);

struct Progress {
    ProgressCallback callback = nullptr;
    void* userData = nullptr;
    // Returns false when the caller asked to cancel.
    bool report(double fraction, const char* message) const {
        return callback == nullptr || callback(fraction, message, userData);
    }
};

struct Cancelled {};

} // namespace couverture
