#include "cases/CaseTitleProposal.h"

namespace akta::cases {

QString proposeCaseTitle(const QString& emneTitle, const QString& partyName)
{
    QString title = emneTitle.simplified();
    // "… i almindelighed" describes the emne, not a case.
    const QString general = QStringLiteral(" i almindelighed");
    if (title.endsWith(general)) {
        title.chop(int(general.size()));
    }
    const QString name = partyName.simplified();
    if (name.isEmpty()) {
        return title;
    }
    return title.isEmpty() ? name : QStringLiteral("%1 – %2").arg(title, name);
}

} // namespace akta::cases
