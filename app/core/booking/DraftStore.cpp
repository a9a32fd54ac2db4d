#include "core/booking/DraftStore.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kFormatVersion = 1;
}

DraftStore::DraftStore(const QString &filePath, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_clock(clock ? clock : Clock::system())
{ }

bool DraftStore::load()
{
    m_drafts.clear();
    m_error.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    bool ok = file.open(QIODevice::ReadOnly);
    QJsonParseError parseError{};
    const QJsonDocument document = ok ? QJsonDocument::fromJson(file.readAll(), &parseError) : QJsonDocument();
    file.close();
    ok = ok && parseError.error == QJsonParseError::NoError && document.isObject()
        && document.object().value("version"_L1).toInt() >= 1;
    if (!ok) {
        m_error = tr("The saved session drafts could not be read; they were set aside.");
        qCWarning(lcBooking) << "draft file unreadable, moved aside";
        QFile::remove(m_filePath + ".broken"_L1);
        QFile::rename(m_filePath, m_filePath + ".broken"_L1);
        return false;
    }
    const QJsonArray drafts = document.object().value("drafts"_L1).toArray();
    for (const QJsonValue &value : drafts) {
        SessionDraft draft = SessionDraft::fromJson(value.toObject());
        if (!draft.id.isEmpty() && !draft.transactionId.isEmpty())
            m_drafts.append(draft);
    }
    std::stable_sort(m_drafts.begin(), m_drafts.end(),
                     [](const SessionDraft &a, const SessionDraft &b) { return a.updatedUtc > b.updatedUtc; });
    return true;
}

std::optional<SessionDraft> DraftStore::draft(const QString &id) const
{
    for (const SessionDraft &draft : m_drafts) {
        if (draft.id == id)
            return draft;
    }
    return std::nullopt;
}

std::optional<SessionDraft> DraftStore::latest() const
{
    if (m_drafts.isEmpty())
        return std::nullopt;
    return m_drafts.first();
}

std::optional<SessionDraft> DraftStore::findByOutboxId(qint64 outboxId) const
{
    if (outboxId <= 0)
        return std::nullopt;
    for (const SessionDraft &draft : m_drafts) {
        if (draft.outboxId == outboxId)
            return draft;
    }
    return std::nullopt;
}

bool DraftStore::save(SessionDraft draft)
{
    if (draft.id.isEmpty())
        return false;
    draft.updatedUtc = m_clock->nowUtc();
    if (!draft.createdUtc.isValid())
        draft.createdUtc = draft.updatedUtc;
    m_drafts.removeIf([&](const SessionDraft &d) { return d.id == draft.id; });
    m_drafts.prepend(draft);
    const bool written = write();
    Q_EMIT changed();
    return written;
}

bool DraftStore::saveEdits(SessionDraft draft)
{
    if (const std::optional<SessionDraft> stored = this->draft(draft.id)) {
        draft.outboxId = stored->outboxId;
        draft.lastError = stored->lastError;
        draft.createdUtc = stored->createdUtc;
    }
    return save(draft);
}

bool DraftStore::remove(const QString &id)
{
    const auto removed = m_drafts.removeIf([&](const SessionDraft &d) { return d.id == id; });
    if (removed == 0)
        return false;
    const bool written = write();
    Q_EMIT changed();
    return written;
}

bool DraftStore::write()
{
    QJsonArray drafts;
    for (const SessionDraft &draft : std::as_const(m_drafts))
        drafts.append(draft.toJson());
    const QJsonObject root{{"version"_L1, kFormatVersion}, {"drafts"_L1, drafts}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // flush() before commit(): commit() (Qt 6.4) does not notice when writing out the buffered rest fails, on a
    // full disk for one, and would put an empty file in place of the drafts.
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.flush() || !file.commit()) {
        m_error = tr("Your session draft could not be saved: %1").arg(file.errorString());
        qCWarning(lcBooking) << "could not write the draft file:" << file.errorString();
        return false;
    }
    // Agendas and addresses are personal: readable by the user only.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_error.clear();
    return true;
}

} // namespace MentorDesk
