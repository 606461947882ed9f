#include "cases/CaseRepository.h"
#include "directory/LocalAccount.h"
#include "offline/OfflineSet.h"
#include "parties/PartyRepository.h"
#include "registry/CprNumber.h"
#include "store/LocalStore.h"

#include <QDate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using akta::offline::OfflineError;
using akta::offline::OfflinePin;
using akta::offline::OfflineSet;

class TestOfflineSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void caseByNumberOrId();
    void personTakesAllTheirCasesAlongIncludingNewOnes();
    void savedSearchFollowsItsMatches();
    void badInputIsRefusedAndNothingStored();
    void removeForgetsThePin();

private:
    akta::sqlite::Database& db() { return m_store->database(); }
    OfflineSet set() { return OfflineSet(db(), m_store->databasePath()); }
    akta::CaseRecord createCase(const QString& title, const QString& partyId = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<akta::store::LocalStore> m_store;
    QString m_actor;
    QString m_cpr;
    QString m_partyId;
};

void TestOfflineSet::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<akta::store::LocalStore>(m_dir->path());
    m_actor = akta::directory::LocalAccount::ensure(db());
    m_cpr = akta::registry::CprNumber::replacementFor(QDate(2015, 4, 2), 3, true);
    akta::Party party;
    party.identifier = m_cpr;
    party.name = QStringLiteral("Emil Sørensen");
    m_partyId = akta::parties::PartyRepository(db()).upsert(party);
}

void TestOfflineSet::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

akta::CaseRecord TestOfflineSet::createCase(const QString& title, const QString& partyId)
{
    akta::cases::NewCase request;
    request.title = title;
    request.kleSubject = QStringLiteral("00.01.00");
    if (!partyId.isEmpty()) {
        request.kind = akta::CaseKind::Citizen;
        request.primaryPartyId = partyId;
    }
    return akta::cases::CaseRepository(db()).create(request, m_actor);
}

void TestOfflineSet::caseByNumberOrId()
{
    const auto first = createCase(QStringLiteral("Skoleudtalelse"));
    const auto second = createCase(QStringLiteral("Hjælpemidler"));
    createCase(QStringLiteral("Ikke med"));
    OfflineSet offline = set();
    QVERIFY(offline.caseIds().isEmpty());
    const OfflinePin pin = offline.add(OfflinePin::Kind::Case, first.caseNumber);
    QCOMPARE(pin.value, first.id);
    QCOMPARE(pin.label, first.caseNumber);
    offline.add(OfflinePin::Kind::Case, second.id);
    offline.add(OfflinePin::Kind::Case, second.id); // again: still one pin
    QCOMPARE(offline.pins().size(), 2);
    QStringList expected{first.id, second.id};
    expected.sort();
    QCOMPARE(offline.caseIds(), expected);
}

void TestOfflineSet::personTakesAllTheirCasesAlongIncludingNewOnes()
{
    const auto first = createCase(QStringLiteral("Skoleudtalelse"), m_partyId);
    createCase(QStringLiteral("Anden borgers sag"));
    OfflineSet offline = set();
    const QString formatted = m_cpr.left(6) + QLatin1Char('-') + m_cpr.mid(6);
    QCOMPARE(offline.add(OfflinePin::Kind::Person, formatted).value, m_cpr);
    QCOMPARE(offline.caseIds(), QStringList{first.id});
    const auto later = createCase(QStringLiteral("Ny sag om Emil"), m_partyId);
    QCOMPARE(offline.caseIdSet(), (QSet<QString>{first.id, later.id}));
}

void TestOfflineSet::savedSearchFollowsItsMatches()
{
    const auto match = createCase(QStringLiteral("Talepædagogisk vurdering"));
    createCase(QStringLiteral("Hjælpemidler"));
    OfflineSet offline = set();
    offline.add(OfflinePin::Kind::Search, QStringLiteral("talepædagogisk"));
    QCOMPARE(offline.caseIds(), QStringList{match.id});
    const auto later = createCase(QStringLiteral("Talepædagogisk opfølgning"));
    QCOMPARE(offline.caseIdSet(), (QSet<QString>{match.id, later.id}));
}

void TestOfflineSet::badInputIsRefusedAndNothingStored()
{
    OfflineSet offline = set();
    QVERIFY_THROWS_EXCEPTION(OfflineError,
                             offline.add(OfflinePin::Kind::Case, QStringLiteral("99.99.99-G01-1-26")));
    QVERIFY_THROWS_EXCEPTION(OfflineError, offline.add(OfflinePin::Kind::Person, QStringLiteral("1234")));
    QVERIFY_THROWS_EXCEPTION(OfflineError, offline.add(OfflinePin::Kind::Case, QStringLiteral("  ")));
    QVERIFY(offline.pins().isEmpty());
}

void TestOfflineSet::removeForgetsThePin()
{
    const auto one = createCase(QStringLiteral("Skoleudtalelse"));
    OfflineSet offline = set();
    offline.add(OfflinePin::Kind::Case, one.caseNumber);
    offline.add(OfflinePin::Kind::Person, m_cpr);
    QVERIFY(offline.remove(OfflinePin::Kind::Case, one.id));
    QVERIFY(!offline.remove(OfflinePin::Kind::Case, one.id));
    QCOMPARE(offline.pins().size(), 1);
    QVERIFY(offline.remove(OfflinePin::Kind::Person, m_cpr));
    QVERIFY(offline.caseIds().isEmpty());
}

QTEST_GUILESS_MAIN(TestOfflineSet)
#include "tst_offlineset.moc"
