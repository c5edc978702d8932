#pragma once
// The command line: parses arguments into the options of the library functions and reports their outcome.

#include <iosfwd>
#include <string>
#include <vector>

namespace couverture::cli {

// Exit codes, documented in `couverture --help`.
enum ExitCode : int {
    kOk = 0,
    kUsage = 1,       // unknown command or option, missing argument
    kInputError = 2,  // a file that cannot be read or used (names file, sheet, row, column)
    kOutputError = 3, // an output that cannot be written
    kCancelled = 4,
    kInternalError = 5,
};

int run(int argc, char** argv);
// Same, with explicit streams, for tests.
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace couverture::cli
