#include "kle/KleFacetReader.h"

#include "kle/KleFacetNumber.h"
#include "kle/KleImportError.h"
#include "kle/KleXmlCursor.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace akta::kle {

namespace {

KleFacet readFacet(KleXmlCursor& cursor, const QString& category, const QString& categoryTitle)
{
    KleFacet facet;
    facet.category = category;
    facet.categoryTitle = categoryTitle;
    cursor.forEachChild([&](const QString& name) {
        if (name == QLatin1String("HandlingsfacetNr")) {
            facet.number = cursor.readText().trimmed();
        } else if (name == QLatin1String("HandlingsfacetTitel")) {
            facet.title = cursor.readText().simplified();
        } else if (name == QLatin1String("BevaringJaevnfoerArkivloven")) {
            facet.retention = cursor.readText().trimmed();
        } else if (name == QLatin1String("HandlingsfacetVejledning")) {
            facet.guidance = cursor.readInnerXml(QStringLiteral("VejledningTekst"));
        } else if (name == QLatin1String("HandlingsfacetAdministrativInfo")) {
            cursor.forEachChild([&](const QString& info) {
                if (info == QLatin1String("OprettetDato")) {
                    facet.createdOn = cursor.readText().trimmed();
                } else if (info == QLatin1String("RettetDato")) {
                    facet.changedOn = cursor.readText().trimmed();
                } else if (info == QLatin1String("Historisk")) {
                    cursor.forEachChild([&](const QString& historic) {
                        if (historic == QLatin1String("UdgaaetDato")) {
                            facet.retiredAt = cursor.readText().trimmed();
                        } else {
                            cursor.skip();
                        }
                    });
                } else {
                    cursor.skip();
                }
            });
        } else {
            cursor.skip();
        }
    });
    if (!isFacetNumber(facet.number)) {
        cursor.fail(QStringLiteral("handlingsfacet has no valid number (\"%1\")").arg(facet.number));
    }
    if (facet.title.isEmpty()) {
        cursor.fail(QStringLiteral("handlingsfacet %1 has no title").arg(facet.number));
    }
    return facet;
}

} // namespace

QList<KleFacet> KleFacetReader::read(QIODevice& device, QString* published)
{
    QXmlStreamReader xml(&device);
    KleXmlCursor cursor(xml);
    QList<KleFacet> facets;
    cursor.readRoot(QStringLiteral("KLE-Handlingsfacetter"), [&](const QString& name) {
        if (name == QLatin1String("UdgivelsesDato")) {
            const QString date = cursor.readText().trimmed();
            if (published) {
                *published = date;
            }
        } else if (name == QLatin1String("HandlingsfacetKategori")) {
            QString category;
            QString categoryTitle;
            cursor.forEachChild([&](const QString& child) {
                if (child == QLatin1String("HandlingsfacetKategoriNr")) {
                    category = cursor.readText().trimmed();
                } else if (child == QLatin1String("HandlingsfacetKategoriTitel")) {
                    categoryTitle = cursor.readText().simplified();
                } else if (child == QLatin1String("Handlingsfacet")) {
                    facets.append(readFacet(cursor, category, categoryTitle));
                } else {
                    cursor.skip();
                }
            });
        } else {
            cursor.skip();
        }
    });
    if (facets.isEmpty()) {
        throw KleImportError(0, 0, QStringLiteral("the file holds no handlingsfacet"));
    }
    return facets;
}

} // namespace akta::kle
