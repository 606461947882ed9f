// A realistic session on an encrypted store, then a byte scan of every file in its folder: a demo
// municipality seeded with akta-cli, documents journaled (a file with document text, an e-mail, a
// journal note), a case created; then no CPR number, name, case title, document title or document text
// may appear in plain in any file (database, WAL, blobs, anything else).

#include "sqlite/Statement.h"
#include "store/LocalStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace akta;

class TestPlaintextScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sessionLeavesNoPlaintext();

private:
    QByteArray cli(const QStringList& args, const QByteArray& input = {});
    QString m_store;
};

QByteArray TestPlaintextScan::cli(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AKTA_EXTRACT_PATH"), QStringLiteral(AKTA_EXTRACT_PATH));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKTA_CLI_PATH), args);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        qWarning() << args << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

void TestPlaintextScan::sessionLeavesNoPlaintext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_store = dir.filePath(QStringLiteral("store"));
    QVERIFY(!cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--store"), m_store,
                  QStringLiteral("--cases"), QStringLiteral("60"), QStringLiteral("--json")})
                 .isEmpty());
    const QByteArray created =
        cli({QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--store"), m_store,
             QStringLiteral("--json"), QStringLiteral("--no-party"), QStringLiteral("--title"),
             QStringLiteral("Underretning om Zebrafinke-familien"), QStringLiteral("--kle"),
             QStringLiteral("00.01.00")});
    const QString caseId = QJsonDocument::fromJson(created).object().value(QStringLiteral("id")).toString();
    QVERIFY(!caseId.isEmpty());
    const QString letter = dir.filePath(QStringLiteral("underretning.txt"));
    {
        QFile file(letter);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "Skolen underretter om barnet Ulrikke Zebrafinke, CPR 070809-1234, der ofte kommer sulten.\n");
    }
    const QString mail = QStringLiteral(AKTA_SOURCE_DIR "/tests/data/email/latin1-qp.eml");
    QVERIFY(!cli({QStringLiteral("doc"), QStringLiteral("add"), QStringLiteral("--store"), m_store,
                  QStringLiteral("--case"), caseId, QStringLiteral("--json"), letter, mail})
                 .isEmpty());
    QVERIFY(
        !cli({QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--store"), m_store,
              QStringLiteral("--case"), caseId, QStringLiteral("--title"),
              QStringLiteral("Telefonnotat om Zebrafinke"), QStringLiteral("--json"), QStringLiteral("-")},
             "Moderen ringede og fortalte om Kvaesthuset-aftalen.")
             .isEmpty());

    // What must not be readable: collected from the store itself, through the key.
    QSet<QByteArray> secrets{"Zebrafinke", "070809-1234", "0708091234", "Kvaesthuset-aftalen"};
    {
        store::LocalStore store(m_store);
        const auto collect = [&](const QString& sql, int minimumLength) {
            auto query = store.database().prepare(sql);
            while (query.step()) {
                const QString value = query.columnText(0).trimmed();
                if (value.size() >= minimumLength) {
                    secrets.insert(value.toUtf8());
                }
            }
        };
        collect(QStringLiteral("SELECT identifier FROM parties"), 8);
        collect(QStringLiteral("SELECT name FROM parties"), 8);
        collect(QStringLiteral("SELECT cpr FROM register_persons"), 8);
        collect(QStringLiteral("SELECT title FROM cases"), 12);
        collect(QStringLiteral("SELECT title FROM documents"), 12);
        // A distinctive stretch of every extracted text (its words, not the shared letterhead).
        auto texts = store.database().prepare(
            QStringLiteral("SELECT extracted_text FROM document_versions WHERE text_status = 'ok'"));
        int withText = 0;
        while (texts.step()) {
            const QString text = texts.columnText(0).simplified();
            if (text.size() >= 80) {
                secrets.insert(text.mid(text.size() / 2, 40).toUtf8());
                ++withText;
            }
        }
        QVERIFY2(withText > 5, "the session journaled too little text to scan for");
    }
    QVERIFY(secrets.size() > 100);

    static const QRegularExpression cprShape(QStringLiteral("(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])"));
    int files = 0;
    QDirIterator it(m_store, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The seed's register file stands for the municipality's CPR source, not part of the store: the
        // scan must find the register's CPR numbers there, which shows that it finds what it looks for.
        if (it.fileName() == QLatin1String("register.jsonl")) {
            QFile plain(path);
            QVERIFY(plain.open(QIODevice::ReadOnly));
            const QByteArray bytes = plain.readAll();
            QVERIFY(cprShape.match(QString::fromLatin1(bytes)).hasMatch());
            int found = 0;
            for (const QByteArray& secret : std::as_const(secrets)) {
                found += bytes.contains(secret) ? 1 : 0;
            }
            QVERIFY(found > 50);
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray& secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(secret)));
        }
        const QRegularExpressionMatch cpr = cprShape.match(QString::fromLatin1(bytes));
        QVERIFY2(!cpr.hasMatch(), qPrintable(path + QStringLiteral(": ") + cpr.captured()));
    }
    QVERIFY(files > 50); // the database and the blobs
}

QTEST_GUILESS_MAIN(TestPlaintextScan)
#include "tst_plaintextscan.moc"
