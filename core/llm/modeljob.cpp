// SPDX-License-Identifier: MIT
#include "llm/modeljob.h"

#include "llm/apierrors.h"
#include "llm/sseparser.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Workbench {

ModelJob::ModelJob(QObject *parent)
    : QObject(parent)
    , m_parser(std::make_unique<SseParser>())
{}

ModelJob::~ModelJob() = default;

void ModelJob::markStarted()
{
    m_clock.start();
}

void ModelJob::feedBytes(const QByteArray &bytes)
{
    if (m_finished)
        return;
    const QList<SseEvent> events = m_parser->feed(bytes);
    // A slot may delete us (deleteLater is the polite way, but be safe) or cancel us mid-batch.
    const QPointer<ModelJob> self(this);
    for (const SseEvent &event : events) {
        const QString name = QString::fromUtf8(event.name);
        Q_EMIT rawEvent(name, event.data, elapsedMs());
        if (!self || m_finished)
            return;

        using Outcome = MessageAccumulator::Outcome;
        const Outcome outcome = m_acc.apply(QByteArrayView(event.name), QByteArrayView(event.data));
        const int index = m_acc.lastIndex();
        switch (outcome) {
        case Outcome::MessageStarted:
            Q_EMIT usageUpdated(m_acc.usage());
            break;
        case Outcome::BlockStarted:
            Q_EMIT blockStarted(index, m_acc.block(index));
            break;
        case Outcome::TextAppended:
            if (m_ttft < 0)
                m_ttft = elapsedMs();
            Q_EMIT textDelta(index, m_acc.lastDeltaKind(), m_acc.lastDeltaText());
            break;
        case Outcome::BlockUpdated:
            if (m_ttft < 0)
                m_ttft = elapsedMs();
            break;
        case Outcome::BlockStopped:
            Q_EMIT blockFinished(index, m_acc.block(index));
            break;
        case Outcome::MessageDelta:
            Q_EMIT usageUpdated(m_acc.usage());
            break;
        case Outcome::StreamError: {
            fail(ApiErrors::midStream(m_acc.streamError(), m_requestId));
            return;
        }
        case Outcome::Ignored:
        case Outcome::MessageStopped:
        case Outcome::Unknown:
        case Outcome::Malformed:
            break;
        }
        if (!self || m_finished)
            return;
    }
}

void ModelJob::finishStream()
{
    if (m_finished)
        return;
    m_parser->finish();
    if (m_acc.isStopped()) {
        emitFinished();
        return;
    }
    fail(Error{u"incomplete_stream"_s, u"The answer stopped before it was complete."_s,
               m_acc.hasStarted() ? u"the stream ended without message_stop"_s
                                  : u"the stream ended before message_start"_s,
               m_requestId});
}

void ModelJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_error = error;
    emitFinished();
}

void ModelJob::emitFinished()
{
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Workbench
