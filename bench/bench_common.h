#pragma once
// Small helpers shared by the benchmarks: wall-clock timing, medians, `--name value` arguments, figure lines.
// Figures are printed one per line as name=value so scripts can grep them.

#include "core/problem.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#ifndef COUVERTURE_SHARED_DATA
#define COUVERTURE_SHARED_DATA "../shared/data"
#endif

namespace couverture::bench {

using Clock = std::chrono::steady_clock;

inline double msBetween(Clock::time_point start, Clock::time_point end) {
    return std::chrono::duration<double, std::milli>(end - start).count();
}

inline double msSince(Clock::time_point start) {
    return msBetween(start, Clock::now());
}

// Inside `catch (...)`: says what went wrong on standard error (an input error names its file and row) and
// gives the exit code of a benchmark that could not run.
inline int failed() {
    try {
        throw;
    } catch (const InputError& error) {
        std::fprintf(stderr, "%s\n", describe(error.problem).c_str());
    } catch (const OutputError& error) {
        std::fprintf(stderr, "%s\n", describe(error.problem).c_str());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "error: %s\n", error.what());
    } catch (...) {
        std::fprintf(stderr, "error: unknown failure\n");
    }
    return 2;
}

// Median of the samples (mean of the two middle ones for an even count); 0 for none.
inline double median(std::vector<double> samples) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    if (samples.size() % 2 == 1) {
        return samples[middle];
    }
    return (samples[middle - 1] + samples[middle]) / 2;
}

// The sample below which `fraction` of the samples lie (nearest rank); 0 for none.
inline double percentile(std::vector<double> samples, double fraction) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(fraction * static_cast<double>(samples.size()));
    return samples[std::min(rank, samples.size() - 1)];
}

inline const std::string& sharedData() {
    static const std::string path = COUVERTURE_SHARED_DATA;
    return path;
}

inline std::string defaultBoundaries() {
    return sharedData() + "/boundaries/mli_cod_ab_ocha_itos_2017";
}

inline std::string defaultActivities() {
    return sharedData() + "/3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv";
}

// A tiny `--name value` / `--flag` parser: enough for benchmarks, no dependency.
class Arguments {
public:
    Arguments(int argc, char** argv) : args_(argv + 1, argv + argc) {}

    std::string value(std::string_view name, std::string fallback) const {
        for (std::size_t i = 0; i + 1 < args_.size(); ++i) {
            if (args_[i] == name) {
                return args_[i + 1];
            }
        }
        return fallback;
    }

    int integer(std::string_view name, int fallback) const {
        const std::string text = value(name, {});
        if (text.empty()) {
            return fallback;
        }
        const int parsed = std::atoi(text.c_str());
        return parsed > 0 ? parsed : fallback;
    }

    bool flag(std::string_view name) const {
        return std::find(args_.begin(), args_.end(), name) != args_.end();
    }

private:
    std::vector<std::string> args_;
};

inline void printFigure(const char* name, double value) {
    std::printf("%s=%.1f\n", name, value);
    std::fflush(stdout);
}

inline void printCount(const char* name, long long value) {
    std::printf("%s=%lld\n", name, value);
    std::fflush(stdout);
}

inline void printText(const char* name, const std::string& value) {
    std::printf("%s=%s\n", name, value.c_str());
    std::fflush(stdout);
}

// Single quotes for a POSIX shell.
inline std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'') {
            quoted += "'\\''";
        } else {
            quoted += c;
        }
    }
    return quoted + "'";
}

// Runs a peer (a command printing name=value lines), echoes its lines that start with `prefix` (qgis_*,
// geopandas_*) and returns them by name; empty when it could not start or printed none.
inline std::map<std::string, std::string> runPeer(const std::string& command,
                                                  const std::string& prefix = "qgis_") {
    std::map<std::string, std::string> figures;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return figures;
    }
    char line[1024];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
        std::string text(line);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
            text.pop_back();
        }
        const auto equals = text.find('=');
        if (equals != std::string::npos && text.compare(0, prefix.size(), prefix) == 0) {
            figures[text.substr(0, equals)] = text.substr(equals + 1);
            std::printf("%s\n", text.c_str());
        }
    }
    std::fflush(stdout);
    if (pclose(pipe) != 0) {
        std::fprintf(stderr, "the peer failed: %s\n", command.c_str());
    }
    return figures;
}

// What else the machine was doing: figures taken under load (a build next door) are not comparable.
inline void printMachine() {
    printCount("cpus", static_cast<long long>(std::thread::hardware_concurrency()));
    std::ifstream loadavg("/proc/loadavg");
    std::string oneMinute;
    if (loadavg >> oneMinute) {
        printText("load_average_1m", oneMinute);
    }
}

} // namespace couverture::bench
