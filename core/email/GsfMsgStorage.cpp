// libgsf (GLib) must come before any Qt header: Qt's signals/slots macros clash with GLib.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-utils.h>

#include "email/EmailParser.h"
#include "email/GsfMsgStorage.h"

#include <QString>

#include <algorithm>
#include <mutex>

namespace akta::email {

namespace {

void ensureGsfInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { gsf_init(); });
}

} // namespace

std::unique_ptr<MsgStorage> MsgStorage::open(const QByteArray& data)
{
    ensureGsfInitialised();
    // gsf_input_memory_new does not copy; the caller keeps `data` alive as long as the storage.
    GsfInput* input = gsf_input_memory_new(reinterpret_cast<const guint8*>(data.constData()),
                                           gsf_off_t(data.size()), FALSE);
    GError* error = nullptr;
    GsfInfile* root = gsf_infile_msole_new(input, &error);
    if (!root) {
        const QString reason = error ? QString::fromUtf8(error->message) : QString();
        g_clear_error(&error);
        g_object_unref(input);
        throw EmailParseError(
            QStringLiteral("the OLE2 compound file is damaged or truncated (%1)").arg(reason).toStdString());
    }
    return std::make_unique<GsfMsgStorage>(root, input);
}

GsfMsgStorage::GsfMsgStorage(GsfInfile* storage, GsfInput* input) : m_storage(storage), m_input(input) {}

GsfMsgStorage::~GsfMsgStorage()
{
    g_object_unref(m_storage);
    if (m_input)
        g_object_unref(m_input);
}

std::optional<QByteArray> GsfMsgStorage::stream(const QByteArray& name, qint64 maxSize) const
{
    GsfInput* input = gsf_infile_child_by_name(m_storage, name.constData());
    if (!input)
        return std::nullopt;
    std::optional<QByteArray> result;
    const gsf_off_t size = gsf_input_size(input);
    if (size >= 0 && size <= maxSize) {
        QByteArray bytes(qsizetype(size), Qt::Uninitialized);
        if (size == 0 || gsf_input_read(input, size_t(size), reinterpret_cast<guint8*>(bytes.data())))
            result = bytes;
    }
    g_object_unref(input);
    return result;
}

bool GsfMsgStorage::hasChild(const QByteArray& name) const
{
    GsfInput* input = gsf_infile_child_by_name(m_storage, name.constData());
    if (!input)
        return false;
    g_object_unref(input);
    return true;
}

QList<QByteArray> GsfMsgStorage::childNames(const QByteArray& prefix) const
{
    QList<QByteArray> names;
    const int count = gsf_infile_num_children(m_storage);
    for (int i = 0; i < count; ++i) {
        const char* name = gsf_infile_name_by_index(m_storage, i);
        if (name && QByteArray(name).startsWith(prefix))
            names.append(QByteArray(name));
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::unique_ptr<MsgStorage> GsfMsgStorage::child(const QByteArray& name) const
{
    GsfInput* child = gsf_infile_child_by_name(m_storage, name.constData());
    if (child && GSF_IS_INFILE(child))
        return std::make_unique<GsfMsgStorage>(GSF_INFILE(child));
    if (child)
        g_object_unref(child);
    return nullptr;
}

} // namespace akta::email
