// SPDX-License-Identifier: MIT
#include "llm/messageaccumulator.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

bool takesJsonInput(const QJsonObject &block)
{
    const QString type = block.value("type"_L1).toString();
    return type == "tool_use"_L1 || type == "server_tool_use"_L1 || block.contains("input"_L1);
}

// A reader for the one JSON shape that makes up most of a stream:
// {"type":"content_block_delta","index":N,"delta":{"type":"text_delta","text":"…"}} (any key
// order, any whitespace; "thinking_delta"/"thinking" too). It only says yes when it understood
// everything; then the general parser would have produced the same values.
class DeltaReader
{
public:
    explicit DeltaReader(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    {}

    bool read()
    {
        bool typeOk = false;
        bool haveIndex = false;
        bool haveDelta = false;
        if (!object([&](QByteArrayView key) {
                QByteArrayView type;
                if (key == "type")
                    return plainString(&type) && (typeOk = type == "content_block_delta");
                if (key == "index")
                    return haveIndex = integer(&index);
                if (key == "delta")
                    return haveDelta = delta();
                return false;
            }))
            return false;
        skipSpace();
        return m_p == m_end && typeOk && haveIndex && haveDelta && !text.isNull();
    }

    qint64 index = -1;
    bool thinking = false;
    QString text;

private:
    bool delta()
    {
        QByteArrayView type;
        QByteArrayView raw;
        bool haveValue = false;
        QByteArrayView valueKey;
        if (!object([&](QByteArrayView key) {
                if (key == "type")
                    return plainString(&type);
                if ((key == "text" || key == "thinking") && !haveValue) {
                    valueKey = key;
                    return haveValue = rawString(&raw);
                }
                return false;
            }))
            return false;
        if (!haveValue)
            return false;
        if (type == "text_delta" && valueKey == "text")
            thinking = false;
        else if (type == "thinking_delta" && valueKey == "thinking")
            thinking = true;
        else
            return false;
        if (raw.contains('\\')) {
            QByteArray value;
            if (!unescape(raw, &value))
                return false;
            text = QString::fromUtf8(value);
        } else {
            text = QString::fromUtf8(raw);
        }
        // Invalid UTF-8 becomes U+FFFD here but an error in the general parser: let it decide.
        return !text.contains(QChar::ReplacementCharacter);
    }

    template <typename OnKey> bool object(OnKey &&onKey)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '{')
            return false;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == '}')
            return false; // nothing we want is empty
        while (true) {
            QByteArrayView key;
            skipSpace();
            if (!plainString(&key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            if (!onKey(QByteArrayView(key)))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == '}') {
                ++m_p;
                return true;
            }
            if (*m_p != ',')
                return false;
            ++m_p;
        }
    }

    bool integer(qint64 *out)
    {
        const char *start = m_p;
        qint64 v = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 9)
            v = v * 10 + (*m_p++ - '0');
        if (m_p == start || (m_p - start > 1 && *start == '0'))
            return false;
        if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E' || (*m_p >= '0' && *m_p <= '9')))
            return false; // not a small plain integer: the general parser decides
        *out = v;
        return true;
    }

    // A JSON string as it is written (between the quotes, escapes untouched).
    bool rawString(QByteArrayView *out)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *start = ++m_p;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *out = QByteArrayView(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            m_p += c == '\\' ? 2 : 1;
        }
        return false;
    }

    // Keys and type names: only escape-free ones are ours.
    bool plainString(QByteArrayView *out) { return rawString(out) && !out->contains('\\'); }

    // `raw` unescaped, as UTF-8 bytes.
    static bool unescape(QByteArrayView raw, QByteArray *out)
    {
        const char *p = raw.data();
        const char *const end = p + raw.size();
        out->reserve(raw.size());
        const char *run = p;
        while (p != end) {
            if (*p != '\\') {
                ++p;
                continue;
            }
            out->append(run, p - run);
            if (++p == end)
                return false;
            switch (*p++) {
            case '"':
                out->append('"');
                break;
            case '\\':
                out->append('\\');
                break;
            case '/':
                out->append('/');
                break;
            case 'b':
                out->append('\b');
                break;
            case 'f':
                out->append('\f');
                break;
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'u': {
                char32_t cp = 0;
                if (!hex4(p, end, &cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low = 0;
                    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                        return false; // a lone surrogate: the general parser decides
                    p += 2;
                    if (!hex4(p, end, &low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                return false;
            }
            run = p;
        }
        out->append(run, p - run);
        return true;
    }

    static bool hex4(const char *&p, const char *end, char32_t *out)
    {
        if (end - p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static void appendUtf8(QByteArray *out, char32_t cp)
    {
        if (cp < 0x80) {
            out->append(char(cp));
        } else if (cp < 0x800) {
            out->append(char(0xC0 | (cp >> 6)));
            out->append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out->append(char(0xE0 | (cp >> 12)));
            out->append(char(0x80 | ((cp >> 6) & 0x3F)));
            out->append(char(0x80 | (cp & 0x3F)));
        } else {
            out->append(char(0xF0 | (cp >> 18)));
            out->append(char(0x80 | ((cp >> 12) & 0x3F)));
            out->append(char(0x80 | ((cp >> 6) & 0x3F)));
            out->append(char(0x80 | (cp & 0x3F)));
        }
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

MessageAccumulator::Outcome MessageAccumulator::apply(QByteArrayView eventName, QByteArrayView data)
{
    if (eventName == "content_block_delta" && applyTextDelta(data))
        return Outcome::TextAppended;
    return apply(QString::fromUtf8(eventName), data.toByteArray());
}

bool MessageAccumulator::applyTextDelta(QByteArrayView data)
{
    DeltaReader reader(data);
    if (!reader.read())
        return false;
    const qint64 index = reader.index;
    if (index >= m_blocks.size() || m_blocks.at(index).isEmpty())
        return false; // the general path reports it as malformed
    const QString key = reader.thinking ? u"thinking"_s : u"text"_s;
    m_lastIndex = int(index);
    m_lastDeltaKind = key;
    m_lastDeltaText = std::move(reader.text);
    QString &buffer = reader.thinking ? m_thinking[index] : m_text[index];
    if (buffer.isNull()) {
        buffer = m_blocks.at(index).value(key).toString();
        buffer.reserve(std::max<qsizetype>(buffer.size(), 64)); // allocated: never null again
    }
    buffer += m_lastDeltaText;
    return true;
}

MessageAccumulator::Outcome MessageAccumulator::apply(const QString &eventName, const QByteArray &data)
{
    m_lastDeltaText.clear();
    m_lastDeltaKind.clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    const QString type =
        eventName.isEmpty() && doc.isObject() ? doc.object().value("type"_L1).toString() : eventName;

    if (type == "ping"_L1)
        return Outcome::Ignored;

    auto keep = [&](Outcome outcome) {
        QJsonObject record{{"event"_L1, type}};
        if (doc.isNull())
            record.insert("data"_L1, QString::fromUtf8(data));
        else
            record.insert("data"_L1, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        m_unknown.append(record);
        return outcome;
    };

    if (!doc.isObject())
        return keep(Outcome::Malformed);
    const QJsonObject obj = doc.object();

    // An index that names a block which was never started cannot be applied anywhere.
    auto blockIndex = [&](bool mustExist) {
        const QJsonValue v = obj.value("index"_L1);
        if (!v.isDouble())
            return -1;
        const int index = v.toInt(-1);
        if (index < 0 || (mustExist && (index >= m_blocks.size() || m_blocks.at(index).isEmpty())))
            return -1;
        return index;
    };

    if (type == "message_start"_L1) {
        QJsonObject message = obj.value("message"_L1).toObject();
        m_usage = message.take("usage"_L1).toObject();
        const QJsonArray content = message.take("content"_L1).toArray();
        m_blocks.clear();
        m_partialJson.clear();
        m_text.clear();
        m_thinking.clear();
        for (const QJsonValue &block : content) {
            resizeTo(int(m_blocks.size()));
            m_blocks.last() = block.toObject();
        }
        m_message = message;
        m_started = true;
        return Outcome::MessageStarted;
    }

    if (type == "content_block_start"_L1) {
        const int index = blockIndex(false);
        const QJsonObject block = obj.value("content_block"_L1).toObject();
        if (index < 0 || block.isEmpty())
            return keep(Outcome::Malformed);
        resizeTo(index);
        m_blocks[index] = block;
        m_partialJson[index].clear();
        m_text[index] = QString();
        m_thinking[index] = QString();
        m_lastIndex = index;
        return Outcome::BlockStarted;
    }

    if (type == "content_block_delta"_L1) {
        const int index = blockIndex(true);
        if (index < 0)
            return keep(Outcome::Malformed);
        const QJsonObject delta = obj.value("delta"_L1).toObject();
        const QString deltaType = delta.value("type"_L1).toString();
        QJsonObject &block = m_blocks[index];
        m_lastIndex = index;
        if (deltaType == "text_delta"_L1 || deltaType == "thinking_delta"_L1) {
            const bool isText = deltaType == "text_delta"_L1;
            const QString key = isText ? u"text"_s : u"thinking"_s;
            m_lastDeltaText = delta.value(key).toString();
            m_lastDeltaKind = key;
            QString &buffer = isText ? m_text[index] : m_thinking[index];
            if (buffer.isNull()) {
                buffer = block.value(key).toString();
                buffer.reserve(std::max<qsizetype>(buffer.size(), 64)); // allocated: never null again
            }
            buffer += m_lastDeltaText;
            return Outcome::TextAppended;
        }
        if (deltaType == "signature_delta"_L1) {
            block.insert("signature"_L1, delta.value("signature"_L1).toString());
            return Outcome::BlockUpdated;
        }
        if (deltaType == "input_json_delta"_L1) {
            m_partialJson[index] += delta.value("partial_json"_L1).toString().toUtf8();
            return Outcome::BlockUpdated;
        }
        if (deltaType == "citations_delta"_L1) {
            QJsonArray citations = block.value("citations"_L1).toArray();
            citations.append(delta.value("citation"_L1));
            block.insert("citations"_L1, citations);
            return Outcome::BlockUpdated;
        }
        return keep(Outcome::Unknown);
    }

    if (type == "content_block_stop"_L1) {
        const int index = blockIndex(true);
        if (index < 0)
            return keep(Outcome::Malformed);
        QJsonObject &block = m_blocks[index];
        m_lastIndex = index;
        const QByteArray json = std::exchange(m_partialJson[index], {}).trimmed();
        if (!json.isEmpty()) {
            QJsonParseError inputError;
            const QJsonDocument input = QJsonDocument::fromJson(json, &inputError);
            if (input.isObject()) {
                block.insert("input"_L1, input.object());
            } else {
                // Cut-off fine-grained streaming: keep the raw text where it can be inspected.
                block.insert("input"_L1, QJsonObject());
                m_unknown.append(QJsonObject{{"event"_L1, type},
                                             {"data"_L1, obj},
                                             {"partial_json"_L1, QString::fromUtf8(json)},
                                             {"error"_L1, inputError.errorString()}});
            }
        } else if (takesJsonInput(block) && !block.value("input"_L1).isObject()) {
            block.insert("input"_L1, QJsonObject());
        }
        return Outcome::BlockStopped;
    }

    if (type == "message_delta"_L1) {
        const QJsonObject delta = obj.value("delta"_L1).toObject();
        for (const auto &key : {"stop_reason"_L1, "stop_sequence"_L1, "stop_details"_L1}) {
            if (delta.contains(key))
                m_message.insert(key, delta.value(key));
        }
        // Usage in message_delta is cumulative: a field replaces, never adds.
        const QJsonObject usage = obj.value("usage"_L1).toObject();
        for (auto it = usage.begin(); it != usage.end(); ++it)
            m_usage.insert(it.key(), it.value());
        return Outcome::MessageDelta;
    }

    if (type == "message_stop"_L1) {
        m_stopped = true;
        return Outcome::MessageStopped;
    }

    if (type == "error"_L1) {
        m_streamError = obj.value("error"_L1).toObject();
        return Outcome::StreamError;
    }

    return keep(Outcome::Unknown);
}

QJsonObject MessageAccumulator::message() const
{
    QJsonObject message = m_message;
    if (!message.contains("type"_L1))
        message.insert("type"_L1, u"message"_s);
    if (!message.contains("role"_L1))
        message.insert("role"_L1, u"assistant"_s);
    for (const auto &key : {"stop_reason"_L1, "stop_sequence"_L1}) {
        if (!message.contains(key))
            message.insert(key, QJsonValue::Null);
    }
    QJsonArray content;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (!m_blocks.at(i).isEmpty())
            content.append(materialized(i));
    }
    message.insert("content"_L1, content);
    message.insert("usage"_L1, m_usage);
    return message;
}

QJsonObject MessageAccumulator::block(int index) const
{
    return index >= 0 && index < m_blocks.size() ? materialized(index) : QJsonObject();
}

void MessageAccumulator::resizeTo(int index)
{
    while (m_blocks.size() <= index) {
        m_blocks.append(QJsonObject());
        m_partialJson.append(QByteArray());
        m_text.append(QString());
        m_thinking.append(QString());
    }
}

QJsonObject MessageAccumulator::materialized(int index) const
{
    QJsonObject block = m_blocks.at(index);
    if (!m_text.at(index).isNull())
        block.insert("text"_L1, m_text.at(index));
    if (!m_thinking.at(index).isNull())
        block.insert("thinking"_L1, m_thinking.at(index));
    return block;
}

} // namespace Workbench
