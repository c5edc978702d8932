#pragma once
// The user interface language: French or English, from the system locale unless the user chose one (kept in
// the settings). Translations are Qt Linguist files (translations/*.ts) built into the program.

#include <QString>

namespace couverture::app {

QString systemLanguage();    // "fr" for a French locale, else "en"
QString preferredLanguage(); // the saved choice, else systemLanguage()
void savePreferredLanguage(const QString& language);
// Replaces the installed translators (Couverture's and Qt's own dialogs') by those of `language`.
// Returns false when Couverture's translation could not be loaded.
bool installLanguage(const QString& language);
QString installedLanguage();

} // namespace couverture::app
