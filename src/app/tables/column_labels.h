#pragma once
// What the result tables show in the window: a short heading in the user's language for each stable column
// key, and words for the cells whose values are codes (levels, match methods, need bases, yes/no ...).
// The files keep the keys and codes (docs/coverage_columns.md, docs/analysis.md); only the screen and
// what Copy puts on the clipboard use these texts. Unknown keys and values are shown as they are.

#include <QString>
#include <string>

namespace couverture::app {

// The heading of column `key` ("rows_at_this_level" -> "Rows at this level"), or the key itself.
QString columnLabel(const std::string& key);
// The header's tooltip: the key as exported files write it.
QString columnToolTip(const std::string& key);
// Whether the column's values are codes that valueLabel puts in words.
bool hasValueLabels(const std::string& columnKey);
// The value in words ("level", "region" -> "region" / "région"), or the value itself.
QString valueLabel(const std::string& columnKey, const std::string& value);

} // namespace couverture::app
