#pragma once
// The messages of src/core and src/analysis (problems, match reasons, summaries) in French or English
// through Qt Linguist: translations/couverture_core_fr.ts, built into this library under :/i18n and
// installed as core's translator (core/texts.h). English is the language of the sources; its catalogue,
// couverture_core_en.ts, holds only the singular and plural of the messages with a count. The command line
// and the application call this when their language is chosen or switched.

#include <string>

namespace couverture::texts {

// "fr" installs the French catalogue; anything else the English one. Returns false when the French
// catalogue could not be loaded (the messages then stay in English).
bool setCoreLanguage(const std::string& language);

} // namespace couverture::texts
