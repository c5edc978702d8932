#pragma once
// The command line's messages in the user's language. Each text is written in English in the code, through
// translate("Cli", "...") so that Qt Linguist finds it (translations/couverture_cli_fr.ts and _en.ts, built
// into the program); the French catalogue is used when the locale says French (LC_ALL, then LC_MESSAGES, then
// LANG, as gettext reads them), English otherwise. The catalogue is read by a QTranslator of its own: no
// QCoreApplication is needed, and maps still create their QGuiApplication when they need one.
//
// What src/core and src/analysis write (problems with their file, sheet, column and row; match reasons; the
// match and coverage summaries) follows the same language: choosing the catalogue here installs core's
// translator too (texts/message_language.h).

#include "core/texts.h"

#include <initializer_list>
#include <string>

namespace couverture::cli {

// "fr" or "en", from the environment.
std::string environmentLanguage();

// The catalogue of `language` ("fr" or "en") from here on; the first translate() loads
// environmentLanguage()'s.
void setMessageLanguage(const std::string& language);
std::string messageLanguage();

// The text in the message language. `n` >= 0: the plural form for n, with %n replaced by it.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1);

// %1 ... %9 replaced by `values`, in one pass: core's, shared with core and analysis.
using couverture::fill;

} // namespace couverture::cli
