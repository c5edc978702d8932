#pragma once
// One dictionary of sector names (data/sectors.csv): the French and English name of each sector and the
// spellings tables use for it ("Santé", "Sante", "Health" ...), so that maps and tables print a sector the
// same way in the page's language whatever the table wrote.

#include <string>
#include <string_view>
#include <vector>

namespace couverture {

struct SectorEntry {
    std::string key; // stable: "health", "food_security" ...
    std::string fr, en;
    std::vector<std::string> aliases; // any case, accents or not
};

class SectorDictionary {
public:
    // Reads a CSV with columns key, fr, en, aliases ('|' between spellings). Throws InputError (file, column,
    // row) for a missing column or a file that cannot be read.
    static SectorDictionary load(const std::string& path);
    // data/sectors.csv of the project ($COUVERTURE_DATA_DIR overrides the folder); an empty dictionary when
    // the file is missing.
    static const SectorDictionary& standard();

    // The entry whose name or alias folds to `text`'s fold; nullptr when none.
    const SectorEntry* find(std::string_view text) const;
    // `text` in `language` ("fr", "en"); the text as it is when the dictionary does not know it.
    std::string display(std::string_view text, const std::string& language) const;
    const std::vector<SectorEntry>& entries() const { return entries_; }

private:
    std::vector<SectorEntry> entries_;
};

std::string standardSectorsPath();

} // namespace couverture
