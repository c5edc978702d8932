#include "app/i18n/language.h"

#include "texts/message_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace couverture::app {
namespace {
QTranslator* ownTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
QString current = "en";
} // namespace

QString systemLanguage() {
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QString preferredLanguage() {
    const QString saved = QSettings().value("language").toString();
    return saved == "fr" || saved == "en" ? saved : systemLanguage();
}

void savePreferredLanguage(const QString& language) {
    QSettings().setValue("language", language);
}

bool installLanguage(const QString& language) {
    for (QTranslator** translator : {&ownTranslator, &qtTranslator}) {
        if (*translator != nullptr) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    ownTranslator = new QTranslator;
    const bool loaded = ownTranslator->load(":/i18n/couverture_" + language + ".qm");
    QCoreApplication::installTranslator(ownTranslator);
    qtTranslator = new QTranslator;
    if (qtTranslator->load("qtbase_" + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // The messages of core and analysis (problems, match reasons) follow: those written from now on.
    static_cast<void>(texts::setCoreLanguage(language.toStdString()));
    current = language;
    QLocale::setDefault(QLocale(language == "fr" ? QLocale::French : QLocale::English));
    return loaded;
}

QString installedLanguage() {
    return current;
}

} // namespace couverture::app
