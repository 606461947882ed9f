#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli review approve|reject --store DIR DOC_ID [--comment TEXT] [--json]
// Decides a review that waits for the store's user (or a leader below them). Stored at once,
// pushed at the next sync; the server refuses a decision from anyone else.
class ReviewDecideCommand final : public Command
{
public:
    explicit ReviewDecideCommand(bool approve) : m_approve(approve) {}

    QString name() const override
    {
        return m_approve ? QStringLiteral("review approve") : QStringLiteral("review reject");
    }
    QString synopsis() const override
    {
        return QStringLiteral("--store DIR DOC_ID [--comment TEXT] [--json]");
    }
    int run(const QStringList& args, CommandIo& io) override;

private:
    bool m_approve;
};

} // namespace akta::cli
