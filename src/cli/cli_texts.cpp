#include "cli/cli_texts.h"

#include "texts/message_language.h"

#include <QString>
#include <QTranslator>
#include <cstdlib>
#include <mutex>
#include <string_view>

namespace couverture::cli {
namespace {

struct Catalogue {
    QTranslator translator;
    std::string language;
    bool set = false;
};

Catalogue& catalogue() {
    static Catalogue instance;
    return instance;
}

std::mutex& catalogueMutex() {
    static std::mutex mutex;
    return mutex;
}

void load(Catalogue& current, const std::string& language) {
    current.language = language == "fr" ? "fr" : "en";
    // Built from translations/couverture_cli_*.ts into the program (src/cli/CMakeLists.txt).
    static_cast<void>(
        current.translator.load(QString::fromStdString(":/i18n/couverture_cli_" + current.language)));
    static_cast<void>(texts::setCoreLanguage(current.language));
    current.set = true;
}

} // namespace

std::string environmentLanguage() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        if (const char* value = std::getenv(name); value != nullptr && *value != 0) {
            return std::string_view(value).substr(0, 2) == "fr" ? "fr" : "en";
        }
    }
    return "en";
}

void setMessageLanguage(const std::string& language) {
    std::lock_guard lock(catalogueMutex());
    load(catalogue(), language);
}

std::string messageLanguage() {
    std::lock_guard lock(catalogueMutex());
    Catalogue& current = catalogue();
    if (!current.set) {
        load(current, environmentLanguage());
    }
    return current.language;
}

std::string translate(const char* context, const char* source, const char* disambiguation, int n) {
    std::lock_guard lock(catalogueMutex());
    Catalogue& current = catalogue();
    if (!current.set) {
        load(current, environmentLanguage());
    }
    QString text = current.translator.translate(context, source, disambiguation, n);
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (n >= 0) {
        text.replace(QStringLiteral("%n"), QString::number(n));
    }
    return text.toStdString();
}

} // namespace couverture::cli
