#include "texts/message_language.h"

#include "core/texts.h"

#include <QString>
#include <QTranslator>
#include <mutex>

namespace couverture::texts {
namespace {

QTranslator& french() {
    static QTranslator translator;
    return translator;
}

bool frenchLoaded() {
    static std::once_flag once;
    static bool loaded = false;
    std::call_once(once, [] {
        // Built from translations/couverture_core_fr.ts (src/texts/CMakeLists.txt).
        loaded = french().load(QStringLiteral(":/i18n/couverture_core_fr"));
    });
    return loaded;
}

std::string frenchText(const char* context, const char* source) {
    return french().translate(context, source).toStdString();
}

} // namespace

bool setCoreLanguage(const std::string& language) {
    if (language != "fr") {
        setTranslator(nullptr);
        return true;
    }
    if (!frenchLoaded()) {
        setTranslator(nullptr);
        return false;
    }
    setTranslator(&frenchText);
    return true;
}

} // namespace couverture::texts
