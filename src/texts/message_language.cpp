#include "texts/message_language.h"

#include "core/texts.h"

#include <QString>
#include <QTranslator>

namespace couverture::texts {
namespace {

// One catalogue per language, loaded on first use (a static's thread-safe initialisation). English's holds
// only the plural forms of messages with a count; every other English text is its source.
struct Catalogue {
    explicit Catalogue(const char* language) {
        // Built from translations/couverture_core_<language>.ts (src/texts/CMakeLists.txt).
        loaded = translator.load(QStringLiteral(":/i18n/couverture_core_") + QLatin1String(language));
    }
    QTranslator translator;
    bool loaded = false;
};

Catalogue& french() {
    static Catalogue catalogue("fr");
    return catalogue;
}

Catalogue& english() {
    static Catalogue catalogue("en");
    return catalogue;
}

std::string frenchText(const char* context, const char* source, int count) {
    return french().translator.translate(context, source, nullptr, count).toStdString();
}

std::string englishText(const char* context, const char* source, int count) {
    return english().translator.translate(context, source, nullptr, count).toStdString();
}

} // namespace

bool setCoreLanguage(const std::string& language) {
    const bool inFrench = language == "fr";
    if (!(inFrench ? french() : english()).loaded) {
        setTranslator(nullptr);
        return !inFrench; // English without its catalogue: the sources, only plurals read "1 rows"
    }
    setTranslator(inFrench ? &frenchText : &englishText);
    return true;
}

} // namespace couverture::texts
