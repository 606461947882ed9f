#pragma once

#include "directory/Directory.h"

#include <QHash>
#include <QList>
#include <QString>

namespace akta::demo {

class DemoRandom;

// The units and users of the demo municipality, and which unit handles which KLE hovedgruppe.
class DemoOrganisation final
{
public:
    // The username of the caseworker who becomes the store's current user.
    static QString demoUsername() { return QStringLiteral("demo"); }

    static DemoOrganisation generate(DemoRandom& random);

    const QList<directory::Unit>& units() const { return m_units; }
    const QList<directory::User>& users() const { return m_users; }
    const directory::User& demoUser() const { return m_users.at(m_demoUser); }
    // The unit that handles cases of a KLE emne.
    const directory::Unit& unitFor(const QString& kleSubject) const;
    // The caseworkers (and HR staff) of a unit; never empty.
    const QList<int>& caseworkersOf(const QString& unitId) const;
    const directory::Unit* unit(const QString& id) const;
    // The e-mail address of a user.
    static QString emailOf(const directory::User& user);

private:
    int indexOfUnit(const QString& name) const;

    QList<directory::Unit> m_units;
    QList<directory::User> m_users;
    QHash<QString, QList<int>> m_caseworkers; // unit id -> indices into m_users
    int m_demoUser = 0;
};

} // namespace akta::demo
