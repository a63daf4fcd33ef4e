#pragma once

#include <QLocale>

class QCoreApplication;

// Installs the Anticorona and Qt translators for `locale` (Korean or English;
// anything else falls back to English). Safe to call again to switch language.
class Translations final
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale::system());
};
