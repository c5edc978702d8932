#include "texts/message_language.h"

#include "core/texts.h"

#include <QString>
#include <QTranslator>
#include <mutex>

namespace couverture::texts {
namespace {

// One catalogue per language, loaded on first use. English's holds only the plural forms of messages with
// a count; every other English text is its source.
struct Catalogue {
    QTranslator translator;
    bool loaded = false;
};

Catalogue& catalogue(const std::string& language) {
    static Catalogue french, english;
    static std::once_flag frenchOnce, englishOnce;
    Catalogue& chosen = language == "fr" ? french : english;
    std::call_once(language == "fr" ? frenchOnce : englishOnce, [&chosen, &language] {
        // Built from translations/couverture_core_<language>.ts (src/texts/CMakeLists.txt).
        chosen.loaded = chosen.translator.load(QStringLiteral(":/i18n/couverture_core_") +
                                               QString::fromStdString(language == "fr" ? "fr" : "en"));
    });
    return chosen;
}

std::string textIn(Catalogue& chosen, const char* context, const char* source, int count) {
    return chosen.translator.translate(context, source, nullptr, count).toStdString();
}

std::string frenchText(const char* context, const char* source, int count) {
    return textIn(catalogue("fr"), context, source, count);
}

std::string englishText(const char* context, const char* source, int count) {
    return textIn(catalogue("en"), context, source, count);
}

} // namespace

bool setCoreLanguage(const std::string& language) {
    const bool french = language == "fr";
    if (!catalogue(french ? "fr" : "en").loaded) {
        setTranslator(nullptr);
        return !french; // English without its catalogue: the sources, only plurals read "1 rows"
    }
    setTranslator(french ? &frenchText : &englishText);
    return true;
}

} // namespace couverture::texts
