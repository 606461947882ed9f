#include "kle/KlePlan.h"

#include <QFile>

#include <stdexcept>

namespace akta::kle {

namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("missing built-in resource " + path.toStdString());
    }
    return file.readAll();
}

// Calls `row` with the fields of each line after the header.
template <typename Row> void forEachRow(const QByteArray& tsv, Row row)
{
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QStringList fields;
        for (const QByteArray& field : line.split('\t')) {
            fields << QString::fromUtf8(field).trimmed();
        }
        row(fields);
    }
}

} // namespace

const KlePlan& KlePlan::builtIn()
{
    static const KlePlan plan = fromTsv(readResource(QStringLiteral(":/akta/kle/kle_hovedgrupper.tsv")),
                                        readResource(QStringLiteral(":/akta/kle/kle_grupper.tsv")),
                                        readResource(QStringLiteral(":/akta/kle/kle_emner.tsv")));
    return plan;
}

KlePlan KlePlan::fromTsv(const QByteArray& mainGroups, const QByteArray& groups, const QByteArray& subjects)
{
    QList<KleEntry> entries;
    forEachRow(mainGroups, [&](const QStringList& f) {
        if (f.size() >= 2) {
            entries.append(KleEntry{f[0], 1, {}, f[1], {}, {}, {}});
        }
    });
    forEachRow(groups, [&](const QStringList& f) {
        if (f.size() >= 2) {
            // 82.08 has no derived title in the data; fall back to the number so it is still choosable.
            const QString title = f.size() >= 3 && !f[2].isEmpty() ? f[2] : f[0];
            entries.append(KleEntry{f[0], 2, f[1], title, {}, {}, {}});
        }
    });
    forEachRow(subjects, [&](const QStringList& f) {
        if (f.size() >= 4) {
            entries.append(KleEntry{f[0], 3, f[1], f[3], {}, {}, {}});
        }
    });
    return KlePlan(std::move(entries));
}

int KlePlan::count(int level) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [level](const KleEntry& entry) { return entry.level == level; }));
}

} // namespace akta::kle
