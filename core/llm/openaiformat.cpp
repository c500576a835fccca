// SPDX-License-Identifier: MIT
#include "llm/openaiformat.h"

#include "llm/ssewriter.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Workbench {

namespace {

QJsonObject stringProperty(const QString &description)
{
    return QJsonObject{{"type"_L1, u"string"_s}, {"description"_L1, description}};
}

QJsonObject bashParameters()
{
    return QJsonObject{
        {"type"_L1, u"object"_s},
        {"properties"_L1,
         QJsonObject{{"command"_L1, stringProperty(u"The shell command to run in the workspace."_s)},
                     {"restart"_L1, QJsonObject{{"type"_L1, u"boolean"_s},
                                                {"description"_L1, u"Restart the shell instead of running a "
                                                                   u"command."_s}}}}},
        {"required"_L1, QJsonArray{u"command"_s}},
    };
}

QJsonObject editorParameters(bool withUndo)
{
    QJsonArray commands{u"view"_s, u"create"_s, u"str_replace"_s, u"insert"_s};
    if (withUndo)
        commands.append(u"undo_edit"_s);
    const QJsonObject integer{{"type"_L1, u"integer"_s}};
    return QJsonObject{
        {"type"_L1, u"object"_s},
        {"properties"_L1,
         QJsonObject{
             {"command"_L1, QJsonObject{{"type"_L1, u"string"_s}, {"enum"_L1, commands}}},
             {"path"_L1, stringProperty(u"Path of the file or directory, inside the workspace."_s)},
             {"file_text"_L1, stringProperty(u"create: the whole content of the new file."_s)},
             {"old_str"_L1, stringProperty(u"str_replace: the exact text to replace; it must occur once."_s)},
             {"new_str"_L1, stringProperty(u"str_replace: the replacement text."_s)},
             {"insert_line"_L1, QJsonObject{{"type"_L1, u"integer"_s},
                                            {"description"_L1, u"insert: the line after which to insert "
                                                               u"(0 = at the top)."_s}}},
             {"insert_text"_L1, stringProperty(u"insert: the text to insert."_s)},
             {"view_range"_L1, QJsonObject{{"type"_L1, u"array"_s},
                                           {"items"_L1, integer},
                                           {"description"_L1, u"view: [first, last] line, 1-based; -1 = to "
                                                              u"the end."_s}}},
         }},
        {"required"_L1, QJsonArray{u"command"_s, u"path"_s}},
    };
}

QJsonObject function(const QString &name, const QString &description, const QJsonObject &parameters)
{
    QJsonObject f{{"name"_L1, name}, {"parameters"_L1, parameters}};
    if (!description.isEmpty())
        f.insert("description"_L1, description);
    return QJsonObject{{"type"_L1, u"function"_s}, {"function"_L1, f}};
}

// Tool results and user turns as plain text: most local servers accept only strings there.
QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject block = v.toObject();
        const QString type = block.value("type"_L1).toString();
        if (type == "text"_L1)
            parts.append(block.value("text"_L1).toString());
        else if (type == "image"_L1)
            parts.append(u"[an image was left out: this provider passes tool results as text]"_s);
    }
    return parts.join(u'\n');
}

QJsonObject imagePart(const QJsonObject &image)
{
    const QJsonObject source = image.value("source"_L1).toObject();
    QString url = source.value("url"_L1).toString();
    if (source.value("type"_L1).toString() == "base64"_L1)
        url = u"data:%1;base64,%2"_s.arg(source.value("media_type"_L1).toString(),
                                         source.value("data"_L1).toString());
    return QJsonObject{{"type"_L1, u"image_url"_s}, {"image_url"_L1, QJsonObject{{"url"_L1, url}}}};
}

void appendUserTurn(const QJsonValue &content, QJsonArray &out)
{
    if (content.isString()) {
        out.append(QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, content.toString()}});
        return;
    }
    QJsonArray parts;
    QStringList texts;
    bool hasImage = false;
    // Tool results answer the previous assistant turn, so they come first, in their order.
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject block = v.toObject();
        const QString type = block.value("type"_L1).toString();
        if (type == "tool_result"_L1) {
            QString text = textOf(block.value("content"_L1));
            // The function-calling format has no error flag; say it in the text.
            if (block.value("is_error"_L1).toBool())
                text = u"Error: "_s + text;
            out.append(QJsonObject{{"role"_L1, u"tool"_s},
                                   {"tool_call_id"_L1, block.value("tool_use_id"_L1).toString()},
                                   {"content"_L1, text}});
        } else if (type == "text"_L1) {
            texts.append(block.value("text"_L1).toString());
            parts.append(QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, block.value("text"_L1)}});
        } else if (type == "image"_L1) {
            hasImage = true;
            parts.append(imagePart(block));
        }
    }
    if (hasImage)
        out.append(QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, parts}});
    else if (!texts.isEmpty())
        out.append(QJsonObject{{"role"_L1, u"user"_s}, {"content"_L1, texts.join(u"\n\n"_s)}});
}

void appendAssistantTurn(const QJsonValue &content, QJsonArray &out)
{
    QStringList texts;
    QJsonArray calls;
    if (content.isString())
        texts.append(content.toString());
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject block = v.toObject();
        const QString type = block.value("type"_L1).toString();
        if (type == "text"_L1) {
            texts.append(block.value("text"_L1).toString());
        } else if (type == "tool_use"_L1) {
            const QByteArray args =
                QJsonDocument(block.value("input"_L1).toObject()).toJson(QJsonDocument::Compact);
            calls.append(QJsonObject{
                {"id"_L1, block.value("id"_L1).toString()},
                {"type"_L1, u"function"_s},
                {"function"_L1, QJsonObject{{"name"_L1, block.value("name"_L1).toString()},
                                            {"arguments"_L1, QString::fromUtf8(args)}}},
            });
        }
        // thinking / redacted_thinking: no local server takes them back; they are dropped.
    }
    // "" rather than null: Ollama rejects a null content even next to tool_calls.
    QJsonObject message{{"role"_L1, u"assistant"_s}, {"content"_L1, texts.join(u"\n\n"_s)}};
    if (!calls.isEmpty())
        message.insert("tool_calls"_L1, calls);
    out.append(message);
}

QByteArray event(const QString &name, QJsonObject data)
{
    data.insert("type"_L1, name);
    return SseWriter::event(name, data);
}

QByteArray blockStart(int index, const QJsonObject &block)
{
    return event(u"content_block_start"_s, {{"index"_L1, index}, {"content_block"_L1, block}});
}

QByteArray blockDelta(int index, const QJsonObject &delta)
{
    return event(u"content_block_delta"_s, {{"index"_L1, index}, {"delta"_L1, delta}});
}

QByteArray blockStop(int index)
{
    return event(u"content_block_stop"_s, {{"index"_L1, index}});
}

// A text field that may be absent, null or a string.
QString stringOf(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

} // namespace

namespace OpenAiFormat {

QJsonArray functionTools(const QJsonArray &tools)
{
    QJsonArray out;
    for (const QJsonValue &v : tools) {
        const QJsonObject tool = v.toObject();
        const QString name = tool.value("name"_L1).toString();
        const QString type = tool.value("type"_L1).toString();
        if (name.isEmpty())
            continue;
        if (tool.contains("input_schema"_L1)) {
            out.append(function(name, tool.value("description"_L1).toString(),
                                tool.value("input_schema"_L1).toObject()));
        } else if (type.startsWith("bash_"_L1)) {
            out.append(function(name,
                                u"Run a shell command in a fresh sandboxed shell in the workspace and "
                                u"return its combined output. There is no network."_s,
                                bashParameters()));
        } else if (type.startsWith("text_editor_"_L1)) {
            // undo_edit exists only in the editor versions before 2025-04-29.
            const bool withUndo = type < "text_editor_20250429"_L1;
            out.append(function(name,
                                u"View, create and edit text files in the workspace: view shows a file "
                                u"with line numbers or lists a directory; create writes a new file; "
                                u"str_replace replaces one exact occurrence; insert adds text after a "
                                u"line."_s,
                                editorParameters(withUndo)));
        }
    }
    return out;
}

QJsonArray chatMessages(const QJsonValue &system, const QJsonArray &messages)
{
    QJsonArray out;
    const QString systemText = textOf(system);
    if (!systemText.isEmpty())
        out.append(QJsonObject{{"role"_L1, u"system"_s}, {"content"_L1, systemText}});
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QString role = m.value("role"_L1).toString();
        if (role == "assistant"_L1)
            appendAssistantTurn(m.value("content"_L1), out);
        else if (role == "system"_L1)
            out.append(QJsonObject{{"role"_L1, u"system"_s}, {"content"_L1, textOf(m.value("content"_L1))}});
        else
            appendUserTurn(m.value("content"_L1), out);
    }
    return out;
}

QJsonObject chatRequest(const QJsonObject &body, bool streamed)
{
    QJsonObject out{
        {"model"_L1, body.value("model"_L1)},
        {"messages"_L1, chatMessages(body.value("system"_L1), body.value("messages"_L1).toArray())}};
    if (body.contains("max_tokens"_L1))
        out.insert("max_tokens"_L1, body.value("max_tokens"_L1));
    for (const auto key : {"temperature"_L1, "top_p"_L1}) {
        if (body.contains(key))
            out.insert(key, body.value(key));
    }
    if (body.contains("stop_sequences"_L1))
        out.insert("stop"_L1, body.value("stop_sequences"_L1));
    const QJsonArray tools = functionTools(body.value("tools"_L1).toArray());
    if (!tools.isEmpty())
        out.insert("tools"_L1, tools);
    if (streamed) {
        out.insert("stream"_L1, true);
        out.insert("stream_options"_L1, QJsonObject{{"include_usage"_L1, true}});
    }
    return out;
}

QString stopReason(const QString &finishReason, bool hasToolCalls)
{
    if (finishReason == "length"_L1)
        return u"max_tokens"_s;
    if (finishReason == "content_filter"_L1)
        return u"refusal"_s;
    if (finishReason == "tool_calls"_L1 || finishReason == "function_call"_L1 || hasToolCalls)
        return u"tool_use"_s;
    return u"end_turn"_s;
}

QJsonObject usage(const QJsonObject &u)
{
    const qint64 prompt = u.value("prompt_tokens"_L1).toInteger();
    const qint64 cached =
        u.value("prompt_tokens_details"_L1).toObject().value("cached_tokens"_L1).toInteger();
    QJsonObject out{{"input_tokens"_L1, prompt - qMin(cached, prompt)},
                    {"output_tokens"_L1, u.value("completion_tokens"_L1).toInteger()}};
    if (cached > 0)
        out.insert("cache_read_input_tokens"_L1, qMin(cached, prompt));
    return out;
}

QSet<QString> toolUseIds(const QJsonArray &messages)
{
    QSet<QString> ids;
    for (const QJsonValue &m : messages) {
        for (const QJsonValue &b : m.toObject().value("content"_L1).toArray()) {
            const QJsonObject block = b.toObject();
            if (block.value("type"_L1).toString() == "tool_use"_L1)
                ids.insert(block.value("id"_L1).toString());
        }
    }
    return ids;
}

} // namespace OpenAiFormat

OpenAiStreamTranslator::OpenAiStreamTranslator(QString model, QString idSalt, QSet<QString> reservedIds)
    : m_model(std::move(model))
    , m_salt(std::move(idSalt))
    , m_usedIds(std::move(reservedIds))
{}

QByteArray OpenAiStreamTranslator::start(const QJsonObject &chunk)
{
    if (m_started)
        return {};
    m_started = true;
    QString id = stringOf(chunk, "id"_L1);
    if (id.isEmpty())
        id = u"chatcmpl-"_s + m_salt;
    const QString model = stringOf(chunk, "model"_L1);
    if (!model.isEmpty())
        m_model = model;
    const QJsonObject message{{"id"_L1, id},
                              {"type"_L1, u"message"_s},
                              {"role"_L1, u"assistant"_s},
                              {"model"_L1, m_model},
                              {"content"_L1, QJsonArray{}},
                              {"stop_reason"_L1, QJsonValue::Null},
                              {"stop_sequence"_L1, QJsonValue::Null},
                              {"usage"_L1, QJsonObject{{"input_tokens"_L1, 0}, {"output_tokens"_L1, 0}}}};
    return event(u"message_start"_s, {{"message"_L1, message}});
}

QByteArray OpenAiStreamTranslator::closeOpenBlock()
{
    if (m_open == Open::None)
        return {};
    m_open = Open::None;
    return blockStop(m_nextIndex++);
}

QByteArray OpenAiStreamTranslator::appendTo(Open kind, const QString &text)
{
    if (text.isEmpty())
        return {};
    QByteArray out;
    if (m_open != kind) {
        out += closeOpenBlock();
        m_open = kind;
        out += blockStart(m_nextIndex, kind == Open::Text
                                           ? QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, u""_s}}
                                           : QJsonObject{{"type"_L1, u"thinking"_s}, {"thinking"_L1, u""_s}});
    }
    out +=
        blockDelta(m_nextIndex, kind == Open::Text
                                    ? QJsonObject{{"type"_L1, u"text_delta"_s}, {"text"_L1, text}}
                                    : QJsonObject{{"type"_L1, u"thinking_delta"_s}, {"thinking"_L1, text}});
    return out;
}

void OpenAiStreamTranslator::addToolCallFragment(const QJsonObject &fragment, int position)
{
    const QJsonObject fn = fragment.value("function"_L1).toObject();
    const QString id = stringOf(fragment, "id"_L1);
    const QString name = stringOf(fn, "name"_L1);
    const int index = fragment.contains("index"_L1) ? fragment.value("index"_L1).toInt() : -1;
    int call = -1;
    if (position < 0) { // streamed: fragments of one call share its index
        if (index >= 0) {
            for (int i = int(m_calls.size()) - 1; i >= 0 && call < 0; --i) {
                if (m_calls.at(i).openAiIndex == index)
                    call = i;
            }
        } else if (m_lastCall >= 0 && (id.isEmpty() || id == m_calls.at(m_lastCall).id)) {
            call = m_lastCall; // no index at all: a fragment continues the last call
        }
        // Some servers number every parallel call 0 and tell them apart by id only.
        if (call >= 0 && !id.isEmpty() && !m_calls.at(call).id.isEmpty() && m_calls.at(call).id != id)
            call = -1;
    }
    if (call < 0) {
        m_calls.append(ToolCall{});
        call = int(m_calls.size()) - 1;
        m_calls[call].openAiIndex = position >= 0 ? position : (index >= 0 ? index : call);
    }
    ToolCall &c = m_calls[call];
    if (c.id.isEmpty())
        c.id = id;
    if (c.name.isEmpty())
        c.name = name;
    const QJsonValue args = fn.value("arguments"_L1);
    if (args.isString())
        c.arguments += args.toString();
    else if (args.isObject()) // a few servers send the object itself
        c.arguments = QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact));
    m_lastCall = call;
}

QString OpenAiStreamTranslator::uniqueId(const QString &wanted, int index)
{
    QString id = wanted;
    if (id.isEmpty() || m_usedIds.contains(id))
        id = u"call_wb%1_%2"_s.arg(m_salt).arg(index);
    for (int n = 2; m_usedIds.contains(id); ++n)
        id = u"call_wb%1_%2_%3"_s.arg(m_salt).arg(index).arg(n);
    m_usedIds.insert(id);
    return id;
}

QByteArray OpenAiStreamTranslator::chunk(const QJsonObject &chunk)
{
    if (m_done)
        return {};
    const QJsonValue error = chunk.value("error"_L1);
    if (!error.isUndefined() && !error.isNull()) {
        // {"error": {"message", "type", "code"}} (OpenAI, vLLM, llama.cpp) or {"error": "text"}.
        const QJsonObject e = error.toObject();
        QString message = error.isString() ? error.toString() : stringOf(e, "message"_L1);
        if (message.isEmpty())
            message = QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
        QString type = stringOf(e, "type"_L1);
        if (type.isEmpty())
            type = u"server_error"_s;
        m_done = true;
        return start(chunk) +
               event(u"error"_s, {{"error"_L1, QJsonObject{{"type"_L1, type}, {"message"_L1, message}}}});
    }

    QByteArray out = start(chunk);
    const QJsonValue usage = chunk.value("usage"_L1);
    if (usage.isObject())
        m_usage = OpenAiFormat::usage(usage.toObject());
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (const QJsonValue &v : choices) {
        const QJsonObject choice = v.toObject();
        if (choice.value("index"_L1).toInt() != 0)
            continue; // we ask for one choice
        // A streamed chunk has `delta`; a non-streamed answer has the whole `message`.
        const QJsonObject delta = choice.contains("delta"_L1) ? choice.value("delta"_L1).toObject()
                                                              : choice.value("message"_L1).toObject();
        QString reasoning = stringOf(delta, "reasoning_content"_L1);
        if (reasoning.isEmpty())
            reasoning = stringOf(delta, "reasoning"_L1);
        out += appendTo(Open::Thinking, reasoning);
        out += appendTo(Open::Text, stringOf(delta, "content"_L1));
        out += appendTo(Open::Text, stringOf(delta, "refusal"_L1));
        const QJsonArray calls = delta.value("tool_calls"_L1).toArray();
        if (!calls.isEmpty())
            out += closeOpenBlock(); // tool calls follow the text, as in an Anthropic message
        for (qsizetype i = 0; i < calls.size(); ++i)
            addToolCallFragment(calls.at(i).toObject(), choice.contains("message"_L1) ? int(i) : -1);
        const QString finish = stringOf(choice, "finish_reason"_L1);
        if (!finish.isEmpty())
            m_finishReason = finish;
    }
    return out;
}

Result<QByteArray> OpenAiStreamTranslator::finish()
{
    if (m_done)
        return QByteArray();
    QByteArray out = start({});
    out += closeOpenBlock();

    QByteArray calls;
    int index = m_nextIndex;
    for (const ToolCall &c : std::as_const(m_calls)) {
        if (c.name.isEmpty())
            return Error{u"invalid_tool_call"_s,
                         u"The model started a tool call without naming the tool, so it cannot run. "
                         u"Try again, or use a model with tool support."_s,
                         u"tool call %1 has no function name"_s.arg(c.openAiIndex),
                         {}};
        const QByteArray args = c.arguments.trimmed().toUtf8();
        QJsonObject input;
        if (!args.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(args, &parseError);
            if (!doc.isObject()) {
                const bool cut = m_finishReason == "length"_L1;
                return Error{u"invalid_tool_arguments"_s,
                             (cut ? u"The answer reached the output limit in the middle of a call to %1, "
                                    u"so its arguments are incomplete and it was not run. Allow more "
                                    u"output tokens or ask for smaller steps."_s
                                  : u"The model's call to %1 has arguments that are not valid JSON (the "
                                    u"answer may have been cut off), so it was not run. Try again; "
                                    u"smaller local models do this more often."_s)
                                 .arg(c.name),
                             parseError.error != QJsonParseError::NoError
                                 ? u"%1 at offset %2 of %3 bytes"_s.arg(parseError.errorString())
                                       .arg(parseError.offset)
                                       .arg(args.size())
                                 : u"arguments are not a JSON object"_s,
                             {}};
            }
            input = doc.object();
        }
        const QString id = uniqueId(c.id, index);
        calls += blockStart(
            index,
            {{"type"_L1, u"tool_use"_s}, {"id"_L1, id}, {"name"_L1, c.name}, {"input"_L1, QJsonObject{}}});
        calls += blockDelta(
            index,
            {{"type"_L1, u"input_json_delta"_s},
             {"partial_json"_L1, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact))}});
        calls += blockStop(index);
        ++index;
    }
    m_nextIndex = index;
    m_done = true;
    out += calls;
    out +=
        event(u"message_delta"_s,
              {{"delta"_L1,
                QJsonObject{{"stop_reason"_L1, OpenAiFormat::stopReason(m_finishReason, !m_calls.isEmpty())},
                            {"stop_sequence"_L1, QJsonValue::Null}}},
               {"usage"_L1, m_usage.isEmpty() ? QJsonObject{{"output_tokens"_L1, 0}} : m_usage}});
    out += event(u"message_stop"_s, {});
    return out;
}

} // namespace Workbench
