#pragma once
// What the command-line tests share: running a command with captured streams, and paths into the shared data.

#include "cli/cli.h"
#include "cli/cli_texts.h"

#include <sstream>
#include <string>
#include <vector>

namespace couverture::test {

struct CliOutcome {
    int code;
    std::string out, err;
};

// In English unless `language` says otherwise: the tests read the messages, whatever the machine's locale.
inline CliOutcome runCli(const std::vector<std::string>& arguments, const std::string& language = "en") {
    cli::setMessageLanguage(language);
    std::ostringstream out, err;
    const int code = cli::run(arguments, out, err);
    return {code, out.str(), err.str()};
}

inline std::string sharedPath(const std::string& relative) {
    return std::string(COUVERTURE_SHARED_DATA) + "/" + relative;
}

} // namespace couverture::test
