#include "render/classification.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <limits>
#include <random>

using namespace couverture::render;

namespace {

// Sum of squared deviations from the class means for classes split at the given class ends.
double totalDeviation(const std::vector<double>& sorted, const std::vector<std::size_t>& ends) {
    double total = 0;
    std::size_t first = 0;
    for (std::size_t end : ends) {
        double mean = 0;
        for (std::size_t i = first; i <= end; ++i) {
            mean += sorted[i];
        }
        mean /= static_cast<double>(end - first + 1);
        for (std::size_t i = first; i <= end; ++i) {
            total += (sorted[i] - mean) * (sorted[i] - mean);
        }
        first = end + 1;
    }
    return total;
}

// Brute force: the best split of `sorted` into k classes, never splitting a run of equal values.
double bestDeviation(const std::vector<double>& sorted, int k) {
    double best = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> ends;
    std::function<void(std::size_t, int)> search = [&](std::size_t first, int left) {
        if (left == 1) {
            ends.push_back(sorted.size() - 1);
            best = std::min(best, totalDeviation(sorted, ends));
            ends.pop_back();
            return;
        }
        for (std::size_t end = first; end + static_cast<std::size_t>(left) <= sorted.size(); ++end) {
            if (sorted[end] == sorted[end + 1]) {
                continue;
            }
            ends.push_back(end);
            search(end + 1, left - 1);
            ends.pop_back();
        }
    };
    search(0, k);
    return best;
}

double deviationOfBreaks(const std::vector<double>& sorted, const std::vector<double>& breaks) {
    std::vector<std::size_t> ends;
    for (std::size_t c = 1; c < breaks.size(); ++c) {
        std::size_t end = 0;
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (sorted[i] <= breaks[c]) {
                end = i;
            }
        }
        ends.push_back(end);
    }
    return totalDeviation(sorted, ends);
}

} // namespace

TEST_CASE("quantiles put about n/k values in each class, bounds are data values", "[classification]") {
    const std::vector<double> values{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    const auto breaks = classBreaks(values, ClassMethod::Quantiles, 5);
    CHECK(breaks == std::vector<double>{1, 2, 4, 6, 8, 10});
    std::vector<int> counts(5, 0);
    for (double value : values) {
        ++counts[static_cast<std::size_t>(classOf(value, breaks))];
    }
    CHECK(counts == std::vector<int>{2, 2, 2, 2, 2});
}

TEST_CASE("quantiles on tied counts give fewer classes, never repeated bounds", "[classification]") {
    // Typical organisation counts: many 1s.
    const std::vector<double> values{1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8};
    const auto breaks = classBreaks(values, ClassMethod::Quantiles, 5);
    CHECK(breaks == std::vector<double>{1, 1, 2, 3, 8}); // [1,1], (1,2], (2,3], (3,8]
    CHECK(classOf(1, breaks) == 0);
    CHECK(classOf(2, breaks) == 1);
    CHECK(classOf(3, breaks) == 2);
    CHECK(classOf(5, breaks) == 3);
    CHECK(classOf(8, breaks) == 3);
}

TEST_CASE("equal intervals split the range evenly", "[classification]") {
    const auto breaks = classBreaks({0, 3, 100, 7}, ClassMethod::EqualInterval, 4);
    CHECK(breaks == std::vector<double>{0, 25, 50, 75, 100});
    CHECK(classOf(25, breaks) == 0); // upper bounds belong to the lower class
    CHECK(classOf(25.5, breaks) == 1);
    CHECK(classOf(100, breaks) == 3);
    CHECK(classOf(101, breaks) == -1);
    CHECK(classOf(-1, breaks) == -1);
}

TEST_CASE("natural breaks find the obvious groups", "[classification]") {
    CHECK(classBreaks({1, 2, 3, 10, 11, 12, 20, 21, 22}, ClassMethod::NaturalBreaks, 3) ==
          std::vector<double>{1, 3, 12, 22});
    CHECK(classBreaks({4, 4, 4, 9, 9, 30}, ClassMethod::NaturalBreaks, 3) ==
          std::vector<double>{4, 4, 9, 30});
    // Fewer distinct values than classes: one class per value.
    CHECK(classBreaks({2, 2, 5}, ClassMethod::NaturalBreaks, 5) == std::vector<double>{2, 2, 5});
}

TEST_CASE("natural breaks are optimal (checked by brute force)", "[classification]") {
    std::mt19937 random(2024);
    for (int trial = 0; trial < 30; ++trial) {
        std::vector<double> values;
        const int n = 6 + static_cast<int>(random() % 9);
        for (int i = 0; i < n; ++i) {
            values.push_back(static_cast<double>(random() % 40));
        }
        std::sort(values.begin(), values.end());
        for (int k = 2; k <= 4; ++k) {
            std::vector<double> unique = values;
            unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
            if (static_cast<int>(unique.size()) < k) {
                continue;
            }
            const auto breaks = naturalBreaks(values, k);
            REQUIRE(breaks.size() == static_cast<std::size_t>(k + 1));
            CHECK(deviationOfBreaks(values, breaks) == Approx(bestDeviation(values, k)).margin(1e-9));
        }
    }
}

TEST_CASE("manual breaks are inner bounds closed by the data's range", "[classification]") {
    const auto breaks = classBreaks({1, 4, 6, 30}, ClassMethod::Manual, 0, {2, 5, 10, 50});
    CHECK(breaks == std::vector<double>{1, 2, 5, 10, 30}); // 50 is beyond the data
    CHECK(classOf(5, breaks) == 1);
    CHECK(classOf(6, breaks) == 2);
}

TEST_CASE("edge cases: no values, one value", "[classification]") {
    CHECK(classBreaks({}, ClassMethod::Quantiles, 5).empty());
    const auto one = classBreaks({7, 7, 7}, ClassMethod::Quantiles, 5);
    CHECK(one == std::vector<double>{7, 7});
    CHECK(classOf(7, one) == 0);
}

TEST_CASE("method names parse both ways", "[classification]") {
    for (ClassMethod method : {ClassMethod::Quantiles, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks,
                               ClassMethod::Manual}) {
        ClassMethod parsed = ClassMethod::Quantiles;
        REQUIRE(parseClassMethod(classMethodKey(method), parsed));
        CHECK(parsed == method);
    }
    ClassMethod parsed = ClassMethod::Quantiles;
    CHECK(parseClassMethod("natural_breaks", parsed));
    CHECK(parsed == ClassMethod::NaturalBreaks);
    CHECK_FALSE(parseClassMethod("kmeans", parsed));
}
