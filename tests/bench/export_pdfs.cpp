// Writes the first N PDF documents of an (encrypted) store's blob folder to plain files, for benchmarks that
// need real PDFs: export_pdfs STORE_DIR OUT_DIR N. The key comes from AKTA_KEY_FILE.
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <exception>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        QTextStream(stderr) << "usage: export_pdfs STORE_DIR OUT_DIR N\n";
        return 2;
    }
    try {
        const akta::store::LocalStore store(args.at(1));
        const akta::blobs::BlobStore blobs = store.blobStore();
        QDir().mkpath(args.at(2));
        const int wanted = args.at(3).toInt();
        QStringList names;
        QDirIterator it(store.blobDirectory(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (akta::blobs::BlobStore::isValidHash(it.fileName())) {
                names << it.fileName();
            }
        }
        names.sort();
        int written = 0;
        for (const QString& name : std::as_const(names)) {
            if (written >= wanted) {
                break;
            }
            auto content = blobs.open(name);
            if (content->peek(4) != "%PDF") {
                continue;
            }
            QFile file(QDir(args.at(2)).filePath(QStringLiteral("dokument-%1.pdf").arg(written)));
            if (!file.open(QIODevice::WriteOnly) || file.write(content->readAll()) < 0) {
                throw std::runtime_error("cannot write " + file.fileName().toStdString());
            }
            ++written;
        }
        QTextStream(stdout) << written << Qt::endl;
    } catch (const std::exception& error) {
        QTextStream(stderr) << "export_pdfs: " << error.what() << Qt::endl;
        return 1;
    }
    return 0;
}
