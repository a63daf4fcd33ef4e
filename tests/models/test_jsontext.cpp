#include "models/domain/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The booking payload is written by JsonText and read back by everything that reads
// QJsonDocument: the text must be exactly what QJsonDocument would have written.
class TestJsonText : public QObject
{
    Q_OBJECT

private slots:
    void sameTextAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("01012345678");
        QTest::newRow("korean") << QStringLiteral("김민수");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a\"b\\c\"\"\\");
        QTest::newRow("control characters") << QStringLiteral("\b\f\n\r\t") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("del and latin-1") << QStringLiteral("\x7f\u00e9\u00ff");
        QTest::newRow("outside the BMP") << QStringLiteral("\U0001F489 vaccine");
        QTest::newRow("slash") << QStringLiteral("a/b</script>");
    }
    void sameTextAsQJsonDocument()
    {
        QFETCH(QString, value);
        const QString uid = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
        const QString text =
            JsonText::object({{QLatin1String("name"), value},
                              {QLatin1String("bookingId"), uid},
                              {QLatin1String("phone"), value},
                              {QLatin1String("appointment"), QStringLiteral("2026-03-02T09:30")}});
        const QJsonObject object{{QStringLiteral("name"), value},
                                 {QStringLiteral("bookingId"), uid},
                                 {QStringLiteral("phone"), value},
                                 {QStringLiteral("appointment"), QStringLiteral("2026-03-02T09:30")}};
        QCOMPARE(text, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), object);
    }

    // The injection's payload carries surety and override as JSON booleans.
    void flagsAreBareBooleans()
    {
        const QString text = JsonText::object({{QLatin1String("surety"), true},
                                               {QLatin1String("code"), QStringLiteral("AB2CD3EF")},
                                               {QLatin1String("override"), false}});
        const QJsonObject object{{QStringLiteral("surety"), true},
                                 {QStringLiteral("code"), QStringLiteral("AB2CD3EF")},
                                 {QStringLiteral("override"), false}};
        QCOMPARE(text, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), object);
    }

    void keysAreEscapedToo()
    {
        const QString text = JsonText::object({{QLatin1String("a\"b\\c"), QStringLiteral("x")}});
        const QJsonObject object{{QStringLiteral("a\"b\\c"), QStringLiteral("x")}};
        QCOMPARE(text, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

    void emptyObject() { QCOMPARE(JsonText::object({}), QStringLiteral("{}")); }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "test_jsontext.moc"
