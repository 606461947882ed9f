// PreviewTextDecoder: byte order marks, valid UTF-8, and Windows-1252 for everything else.

#include "PreviewTextDecoder.h"

#include <QTest>

using akta::widgets::PreviewTextDecoder;

class TestPreviewTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void byteOrderMarks_data();
    void byteOrderMarks();
    void validUtf8();
    void windows1252();
    void emptyInput();
};

void TestPreviewTextDecoder::byteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("data");
    const QString text = QStringLiteral("Æble på ø €");
    QTest::newRow("utf-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le") << le;
    QTest::newRow("utf-16be") << be;
}

void TestPreviewTextDecoder::byteOrderMarks()
{
    QFETCH(QByteArray, data);
    QCOMPARE(PreviewTextDecoder::decode(data), QStringLiteral("Æble på ø €"));
}

void TestPreviewTextDecoder::validUtf8()
{
    QCOMPARE(PreviewTextDecoder::decode(QStringLiteral("Kære Søren – tak").toUtf8()),
             QStringLiteral("Kære Søren – tak"));
}

void TestPreviewTextDecoder::windows1252()
{
    // "Kære Søren – “tak” 5 €" in Windows-1252, and bytes Windows-1252 leaves undefined.
    const QByteArray data("K\xE6re S\xF8ren \x96 \x93tak\x94 5 \x80 \x81");
    QCOMPARE(PreviewTextDecoder::decode(data), QStringLiteral("Kære Søren – “tak” 5 € \u0081"));
    QCOMPARE(PreviewTextDecoder::fromWindows1252("\xC5\xE5"), QStringLiteral("Åå"));
}

void TestPreviewTextDecoder::emptyInput()
{
    QVERIFY(PreviewTextDecoder::decode({}).isEmpty());
    QVERIFY(PreviewTextDecoder::decode("\xEF\xBB\xBF").isEmpty());
}

QTEST_GUILESS_MAIN(TestPreviewTextDecoder)
#include "tst_previewtextdecoder.moc"
