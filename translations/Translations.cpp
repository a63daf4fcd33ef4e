#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

void Translations::install(QCoreApplication *app, const QLocale &locale)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&ours, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    // Dates and numbers (slips, the injection form, the CSV preview) follow the same choice.
    QLocale::setDefault(locale);
    const bool korean = locale.language() == QLocale::Korean;
    ours = new QTranslator(app);
    if (ours->load(korean ? QStringLiteral(":/i18n/anticorona_ko.qm")
                          : QStringLiteral(":/i18n/anticorona_en.qm")))
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(app);
    if (korean && qt->load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
