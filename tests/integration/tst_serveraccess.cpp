// The access matrix against a real akta-server (SQLite, and PostgreSQL when AKTA_TEST_PG_URL names a
// cluster): ten users in every role, one case in each access class with a document, a version, a blob
// and a party, a read grant (kigge-adgang) and a write grant; every user × case × endpoint ×
// operation has an expected allow or deny, and nothing leaks through the changes feed, search, blobs
// or person look-ups. Then: losing access arrives as `revoked`, grants are given with `akta-server
// grant add`, each read of a personnel document leaves an audit entry, and an audit row edited in the
// database itself is found by `akta-server audit verify`.

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <map>
#include <memory>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject pushBody(const QString& entity, const QString& id, qint64 baseRev, const QJsonObject& fields)
{
    return {{QStringLiteral("operations"), QJsonArray{QJsonObject{{QStringLiteral("opId"), newId()},
                                                                  {QStringLiteral("entity"), entity},
                                                                  {QStringLiteral("id"), id},
                                                                  {QStringLiteral("baseRev"), baseRev},
                                                                  {QStringLiteral("fields"), fields}}}}};
}

const QString kCpr = QStringLiteral("0101801234");

struct Account
{
    const char* name;
    const char* unit;
    const char* role;
};

// bo is the confidential case's caseworker; emp is the employee of the personnel case, kim and bo
// are emp's colleagues; cai holds a read grant on the normal case, gus a write grant on the
// confidential one; lis leads another unit.
const Account kAccounts[] = {
    {"hr", "Kommune/HR", "hr"},
    {"lea", "Kommune/Skole", "leader"},
    {"bo", "Kommune/Skole/Syd", "caseworker"},
    {"emp", "Kommune/Skole/Syd", "caseworker"},
    {"kim", "Kommune/Skole/Syd", "caseworker"},
    {"cai", "Kommune/Social", "caseworker"},
    {"gus", "Kommune/Social", "caseworker"},
    {"lis", "Kommune/Social", "leader"},
    {"dpo", "Kommune", "dpo"},
    {"adm", "Kommune/IT", "admin"},
};

struct CaseUnderTest
{
    QString accessClass;
    QString word; // in the document title only: search finds it through this case alone
    QString caseId;
    QString caseNumber;
    QString documentId;
    QString versionId;
    QString sha;
    qint64 rev = 0;
    QStringList readers;
    QStringList writers;
};

} // namespace

class TestServerAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void accessMatrix();
    void lostAccessIsRevoked();
    void personnelDocumentReadsAreAudited();
    void tamperedAuditEntryIsFound();
    void grantCommandRefusesBadInput();

private:
    ApiClient& client(const QString& name) { return *m_clients.at(name); }
    QJsonObject pushOne(const QString& user, const QString& entity, const QString& id, qint64 baseRev,
                        const QJsonObject& fields);
    bool createCase(CaseUnderTest& c, const QString& creator, const QJsonObject& extra);
    QString unitId(const QString& path);
    bool grant(const QString& caseNumber, const QString& to, const QString& access);
    QJsonArray auditEntries(const QString& caseId, const QString& action);

    std::unique_ptr<ServerProcess> m_server;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    QString m_partyId;
    CaseUnderTest m_normal;
    CaseUnderTest m_confidential;
    CaseUnderTest m_personnel;
};

void TestServerAccess::initTestCase_data()
{
#ifndef Q_OS_WIN
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QTest::addColumn<QString>("backend");
    QString error;
    const QStringList backends = ServerProcess::backends(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString& backend : backends) {
        QTest::newRow(qPrintable(backend)) << backend;
    }
}

QJsonObject TestServerAccess::pushOne(const QString& user, const QString& entity, const QString& id,
                                      qint64 baseRev, const QJsonObject& fields)
{
    const auto reply =
        client(user).postJson(QStringLiteral("/api/v1/push"), pushBody(entity, id, baseRev, fields));
    if (reply.status != 200) {
        qWarning() << "push failed" << reply.status << reply.body;
        return {};
    }
    return reply.json.value(QStringLiteral("results")).toArray().first().toObject();
}

QString TestServerAccess::unitId(const QString& path)
{
    const auto reply = client(QStringLiteral("adm")).get(QStringLiteral("/api/v1/units"));
    for (const QJsonValue& unit : reply.json.value(QStringLiteral("units")).toArray()) {
        if (unit.toObject().value(QStringLiteral("path")).toString() == path) {
            return unit.toObject().value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

bool TestServerAccess::createCase(CaseUnderTest& c, const QString& creator, const QJsonObject& extra)
{
    c.caseId = newId();
    QJsonObject fields{{QStringLiteral("title"), QStringLiteral("Sag ") + c.accessClass},
                       {QStringLiteral("kleSubject"), QStringLiteral("17.01.00")},
                       {QStringLiteral("kind"), QStringLiteral("citizen")},
                       {QStringLiteral("accessClass"), c.accessClass},
                       {QStringLiteral("parties"),
                        QJsonArray{QJsonObject{{QStringLiteral("partyId"), m_partyId},
                                               {QStringLiteral("role"), QStringLiteral("primary")}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        fields.insert(it.key(), it.value());
    }
    const QJsonObject made = pushOne(creator, QStringLiteral("case"), c.caseId, 0, fields);
    if (made.value(QStringLiteral("status")) != QLatin1String("applied")) {
        qWarning() << "case" << made;
        return false;
    }
    c.rev = made.value(QStringLiteral("rev")).toInteger();
    c.caseNumber =
        made.value(QStringLiteral("fields")).toObject().value(QStringLiteral("caseNumber")).toString();
    const QByteArray content = "Indhold " + c.word.toUtf8();
    c.sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (client(creator)
            .put(QStringLiteral("/api/v1/blobs/") + c.sha, content,
                 {{QStringLiteral("Akta-Upload-Length"), QString::number(content.size())}})
            .status != 201) {
        qWarning() << "blob upload failed";
        return false;
    }
    c.documentId = newId();
    c.versionId = newId();
    const QJsonObject document = pushOne(
        creator, QStringLiteral("document"), c.documentId, 0,
        {{QStringLiteral("caseId"), c.caseId}, {QStringLiteral("title"), QStringLiteral("Notat ") + c.word}});
    const QJsonObject version = pushOne(creator, QStringLiteral("document_version"), c.versionId, 0,
                                        {{QStringLiteral("documentId"), c.documentId},
                                         {QStringLiteral("sha256"), c.sha},
                                         {QStringLiteral("fileName"), QStringLiteral("notat.txt")},
                                         {QStringLiteral("size"), content.size()}});
    const bool ok = document.value(QStringLiteral("status")) == QLatin1String("applied") &&
                    version.value(QStringLiteral("status")) == QLatin1String("applied");
    if (!ok) {
        qWarning() << "document" << document << "version" << version;
    }
    return ok;
}

bool TestServerAccess::grant(const QString& caseNumber, const QString& to, const QString& access)
{
    const auto result = m_server->admin({QStringLiteral("grant"), QStringLiteral("add")},
                                        {QStringLiteral("--case"), caseNumber, QStringLiteral("--to"), to,
                                         QStringLiteral("--access"), access, QStringLiteral("--until"),
                                         QDate::currentDate().addDays(30).toString(Qt::ISODate)});
    if (result.exitCode != 0) {
        qWarning() << result.err;
    }
    return result.exitCode == 0;
}

void TestServerAccess::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_server = std::make_unique<ServerProcess>(backend);
    QString error;
    QVERIFY2(m_server->prepare(&error), qPrintable(error));
    for (const Account& account : kAccounts) {
        QVERIFY2(m_server->addUser(QString::fromLatin1(account.name), QString::fromLatin1(account.unit),
                                   QString::fromLatin1(account.role), &error),
                 qPrintable(error));
    }
    QFile registerFile(m_server->filePath(QStringLiteral("register.jsonl")));
    QVERIFY(registerFile.open(QIODevice::WriteOnly));
    registerFile.write(R"({"cpr": "0101801234", "firstName": "Anna", "lastName": "Hansen", "address": )"
                       R"({"street": "Vestergade 1", "postalCode": "5000", "city": "Odense C"}, )"
                       R"("protected": false, "status": "alive"})"
                       "\n");
    registerFile.close();
    QCOMPARE(
        m_server->admin({QStringLiteral("register"), QStringLiteral("import")}, {registerFile.fileName()})
            .exitCode,
        0);
    QVERIFY2(m_server->start({}, &error), qPrintable(error));
    m_clients.clear();
    for (const Account& account : kAccounts) {
        auto api = std::make_unique<ApiClient>(m_server->port());
        QVERIFY(api->login(QString::fromLatin1(account.name), ServerProcess::kPassword));
        m_clients[QString::fromLatin1(account.name)] = std::move(api);
    }
    m_partyId = newId();
    QCOMPARE(pushOne(QStringLiteral("bo"), QStringLiteral("party"), m_partyId, 0,
                     {{QStringLiteral("kind"), QStringLiteral("person")},
                      {QStringLiteral("identifier"), kCpr},
                      {QStringLiteral("name"), QStringLiteral("Anna Hansen")}})
                 .value(QStringLiteral("status")),
             QStringLiteral("applied"));
    m_normal = CaseUnderTest();
    m_normal.accessClass = QStringLiteral("normal");
    m_normal.word = QStringLiteral("almindeligord");
    m_confidential = CaseUnderTest();
    m_confidential.accessClass = QStringLiteral("confidential");
    m_confidential.word = QStringLiteral("fortroligord");
    m_personnel = CaseUnderTest();
    m_personnel.accessClass = QStringLiteral("personnel");
    m_personnel.word = QStringLiteral("personaleord");
    QVERIFY(createCase(m_normal, QStringLiteral("bo"), {}));
    QVERIFY(createCase(m_confidential, QStringLiteral("bo"),
                       {{QStringLiteral("caseworker"), QStringLiteral("bo")}}));
    QVERIFY(
        createCase(m_personnel, QStringLiteral("hr"), {{QStringLiteral("employee"), QStringLiteral("emp")}}));
    QVERIFY(grant(m_normal.caseNumber, QStringLiteral("cai"), QStringLiteral("read")));
    QVERIFY(grant(m_confidential.caseNumber, QStringLiteral("gus"), QStringLiteral("write")));
    m_normal.readers = {QStringLiteral("lea"), QStringLiteral("bo"), QStringLiteral("emp"),
                        QStringLiteral("kim"), QStringLiteral("cai")};
    m_normal.writers = {QStringLiteral("lea"), QStringLiteral("bo"), QStringLiteral("emp"),
                        QStringLiteral("kim")};
    m_confidential.readers = {QStringLiteral("bo"), QStringLiteral("gus")};
    m_confidential.writers = m_confidential.readers;
    m_personnel.readers = {QStringLiteral("hr"), QStringLiteral("lea")};
    m_personnel.writers = m_personnel.readers;
}

void TestServerAccess::cleanup()
{
    m_clients.clear();
    if (m_server) {
        m_server->stop();
    }
    m_server.reset();
}

void TestServerAccess::accessMatrix()
{
    struct Cell
    {
        QString user;
        QString what;
        bool expected;
        bool actual;
    };
    QList<Cell> cells;
    const auto check = [&cells](const QString& user, const QString& what, bool expected, bool actual) {
        cells.append({user, what, expected, actual});
    };
    const auto containsId = [](const QJsonArray& items, const char* key, const QString& id) {
        for (const QJsonValue& item : items) {
            if (item.toObject().value(QLatin1String(key)).toString() == id) {
                return true;
            }
        }
        return false;
    };
    CaseUnderTest* const cases[] = {&m_normal, &m_confidential, &m_personnel};
    // Reads first, for every user and case.
    for (const Account& account : kAccounts) {
        const QString user = QString::fromLatin1(account.name);
        const QString role = QString::fromLatin1(account.role);
        ApiClient& api = client(user);
        const auto feed = api.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"));
        QCOMPARE(feed.status, 200);
        const QJsonArray changes = feed.json.value(QStringLiteral("changes")).toArray();
        const auto person = api.get(QStringLiteral("/api/v1/persons/") + kCpr);
        QCOMPARE(person.status, 200);
        check(user, QStringLiteral("GET /kle"), true, api.get(QStringLiteral("/api/v1/kle")).status == 200);
        check(user, QStringLiteral("GET /audit"),
              role == QLatin1String("leader") || role == QLatin1String("dpo"),
              api.get(QStringLiteral("/api/v1/audit")).status == 200);
        for (CaseUnderTest* c : cases) {
            const bool reads = c->readers.contains(user);
            const QString on = QLatin1Char(' ') + c->accessClass;
            check(user, QStringLiteral("changes: case") + on, reads, containsId(changes, "id", c->caseId));
            check(user, QStringLiteral("changes: document") + on, reads,
                  containsId(changes, "id", c->documentId));
            check(user, QStringLiteral("changes: version") + on, reads,
                  containsId(changes, "id", c->versionId));
            const auto search = api.get(QStringLiteral("/api/v1/search?q=") + c->word);
            QCOMPARE(search.status, 200);
            check(user, QStringLiteral("search") + on, reads,
                  containsId(search.json.value(QStringLiteral("hits")).toArray(), "caseId", c->caseId));
            check(user, QStringLiteral("GET blob") + on, reads,
                  api.get(QStringLiteral("/api/v1/blobs/") + c->sha).status == 200);
            check(user, QStringLiteral("HEAD blob") + on, reads,
                  api.head(QStringLiteral("/api/v1/blobs/") + c->sha).status == 200);
            check(user, QStringLiteral("persons: case") + on, reads,
                  containsId(person.json.value(QStringLiteral("cases")).toArray(), "id", c->caseId));
            const bool toldOf = !reads && c->accessClass == QLatin1String("normal") &&
                                (role == QLatin1String("caseworker") || role == QLatin1String("leader"));
            check(user, QStringLiteral("persons: existence only") + on, toldOf,
                  containsId(person.json.value(QStringLiteral("elsewhere")).toArray(), "caseNumber",
                             c->caseNumber));
            if (!reads) {
                // Nothing of the case anywhere in what the user got: not its id, title or words.
                const QByteArray everything = feed.body + search.body + person.body;
                check(user, QStringLiteral("no leak") + on, false,
                      everything.contains(c->caseId.toUtf8()) || everything.contains(c->word.toUtf8()) ||
                          everything.contains(c->documentId.toUtf8()));
            }
        }
    }
    // Then writes: a case field and a new document.
    for (const Account& account : kAccounts) {
        const QString user = QString::fromLatin1(account.name);
        for (CaseUnderTest* c : cases) {
            const bool writes = c->writers.contains(user);
            const QString on = QLatin1Char(' ') + c->accessClass;
            const QJsonObject changed =
                pushOne(user, QStringLiteral("case"), c->caseId, c->rev,
                        {{QStringLiteral("followUpDate"),
                          QStringLiteral("2027-01-0") + QString::number(c->rev % 9 + 1)}});
            const QString status = changed.value(QStringLiteral("status")).toString();
            check(user, QStringLiteral("push: change case") + on, writes, status == QLatin1String("applied"));
            if (status == QLatin1String("applied")) {
                c->rev = changed.value(QStringLiteral("rev")).toInteger();
            } else if (status != QLatin1String("rejected")) {
                check(user, QStringLiteral("push: refused as rejected") + on, true, false);
            }
            const QJsonObject document =
                pushOne(user, QStringLiteral("document"), newId(), 0,
                        {{QStringLiteral("caseId"), c->caseId},
                         {QStringLiteral("title"), QStringLiteral("Ny af ") + user}});
            check(user, QStringLiteral("push: new document") + on, writes,
                  document.value(QStringLiteral("status")) == QLatin1String("applied"));
        }
    }
    QStringList wrong;
    for (const Cell& cell : cells) {
        if (cell.expected != cell.actual) {
            wrong << QStringLiteral("%1 / %2: expected %3")
                         .arg(cell.user, cell.what,
                              cell.expected ? QStringLiteral("allow") : QStringLiteral("deny"));
        }
    }
    qInfo() << "access matrix:" << cells.size() << "cells";
    QVERIFY(cells.size() >= 200);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestServerAccess::lostAccessIsRevoked()
{
    ApiClient& kim = client(QStringLiteral("kim"));
    const auto before = kim.get(QStringLiteral("/api/v1/changes?since=0"));
    const qint64 cursor = before.json.value(QStringLiteral("cursor")).toInteger();
    QVERIFY(cursor > 0);
    // bo makes the normal case confidential: kim, a colleague, loses it and its document.
    const QJsonObject reclassified =
        pushOne(QStringLiteral("bo"), QStringLiteral("case"), m_normal.caseId, m_normal.rev,
                {{QStringLiteral("accessClass"), QStringLiteral("confidential")},
                 {QStringLiteral("caseworker"), QStringLiteral("bo")}});
    QCOMPARE(reclassified.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    const auto after = kim.get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor));
    QCOMPARE(after.status, 200);
    QSet<QString> revoked;
    for (const QJsonValue& item : after.json.value(QStringLiteral("revoked")).toArray()) {
        revoked.insert(item.toObject().value(QStringLiteral("id")).toString());
    }
    QVERIFY2(revoked.contains(m_normal.caseId), after.body.constData());
    QVERIFY(revoked.contains(m_normal.documentId));
    QVERIFY(revoked.contains(m_normal.versionId));
    QVERIFY(revoked.contains(m_partyId)); // kim sees no other case of hers
    QVERIFY(!after.body.contains(m_normal.word.toUtf8()));
    // cai's read grant still holds: cai keeps it and is not told to purge it.
    const auto cai =
        client(QStringLiteral("cai")).get(QStringLiteral("/api/v1/changes?since=%1").arg(cursor));
    for (const QJsonValue& item : cai.json.value(QStringLiteral("revoked")).toArray()) {
        QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != m_normal.caseId);
        QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != m_partyId);
    }
    QVERIFY(cai.body.contains(m_normal.caseId.toUtf8()));
    // HR makes a case a personnel case; a caseworker may not.
    const QJsonObject refused =
        pushOne(QStringLiteral("bo"), QStringLiteral("case"), m_confidential.caseId, m_confidential.rev,
                {{QStringLiteral("accessClass"), QStringLiteral("personnel")},
                 {QStringLiteral("employee"), QStringLiteral("kim")}});
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

QJsonArray TestServerAccess::auditEntries(const QString& caseId, const QString& action)
{
    const auto reply = client(QStringLiteral("dpo")).get(QStringLiteral("/api/v1/audit?case=") + caseId);
    QJsonArray matching;
    for (const QJsonValue& entry : reply.json.value(QStringLiteral("entries")).toArray()) {
        if (entry.toObject().value(QStringLiteral("action")).toString() == action) {
            matching.append(entry);
        }
    }
    return matching;
}

void TestServerAccess::personnelDocumentReadsAreAudited()
{
    const qsizetype before = auditEntries(m_personnel.caseId, QStringLiteral("read_blob")).size();
    const QString path = QStringLiteral("/api/v1/blobs/") + m_personnel.sha;
    QCOMPARE(client(QStringLiteral("hr")).get(path).status, 200);
    QCOMPARE(client(QStringLiteral("lea")).get(path).status, 200);
    QCOMPARE(client(QStringLiteral("hr")).get(path).status, 200);
    // A refused read (a colleague) is no read of content.
    QCOMPARE(client(QStringLiteral("kim")).get(path).status, 404);
    const QJsonArray after = auditEntries(m_personnel.caseId, QStringLiteral("read_blob"));
    QCOMPARE(after.size(), before + 3);
    QStringList readers;
    for (int i = 0; i < 3; ++i) {
        readers << after.at(i).toObject().value(QStringLiteral("username")).toString();
    }
    QCOMPARE(readers, (QStringList{QStringLiteral("hr"), QStringLiteral("lea"), QStringLiteral("hr")}));
    // Reading the personnel case through the changes feed is an entry too.
    const qsizetype caseReads = auditEntries(m_personnel.caseId, QStringLiteral("read_case")).size();
    QCOMPARE(client(QStringLiteral("lea")).get(QStringLiteral("/api/v1/changes?since=0")).status, 200);
    QCOMPARE(auditEntries(m_personnel.caseId, QStringLiteral("read_case")).size(), caseReads + 1);
    // A leader sees the log of the cases in their area only: the personnel case lies in HR.
    const auto lea =
        client(QStringLiteral("lea")).get(QStringLiteral("/api/v1/audit?case=") + m_personnel.caseId);
    QCOMPARE(lea.status, 200);
    QCOMPARE(lea.json.value(QStringLiteral("entries")).toArray().size(), 0);
    QCOMPARE(client(QStringLiteral("bo")).get(QStringLiteral("/api/v1/audit")).status, 403);
}

void TestServerAccess::tamperedAuditEntryIsFound()
{
    QCOMPARE(client(QStringLiteral("hr")).get(QStringLiteral("/api/v1/blobs/") + m_personnel.sha).status,
             200);
    const auto intact =
        m_server->admin({QStringLiteral("audit"), QStringLiteral("verify")}, {QStringLiteral("--json")});
    QCOMPARE(intact.exitCode, 0);
    const QJsonObject good = QJsonDocument::fromJson(intact.out).object();
    QVERIFY(good.value(QStringLiteral("intact")).toBool());
    const qint64 entries = good.value(QStringLiteral("entries")).toInteger();
    QVERIFY(entries >= 5);
    // Someone with database access hides who read the personnel document.
    QString error;
    QVERIFY2(
        m_server->sql(QStringLiteral("UPDATE audit_log SET user_id = NULL WHERE seq = (SELECT max(seq) FROM "
                                     "audit_log WHERE action = 'read_blob')"),
                      &error),
        qPrintable(error));
    const auto broken =
        m_server->admin({QStringLiteral("audit"), QStringLiteral("verify")}, {QStringLiteral("--json")});
    QCOMPARE(broken.exitCode, 1);
    const QJsonObject verdict = QJsonDocument::fromJson(broken.out).object();
    QVERIFY(!verdict.value(QStringLiteral("intact")).toBool());
    QVERIFY(verdict.value(QStringLiteral("brokenAt")).toInteger() > 0);
    QVERIFY(verdict.value(QStringLiteral("brokenAt")).toInteger() <= entries);
    // Removing an entry is found as well, at the entry that is gone.
    QVERIFY2(m_server->sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"), &error), qPrintable(error));
    const auto removed = m_server->admin({QStringLiteral("audit"), QStringLiteral("verify")}, {});
    QCOMPARE(removed.exitCode, 1);
    QVERIFY2(removed.out.contains("broken at entry 2"), removed.out.constData());
}

void TestServerAccess::grantCommandRefusesBadInput()
{
    const auto run = [this](const QStringList& options) {
        return m_server->admin({QStringLiteral("grant"), QStringLiteral("add")}, options);
    };
    const QString number = m_personnel.caseNumber;
    QCOMPARE(run({QStringLiteral("--case"), QStringLiteral("99.99.99-G01-1-26"), QStringLiteral("--to"),
                  QStringLiteral("kim"), QStringLiteral("--access"), QStringLiteral("read")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("--case"), number, QStringLiteral("--to"), QStringLiteral("nobody"),
                  QStringLiteral("--access"), QStringLiteral("read")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("--case"), number, QStringLiteral("--to"), QStringLiteral("kim"),
                  QStringLiteral("--access"), QStringLiteral("admin")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("--case"), number, QStringLiteral("--to"), QStringLiteral("kim"),
                  QStringLiteral("--access"), QStringLiteral("read"), QStringLiteral("--until"),
                  QStringLiteral("2001-01-01")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("--case"), number, QStringLiteral("--to"), QStringLiteral("kim")}).exitCode,
             2);
    // None of these gave kim anything.
    QVERIFY(!client(QStringLiteral("kim"))
                 .get(QStringLiteral("/api/v1/changes?since=0"))
                 .body.contains(m_personnel.caseId.toUtf8()));
    // A grant to a unit reaches its members: kigge-adgang for Kommune/Social.
    QVERIFY(grant(number, QStringLiteral("Kommune/Social"), QStringLiteral("read")));
    QVERIFY(client(QStringLiteral("cai"))
                .get(QStringLiteral("/api/v1/changes?since=0"))
                .body.contains(m_personnel.caseId.toUtf8()));
    const QJsonObject write =
        pushOne(QStringLiteral("cai"), QStringLiteral("case"), m_personnel.caseId, m_personnel.rev,
                {{QStringLiteral("followUpDate"), QStringLiteral("2027-02-01")}});
    QCOMPARE(write.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
