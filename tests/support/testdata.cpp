// SPDX-License-Identifier: MIT
#include "testdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Workbench::TestSupport {

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(path));
    return file.readAll();
}

QJsonObject jsonObject(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace Workbench::TestSupport
