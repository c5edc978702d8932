#include "core/problem.h"

#include "core/texts.h"

#include <algorithm>

namespace couverture {

std::string describe(const Problem& problem) {
    std::string text = problem.file;
    auto append = [&text](const std::string& part) {
        if (!text.empty()) {
            text += ", ";
        }
        text += part;
    };
    if (!problem.where.empty()) {
        append(problem.where);
    }
    if (problem.row > 0) {
        append(fill(translate("Problem", "row %1"), {std::to_string(problem.row)}));
    }
    if (!text.empty()) {
        text += ": ";
    }
    return text + problem.message;
}

bool hasErrors(const Problems& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

void throwInputError(std::string file, std::string where, std::int64_t row, std::string message) {
    throw InputError{Problem{Severity::Error, std::move(file), std::move(where), row, std::move(message)}};
}

void throwOutputError(const std::string& path, const std::string& message) {
    throw OutputError{Problem{Severity::Error, path, {}, 0, message}};
}

} // namespace couverture
