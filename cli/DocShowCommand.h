#pragma once

#include "Command.h"

namespace akta::cli {

// akta-cli doc show --store DIR --json DOC_ID: a document with its extracted text, versions and
// attachments.
class DocShowCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("doc show"); }
    QString synopsis() const override { return QStringLiteral("--store DIR [--json] DOC_ID"); }
    int run(const QStringList& args, CommandIo& io) override;
};

} // namespace akta::cli
