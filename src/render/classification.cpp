#include "render/classification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace couverture::render {
namespace {

// Drops repeated bounds, except that b1 may equal b0: class 0 is then [b0, b0], the minimum alone (tied
// counts such as "1 organisation" in most communes), and (b0, b2] the next class.
std::vector<double> withoutRepeats(const std::vector<double>& breaks) {
    std::vector<double> kept;
    for (double bound : breaks) {
        if (kept.size() < 2 || bound > kept.back()) {
            kept.push_back(bound);
        }
    }
    if (kept.size() == 2 && breaks.size() > 2 && kept[0] == kept[1] && breaks.back() > kept[1]) {
        kept.push_back(breaks.back());
    }
    return kept;
}

} // namespace

std::string_view classMethodKey(ClassMethod method) {
    switch (method) {
    case ClassMethod::Quantiles:
        return "quantiles";
    case ClassMethod::EqualInterval:
        return "equal";
    case ClassMethod::NaturalBreaks:
        return "jenks";
    case ClassMethod::Manual:
        return "manual";
    }
    return "quantiles";
}

bool parseClassMethod(std::string_view text, ClassMethod& method) {
    if (text == "quantiles" || text == "quantile") {
        method = ClassMethod::Quantiles;
    } else if (text == "equal" || text == "equal_interval" || text == "equal-interval") {
        method = ClassMethod::EqualInterval;
    } else if (text == "jenks" || text == "natural_breaks" || text == "natural-breaks") {
        method = ClassMethod::NaturalBreaks;
    } else if (text == "manual") {
        method = ClassMethod::Manual;
    } else {
        return false;
    }
    return true;
}

std::vector<double> quantileBreaks(std::vector<double> sortedValues, int classes) {
    const std::size_t n = sortedValues.size();
    if (n == 0 || classes < 1) {
        return {};
    }
    std::vector<double> breaks{sortedValues.front()};
    for (int i = 1; i < classes; ++i) {
        const auto rank = static_cast<std::size_t>(
            std::ceil(static_cast<double>(i) * static_cast<double>(n) / static_cast<double>(classes)));
        breaks.push_back(sortedValues[std::clamp<std::size_t>(rank, 1, n) - 1]);
    }
    breaks.push_back(sortedValues.back());
    return withoutRepeats(std::move(breaks));
}

std::vector<double> equalIntervalBreaks(double min, double max, int classes) {
    if (classes < 1) {
        return {};
    }
    std::vector<double> breaks{min};
    for (int i = 1; i < classes; ++i) {
        breaks.push_back(min + (max - min) * static_cast<double>(i) / static_cast<double>(classes));
    }
    breaks.push_back(max);
    return withoutRepeats(std::move(breaks));
}

std::vector<double> naturalBreaks(const std::vector<double>& sortedValues, int classes) {
    const std::size_t n = sortedValues.size();
    if (n == 0 || classes < 1) {
        return {};
    }
    std::vector<double> distinct = sortedValues;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto k =
        static_cast<std::size_t>(std::min<std::size_t>(static_cast<std::size_t>(classes), distinct.size()));
    if (k <= 1) {
        return withoutRepeats({sortedValues.front(), sortedValues.back()});
    }
    // Prefix sums for the squared deviation of any run sortedValues[i..j] in O(1).
    std::vector<double> sum(n + 1, 0.0), squares(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        sum[i + 1] = sum[i] + sortedValues[i];
        squares[i + 1] = squares[i] + sortedValues[i] * sortedValues[i];
    }
    auto deviation = [&](std::size_t first, std::size_t last) { // inclusive, first <= last
        const double count = static_cast<double>(last - first + 1);
        const double s = sum[last + 1] - sum[first];
        return squares[last + 1] - squares[first] - s * s / count;
    };
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    // cost[c][j]: best total deviation of the first j+1 values in c+1 classes; start[c][j]: first index of
    // the last class in that best split.
    std::vector<std::vector<double>> cost(k, std::vector<double>(n, kInfinity));
    std::vector<std::vector<std::size_t>> start(k, std::vector<std::size_t>(n, 0));
    for (std::size_t j = 0; j < n; ++j) {
        cost[0][j] = deviation(0, j);
    }
    for (std::size_t c = 1; c < k; ++c) {
        for (std::size_t j = c; j < n; ++j) {
            for (std::size_t i = c; i <= j; ++i) {
                // A class may not start in a run of equal values: ties stay in one class.
                if (sortedValues[i] == sortedValues[i - 1]) {
                    continue;
                }
                const double candidate = cost[c - 1][i - 1] + deviation(i, j);
                if (candidate < cost[c][j]) {
                    cost[c][j] = candidate;
                    start[c][j] = i;
                }
            }
        }
    }
    std::vector<double> breaks(k + 1);
    breaks[k] = sortedValues.back();
    breaks[0] = sortedValues.front();
    std::size_t last = n - 1;
    for (std::size_t c = k - 1; c >= 1; --c) {
        const std::size_t first = start[c][last];
        breaks[c] = sortedValues[first - 1];
        last = first - 1;
    }
    return withoutRepeats(std::move(breaks));
}

std::vector<double> classBreaks(std::vector<double> values, ClassMethod method, int classes,
                                const std::vector<double>& manualBreaks) {
    if (values.empty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const double min = values.front();
    const double max = values.back();
    switch (method) {
    case ClassMethod::Quantiles:
        return quantileBreaks(std::move(values), classes);
    case ClassMethod::EqualInterval:
        return equalIntervalBreaks(min, max, classes);
    case ClassMethod::NaturalBreaks:
        return naturalBreaks(values, classes);
    case ClassMethod::Manual: {
        std::vector<double> breaks{min};
        std::vector<double> inner = manualBreaks;
        std::sort(inner.begin(), inner.end());
        for (double bound : inner) {
            if (bound > min && bound < max) {
                breaks.push_back(bound);
            }
        }
        breaks.push_back(max);
        return withoutRepeats(std::move(breaks));
    }
    }
    return {};
}

int classOf(double value, const std::vector<double>& breaks) {
    if (breaks.size() < 2 || std::isnan(value) || value < breaks.front() || value > breaks.back()) {
        return -1;
    }
    // First bound >= value: class (b_{i-1}, b_i]; the minimum itself belongs to class 0.
    const auto at = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
    return static_cast<int>(at - breaks.begin()) - 1;
}

} // namespace couverture::render
