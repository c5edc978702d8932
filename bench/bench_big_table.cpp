// A table of 1.5 million rows, as coordination offices keep them: the December 2023 3W repeated 63 times
// (202 MB), generated into a temporary folder (never committed). Runs `couverture match` and `couverture
// coverage` on it as a user would (process start-up included, every output written) and on the 24,088-row 3W,
// and prints wall time and peak memory (the child's maximum resident set) of each.

#include "bench_common.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#ifndef COUVERTURE_CLI
#define COUVERTURE_CLI "couverture"
#endif

namespace fs = std::filesystem;
using namespace couverture;

namespace {

struct Run {
    double seconds = 0;
    double peakMb = 0;
    int status = -1;
};

// Runs the command line in a child process; its peak memory comes from wait4's resource usage.
Run runCommand(const std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (const auto& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    const auto start = bench::Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        std::freopen("/dev/null", "w", stdout);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    rusage usage{};
    int status = 0;
    while (wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = bench::msSince(start) / 1000.0;
    run.peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The 3W's header and HXL rows once, then its data rows `copies` times.
void writeRepeated(const std::string& source, const std::string& target, int copies) {
    std::FILE* in = std::fopen(source.c_str(), "rb");
    if (in == nullptr) {
        throw std::runtime_error("cannot read " + source);
    }
    std::string bytes;
    char buffer[1 << 16];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, in)) > 0;) {
        bytes.append(buffer, got);
    }
    std::fclose(in);
    std::size_t bodyStart = 0;
    for (int line = 0; line < 2; ++line) {
        bodyStart = bytes.find('\n', bodyStart) + 1;
    }
    std::FILE* out = std::fopen(target.c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), out);
    if (!bytes.empty() && bytes.back() != '\n') {
        std::fputc('\n', out);
    }
    for (int copy = 1; copy < copies; ++copy) {
        std::fwrite(bytes.data() + bodyStart, 1, bytes.size() - bodyStart, out);
    }
    std::fclose(out);
}

void report(const char* name, const Run& run) {
    if (run.status != 0) {
        std::fprintf(stderr, "%s: couverture exited with %d\n", name, run.status);
    }
    bench::printFigure((std::string(name) + "_s").c_str(), run.seconds);
    bench::printFigure((std::string(name) + "_peak_mb").c_str(), run.peakMb);
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf(
            "usage: bench_big_table [--boundaries PATH] [--activities FILE] [--copies 63] [--couverture "
            "PATH] [--keep]\n");
        return 0;
    }
    const std::string cli = args.value("--couverture", COUVERTURE_CLI);
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const int copies = args.integer("--copies", 63);
    const fs::path folder = fs::temp_directory_path() / ("couverture_bench_big_" + std::to_string(getpid()));
    try {
        fs::create_directories(folder);
        const std::string big = (folder / "3w_x63.csv").string();
        writeRepeated(activities, big, copies);
        bench::printCount("big_table_bytes", static_cast<long long>(fs::file_size(big)));
        const auto command = [&](const char* what, const std::string& table, const char* out) {
            return runCommand({cli, what, "--boundaries", boundaries, "--activities", table, "--out",
                               (folder / out).string(), "--quiet"});
        };
        report("match_3w", command("match", activities, "match_3w"));
        report("coverage_3w", command("coverage", activities, "coverage_3w"));
        report("match_big", command("match", big, "match_big"));
        report("coverage_big", command("coverage", big, "coverage_big"));
        if (!args.flag("--keep")) {
            fs::remove_all(folder);
        }
    } catch (...) {
        fs::remove_all(folder);
        return bench::failed();
    }
    bench::printMachine();
    return 0;
}
