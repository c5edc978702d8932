#pragma once
// Classing a figure for a choropleth: quantiles, equal intervals, natural breaks (Jenks) or manual breaks.
//
// Breaks are the class bounds b0 <= b1 < b2 < ... < bk for k classes: class 0 is [b0, b1], class i > 0 is
// (b_i, b_{i+1}]. b0 is the smallest value classed and bk the largest; b1 == b0 makes class 0 the minimum
// alone. Fewer classes than asked come back when the values do not support them (3 distinct values cannot
// make 5 classes); no class is ever empty by construction of the bounds.

#include <string_view>
#include <vector>

namespace couverture::render {

enum class ClassMethod { Quantiles, EqualInterval, NaturalBreaks, Manual };
std::string_view classMethodKey(ClassMethod method);               // "quantiles", "equal", "jenks", "manual"
bool parseClassMethod(std::string_view text, ClassMethod& method); // also "equal_interval", "natural_breaks"

// values: the figures to class (unsorted; NaN not allowed). classes >= 1.
// manualBreaks (ClassMethod::Manual only): the inner bounds, ascending, e.g. {2, 5, 10} for
// [min,2], (2,5], (5,10], (10,max]; bounds outside [min, max] are dropped.
// Empty result for no values.
std::vector<double> classBreaks(std::vector<double> values, ClassMethod method, int classes,
                                const std::vector<double>& manualBreaks = {});

// Quantiles by nearest rank: b_i = the ceil(i*n/k)-th smallest value, so that each class holds about n/k
// values and a bound is always a value of the data.
std::vector<double> quantileBreaks(std::vector<double> sortedValues, int classes);
std::vector<double> equalIntervalBreaks(double min, double max, int classes);
// Fisher–Jenks optimal natural breaks (minimum total within-class squared deviation), exact, O(k n²);
// bounds are the largest value of each class.
std::vector<double> naturalBreaks(const std::vector<double>& sortedValues, int classes);

// Index of the class holding `value` (0 .. breaks.size()-2), -1 when outside [b0, bk] or no classes.
int classOf(double value, const std::vector<double>& breaks);

} // namespace couverture::render
