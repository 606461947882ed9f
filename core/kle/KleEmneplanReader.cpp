#include "kle/KleEmneplanReader.h"

#include "kle/KleImportError.h"
#include "kle/KleXmlCursor.h"

#include <QXmlStreamReader>

namespace akta::kle {

namespace {

// The element names of one level differ only by their prefix (Hovedgruppe, Gruppe, Emne).
struct Level
{
    int level;
    QString prefix;
};

const Level kLevels[] = {
    {1, QStringLiteral("Hovedgruppe")}, {2, QStringLiteral("Gruppe")}, {3, QStringLiteral("Emne")}};

KleStikord readStikord(KleXmlCursor& cursor, bool withFacet)
{
    KleStikord stikord;
    cursor.forEachChild([&](const QString& name) {
        if (name == QLatin1String("Tekst")) {
            stikord.text = cursor.readText().trimmed();
        } else if (withFacet && name == QLatin1String("HandlingsfacetNr")) {
            stikord.facet = cursor.readText().trimmed();
        } else {
            cursor.skip();
        }
    });
    if (stikord.text.endsWith(QStringLiteral("[udgået]"))) {
        stikord.retired = true;
        stikord.text.chop(int(QStringLiteral("[udgået]").size()));
    } else if (stikord.text.contains(QLatin1String("[="))) {
        stikord.isTitle = true;
        stikord.text = stikord.text.left(stikord.text.indexOf(QLatin1String("[=")));
    }
    stikord.text = stikord.text.trimmed();
    return stikord;
}

KleLegalReference readLegalReference(KleXmlCursor& cursor)
{
    KleLegalReference reference;
    cursor.forEachChild([&](const QString& name) {
        if (name == QLatin1String("RetskildeTitel")) {
            reference.title = cursor.readText().trimmed();
        } else if (name == QLatin1String("ParagrafEllerKapitel")) {
            reference.paragraph = cursor.readText().trimmed();
        } else if (name == QLatin1String("RetsinfoAccessionsNr")) {
            reference.accession = cursor.readText().trimmed();
        } else if (name == QLatin1String("RetsinfoURL")) {
            reference.url = cursor.readText().trimmed();
        } else {
            cursor.skip();
        }
    });
    return reference;
}

void readAdministrativeInfo(KleXmlCursor& cursor, KleEntryDetails& details)
{
    cursor.forEachChild([&](const QString& name) {
        if (name == QLatin1String("OprettetDato")) {
            details.createdOn = cursor.readText().trimmed();
        } else if (name == QLatin1String("RettetDato")) {
            details.changedOn = cursor.readText().trimmed();
        } else if (name == QLatin1String("Historisk")) {
            cursor.forEachChild([&](const QString& historic) {
                if (historic == QLatin1String("UdgaaetDato")) {
                    details.entry.retiredAt = cursor.readText().trimmed();
                } else {
                    cursor.skip();
                }
            });
            if (details.entry.retiredAt.isEmpty()) {
                details.entry.retiredAt =
                    details.changedOn.isEmpty() ? QStringLiteral("0001-01-01") : details.changedOn;
            }
        } else {
            cursor.skip();
        }
    });
}

void readEntry(KleXmlCursor& cursor, int levelIndex, const QString& parent, QList<KleEntryDetails>& out)
{
    const Level& level = kLevels[levelIndex];
    KleEntryDetails details;
    details.entry.level = level.level;
    details.entry.parent = parent;
    const qsizetype position = out.size();
    out.append(details); // children follow their parent in the list
    cursor.forEachChild([&](const QString& name) {
        KleEntryDetails& self = out[position];
        if (name == level.prefix + QLatin1String("Nr")) {
            self.entry.number = cursor.readText().trimmed();
        } else if (name == level.prefix + QLatin1String("Titel")) {
            self.entry.title = cursor.readText().simplified();
        } else if (name == level.prefix + QLatin1String("Vejledning")) {
            self.guidance = cursor.readInnerXml(QStringLiteral("VejledningTekst"));
        } else if (name == level.prefix + QLatin1String("RetskildeReference")) {
            self.legalReferences.append(readLegalReference(cursor));
        } else if (name == level.prefix + QLatin1String("AdministrativInfo")) {
            readAdministrativeInfo(cursor, self);
        } else if (name == level.prefix + QLatin1String("Stikord")) {
            self.stikord.append(readStikord(cursor, false));
        } else if (name == QLatin1String("EmneOgHandlingsfacetStikord")) {
            self.stikord.append(readStikord(cursor, true));
        } else if (name == QLatin1String("BevaringJaevnfoerArkivloven")) {
            self.entry.retention = cursor.readText().trimmed();
        } else if (name == QLatin1String("SletningJaevnfoerPersondataloven")) {
            self.entry.deletion = cursor.readText().trimmed();
        } else if (name == QLatin1String("UUID")) {
            self.uuid = cursor.readText().trimmed();
        } else if (levelIndex < 2 && name == kLevels[levelIndex + 1].prefix) {
            const QString number = out[position].entry.number;
            if (number.isEmpty()) {
                cursor.fail(QStringLiteral("%1 before its number").arg(name));
            }
            readEntry(cursor, levelIndex + 1, number, out);
        } else {
            cursor.skip();
        }
    });
    const KleEntry& entry = out[position].entry;
    if (KleEntry::levelOf(entry.number) != level.level) {
        cursor.fail(QStringLiteral("%1 has no valid number (\"%2\")").arg(level.prefix, entry.number));
    }
    if (entry.title.isEmpty()) {
        cursor.fail(QStringLiteral("%1 %2 has no title").arg(level.prefix, entry.number));
    }
    if (!parent.isEmpty() && !entry.number.startsWith(parent + QLatin1Char('.'))) {
        cursor.fail(QStringLiteral("%1 %2 does not belong under %3").arg(level.prefix, entry.number, parent));
    }
    static const QStringList retentions{QString(), QStringLiteral("B"), QStringLiteral("K"),
                                        QStringLiteral("K5"), QStringLiteral("K10")};
    if (!retentions.contains(entry.retention)) {
        cursor.fail(
            QStringLiteral("emne %1 has an unknown retention \"%2\"").arg(entry.number, entry.retention));
    }
}

} // namespace

KleEmneplan KleEmneplanReader::read(QIODevice& device)
{
    QXmlStreamReader xml(&device);
    KleXmlCursor cursor(xml);
    KleEmneplan plan;
    cursor.readRoot(QStringLiteral("KLE-Emneplan"), [&](const QString& name) {
        if (name == QLatin1String("UdgivelsesDato")) {
            plan.published = cursor.readText().trimmed();
        } else if (name == QLatin1String("Hovedgruppe")) {
            readEntry(cursor, 0, QString(), plan.entries);
        } else {
            cursor.skip();
        }
    });
    if (plan.entries.isEmpty()) {
        throw KleImportError(0, 0, QStringLiteral("the file holds no hovedgruppe"));
    }
    return plan;
}

} // namespace akta::kle
