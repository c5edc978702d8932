#pragma once
// The messages of src/core and src/analysis (problems, match reasons, summaries) in French or English
// through Qt Linguist: translations/couverture_core_fr.ts, built into this library under :/i18n and
// installed as core's translator (core/texts.h). English is the language of the sources, so English
// installs no translator at all. The command line and the application call this when their language is
// chosen or switched.

#include <string>

namespace couverture::texts {

// "fr" installs the French catalogue; anything else English. Returns false when the catalogue could not be
// loaded (the messages then stay in English).
bool setCoreLanguage(const std::string& language);

} // namespace couverture::texts
