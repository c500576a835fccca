// SPDX-License-Identifier: MIT
#include "agent/appsettings.h"
#include "approval/permissionstore.h"
#include "fakemessagesserver.h"
#include "llm/anthropicprovider.h"
#include "llm/modelcapabilities.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString ini() const { return m_dir.filePath(u"s.ini"_s); }
    QString rules() const { return m_dir.filePath(u"permissions.json"_s); }

    template <typename T> static T *child(QWidget *w, const QString &name)
    {
        auto *c = w->findChild<T *>(name);
        if (!c)
            qFatal("missing child %s", qPrintable(name));
        return c;
    }
    static QPushButton *okButton(SettingsDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(ini());
        QFile::remove(rules());
    }

    void opens_withStoredValues()
    {
        {
            AppSettings s(ini());
            QVERIFY(s.setModel(u"claude-haiku-4-5"_s));
            QVERIFY(s.setCpuSeconds(90));
            s.setTheme(AppSettings::Theme::Dark);
        }
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        QCOMPARE(child<QComboBox>(&d, u"modelCombo"_s)->currentText(), u"claude-haiku-4-5"_s);
        QCOMPARE(child<QSpinBox>(&d, u"cpuSpin"_s)->value(), 90);
        QCOMPARE(child<QComboBox>(&d, u"themeCombo"_s)->currentData().toInt(), int(AppSettings::Theme::Dark));
        QVERIFY(!child<QLabel>(&d, u"storedProblems"_s)->isVisibleTo(&d));
        // The price table's models are offered.
        QVERIFY(child<QComboBox>(&d, u"modelCombo"_s)->findText(u"claude-sonnet-4-6"_s) >= 0);
    }

    void ok_writesEveryPage()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        QSignalSpy applied(&d, &SettingsDialog::settingsApplied);
        child<QComboBox>(&d, u"modelCombo"_s)->setCurrentText(u"claude-opus-4-6"_s);
        child<QSpinBox>(&d, u"wallTimeSpin"_s)->setValue(33);
        child<QSpinBox>(&d, u"memorySpin"_s)->setValue(1024);
        auto *mode = child<QComboBox>(&d, u"permissionModeCombo"_s);
        mode->setCurrentIndex(mode->findData(int(PermissionMode::Plan)));
        child<QCheckBox>(&d, u"networkCheck"_s)->setChecked(true);
        QVERIFY(child<QCheckBox>(&d, u"cgroupsCheck"_s)->isChecked()); // on by default
        child<QCheckBox>(&d, u"cgroupsCheck"_s)->setChecked(false);
        child<QPlainTextEdit>(&d, u"domainsEdit"_s)->setPlainText(u"pypi.org\n\n*.github.com\n"_s);
        child<QSpinBox>(&d, u"retentionSpin"_s)->setValue(14);
        auto *theme = child<QComboBox>(&d, u"themeCombo"_s);
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Light)));
        auto *language = child<QComboBox>(&d, u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        child<QLineEdit>(&d, u"ruleEdit"_s)->setText(u"Bash(npm test:*)"_s);
        QTest::mouseClick(child<QPushButton>(&d, u"ruleAdd"_s), Qt::LeftButton);
        QVERIFY(okButton(d)->isEnabled());
        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(d.result(), int(QDialog::Accepted));

        AppSettings reread(ini());
        QCOMPARE(reread.model(), u"claude-opus-4-6"_s);
        QCOMPARE(reread.wallTimeSeconds(), 33);
        QCOMPARE(reread.memoryMiB(), 1024);
        QCOMPARE(reread.permissionMode(), PermissionMode::Plan);
        QVERIFY(reread.networkEnabled());
        QVERIFY(!reread.cgroupsEnabled());
        QCOMPARE(reread.allowedDomains(), (QStringList{u"pypi.org"_s, u"*.github.com"_s}));
        QCOMPARE(reread.transcriptRetentionDays(), 14);
        QCOMPARE(reread.theme(), AppSettings::Theme::Light);
        QCOMPARE(reread.language(), u"de"_s);
        const auto stored = PermissionStore::load(rules());
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().text, u"Bash(npm test:*)"_s);
    }

    void invalidField_explainsInline_andDisablesOk_data()
    {
        QTest::addColumn<QString>("editName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorName");
        QTest::newRow("model") << "modelCombo"
                               << "two words"
                               << "modelError";
        QTest::newRow("domain") << "domainsEdit"
                                << "not a domain!"
                                << "domainsError";
        QTest::newRow("prices") << "pricePathEdit"
                                << "/nonexistent/prices.json"
                                << "priceError";
        QTest::newRow("transcripts") << "transcriptDirEdit"
                                     << "relative/dir"
                                     << "transcriptError";
    }

    void invalidField_explainsInline_andDisablesOk()
    {
        QFETCH(QString, editName);
        QFETCH(QString, value);
        QFETCH(QString, errorName);
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        auto *error = child<QLabel>(&d, errorName);
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(error->text().isEmpty());
        QWidget *edit = child<QWidget>(&d, editName);
        // The user edits a field on the page they are looking at.
        for (QWidget *w = edit; w && w != &d; w = w->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
                stack->setCurrentWidget(w);
        }
        if (auto *combo = qobject_cast<QComboBox *>(edit))
            combo->setCurrentText(value);
        else if (auto *line = qobject_cast<QLineEdit *>(edit))
            line->setText(value);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(edit))
            text->setPlainText(value);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(error->isVisibleTo(&d));
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(!d.isInputValid());
        // Accepting anyway (Enter on a focused field) writes nothing.
        d.accept();
        QVERIFY(QSettings(ini(), QSettings::IniFormat).allKeys().isEmpty());
    }

    void fontSizeBelowMinimum_isExplained()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        child<QCheckBox>(&d, u"systemFontCheck"_s)->setChecked(false);
        child<QSpinBox>(&d, u"fontSizeSpin"_s)->setValue(3);
        QVERIFY(!child<QLabel>(&d, u"fontSizeError"_s)->text().isEmpty());
        QVERIFY(!okButton(d)->isEnabled());
        child<QSpinBox>(&d, u"fontSizeSpin"_s)->setValue(12);
        QVERIFY(okButton(d)->isEnabled());
    }

    void storedInvalidValue_isListed_notReset()
    {
        {
            QSettings raw(ini(), QSettings::IniFormat);
            raw.setValue(u"sandbox/memoryMiB"_s, u"plenty"_s);
        }
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        auto *problems = child<QLabel>(&d, u"storedProblems"_s);
        QVERIFY(problems->isVisibleTo(&d));
        QVERIFY(problems->text().contains(u"plenty"_s));
        QCOMPARE(QSettings(ini(), QSettings::IniFormat).value(u"sandbox/memoryMiB"_s).toString(),
                 u"plenty"_s);
    }

    void filter_narrowsPages_andHighlightsFields()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        d.show();
        d.setFilter(u"memory"_s);
        QVERIFY(d.isPageVisible(SettingsDialog::Page::Sandbox));
        QVERIFY(!d.isPageVisible(SettingsDialog::Page::Appearance));
        QVERIFY(!d.isPageVisible(SettingsDialog::Page::ApiKey));
        QCOMPARE(d.currentPage(), SettingsDialog::Page::Sandbox);
        QWidget *sandboxPage = d.findChild<QWidget *>(u"page%1"_s.arg(int(SettingsDialog::Page::Sandbox)));
        QVERIFY(sandboxPage);
        int highlighted = 0;
        for (QLabel *label : sandboxPage->findChildren<QLabel *>()) {
            if (label->property("searchMatch").toBool()) {
                ++highlighted;
                QVERIFY(label->text().contains(u"Memory"_s, Qt::CaseInsensitive));
                QCOMPARE(label->backgroundRole(), QPalette::Highlight);
            }
        }
        QCOMPARE(highlighted, 1);
        // A page title matches too; clearing the filter shows every page and drops the highlight.
        d.setFilter(u"appearance"_s);
        QVERIFY(d.isPageVisible(SettingsDialog::Page::Appearance));
        QVERIFY(!d.isPageVisible(SettingsDialog::Page::Sandbox));
        d.setFilter(QString());
        for (auto page :
             {SettingsDialog::Page::Model, SettingsDialog::Page::Network, SettingsDialog::Page::Prices})
            QVERIFY(d.isPageVisible(page));
        for (QLabel *label : d.findChildren<QLabel *>())
            QVERIFY(!label->property("searchMatch").toBool());
    }

    void apiKeyPage_saysTheEnvironmentWins()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        d.setApiKeyState(true, true);
        QVERIFY(child<QLabel>(&d, u"apiKeyStatus"_s)->text().contains(u"ANTHROPIC_API_KEY"_s));
        QVERIFY(!child<QLineEdit>(&d, u"apiKeyEdit"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&d, u"apiKeyClear"_s)->isEnabled());
    }

    void apiKeyPage_requestsStoreAndClear()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        d.setApiKeyState(false, false);
        QSignalSpy save(&d, &SettingsDialog::apiKeySaveRequested);
        QSignalSpy clear(&d, &SettingsDialog::apiKeyClearRequested);
        auto *saveButton = child<QPushButton>(&d, u"apiKeySave"_s);
        QVERIFY(!saveButton->isEnabled());
        QVERIFY(!child<QPushButton>(&d, u"apiKeyClear"_s)->isEnabled());
        child<QLineEdit>(&d, u"apiKeyEdit"_s)->setText(u"  sk-ant-test  "_s);
        QVERIFY(saveButton->isEnabled());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        QCOMPARE(save.first().first().toString(), u"sk-ant-test"_s);
        QVERIFY(child<QLineEdit>(&d, u"apiKeyEdit"_s)->text().isEmpty()); // not kept in the widget
        d.setApiKeyState(true, false);
        QTest::mouseClick(child<QPushButton>(&d, u"apiKeyClear"_s), Qt::LeftButton);
        QCOMPARE(clear.count(), 1);
    }

    void rules_editRemoveAndImport()
    {
        QVERIFY(saveRulesFile(rules(),
                              {*PermissionRule::parse(u"Bash(ls:*)"_s, PermissionRule::Kind::Allow, {})}));
        const QString claude = m_dir.filePath(u"claude-settings.json"_s);
        {
            QFile f(claude);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"json({"permissions":{"allow":["Bash(ls:*)","Read(*)"],"deny":["Bash(rm:*)"]},"model":"x"})json");
        }
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        auto *list = child<QTreeWidget>(&d, u"rulesList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        // A rule that does not parse is explained and cannot be added.
        auto *edit = child<QLineEdit>(&d, u"ruleEdit"_s);
        edit->setText(u"Bash(unclosed"_s);
        QVERIFY(!child<QLabel>(&d, u"ruleError"_s)->text().isEmpty());
        QVERIFY(!child<QPushButton>(&d, u"ruleAdd"_s)->isEnabled());
        // Edit the selected rule into a deny rule.
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(edit->text(), u"Bash(ls:*)"_s);
        auto *kind = child<QComboBox>(&d, u"ruleKindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(PermissionRule::Kind::Deny)));
        edit->setText(u"Bash(curl:*)"_s);
        QTest::mouseClick(child<QPushButton>(&d, u"ruleUpdate"_s), Qt::LeftButton);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Bash(curl:*)"_s);
        // Import adds only what is new: Bash(curl:*) was the only rule; three come from the file.
        QTest::mouseClick(child<QPushButton>(&d, u"ruleImport"_s), Qt::LeftButton);
        auto *fileDialog = d.findChild<QFileDialog *>();
        QVERIFY(fileDialog);
        fileDialog->selectFile(claude);
        QMetaObject::invokeMethod(fileDialog,
                                  "accept"); // a protected slot, reached as the dialog's button does
        QCOMPARE(list->topLevelItemCount(), 4);
        QVERIFY(child<QLabel>(&d, u"rulesNote"_s)->text().contains(claude));
        while (list->topLevelItemCount() > 1)
            delete list->topLevelItem(1);
        // Remove it, then save.
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(&d, u"ruleRemove"_s), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 0);
        d.accept();
        const auto stored = PermissionStore::load(rules());
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
    }

    void extraReadOnly_addEditRemove_refusedPathsExplainedNotDropped()
    {
        // Under /var/tmp: a folder in /tmp or the home folder is refused by design.
        QTemporaryDir toolchain(u"/var/tmp/wb-settings-tool-XXXXXX"_s);
        QTemporaryDir other(u"/var/tmp/wb-settings-other-XXXXXX"_s);
        QVERIFY(toolchain.isValid() && other.isValid());
        {
            QSettings raw(ini(), QSettings::IniFormat);
            raw.setValue(u"sandbox/extraReadOnly"_s, QStringList{toolchain.path(), u"relative/dir"_s});
        }
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        d.showPage(SettingsDialog::Page::Sandbox);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *list = child<QListWidget>(&d, u"extraReadOnlyList"_s);
        auto *error = child<QLabel>(&d, u"extraReadOnlyError"_s);
        // The stored entry that no longer passes stays listed, with its reason inline and on the item.
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(1)->text(), u"relative/dir"_s);
        QVERIFY(error->isVisibleTo(&d));
        QVERIFY(error->text().contains(u"relative/dir"_s));
        QVERIFY(!list->item(1)->toolTip().isEmpty());
        QVERIFY(list->item(0)->toolTip().isEmpty());
        QVERIFY(!okButton(d)->isEnabled());

        // Edit it in place (Edit opens the item's editor) into a folder that passes.
        list->setCurrentItem(list->item(1));
        QTest::mouseClick(child<QPushButton>(&d, u"extraReadOnlyEdit"_s), Qt::LeftButton);
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"relative/dir"_s);
        editor->setText(other.path());
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(list->item(1)->text(), other.path()); // the delegate commits from the event loop
        QVERIFY(error->text().isEmpty());
        QVERIFY(!error->isVisibleTo(&d));
        QVERIFY(okButton(d)->isEnabled());

        // Add… opens a folder chooser; a refused folder is added and explained, not ignored.
        QTest::mouseClick(child<QPushButton>(&d, u"extraReadOnlyAdd"_s), Qt::LeftButton);
        auto *chooser = d.findChild<QFileDialog *>();
        QVERIFY(chooser);
        QCOMPARE(chooser->fileMode(), QFileDialog::Directory);
        QVERIFY(chooser->isModal());
        Q_EMIT chooser->fileSelected(u"/usr/share"_s);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->currentItem()->text(), u"/usr/share"_s);
        QVERIFY(error->text().contains(u"/usr"_s));
        QVERIFY(!okButton(d)->isEnabled());
        // Remove takes the selected entry away; choosing a listed folder again adds nothing.
        QTest::mouseClick(child<QPushButton>(&d, u"extraReadOnlyRemove"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QVERIFY(okButton(d)->isEnabled());
        Q_EMIT chooser->fileSelected(toolchain.path() + u"/"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 0);

        QTest::mouseClick(okButton(d), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings(ini()).extraReadOnly(), (QStringList{toolchain.path(), other.path()}));
    }

    static QJsonObject modelEntry(const QString &id, qint64 window, qint64 output)
    {
        return QJsonObject{{"type"_L1, u"model"_s},         {"id"_L1, id},
                           {"display_name"_L1, id},         {"created_at"_L1, u"2026-09-01T00:00:00Z"_s},
                           {"max_input_tokens"_L1, window}, {"max_tokens"_L1, output}};
    }

    void models_comeFromTheApi_withTheirLimits()
    {
        FakeMessagesServer server;
        QVERIFY(server.listen());
        server.enqueueModelsPage(
            QJsonObject{{"data"_L1, QJsonArray{modelEntry(u"claude-api-one"_s, 1000000, 128000),
                                               modelEntry(u"claude-api-two"_s, 200000, 64000)}},
                        {"has_more"_L1, false},
                        {"first_id"_L1, u"claude-api-one"_s},
                        {"last_id"_L1, u"claude-api-two"_s}});
        AppSettings s(ini());
        QVERIFY(s.setModel(u"claude-api-two"_s));
        SettingsDialog d(&s);
        QNetworkAccessManager nam;
        AnthropicConfig config;
        config.apiKey = u"sk-ant-test"_s;
        config.baseUrl = server.baseUrl();
        d.loadModels(config, &nam);
        auto *model = child<QComboBox>(&d, u"modelCombo"_s);
        QTRY_COMPARE(model->count(), 2);
        QCOMPARE(model->itemText(0), u"claude-api-one"_s);
        QCOMPARE(model->currentText(), u"claude-api-two"_s); // the stored choice is kept
        QCOMPARE(server.modelsRequests().size(), 1);
        QCOMPARE(server.modelsRequests().at(0).headers.value("x-api-key"), QByteArray("sk-ant-test"));
        // The chosen model's limits are the API's.
        const QString limits = child<QLabel>(&d, u"modelLimits"_s)->text();
        QVERIFY2(limits.contains(QLocale().toString(200000)) && limits.contains(QLocale().toString(64000)),
                 qPrintable(limits));
        model->setCurrentText(u"claude-api-one"_s);
        QVERIFY(child<QLabel>(&d, u"modelLimits"_s)->text().contains(QLocale().toString(1000000)));
    }

    void models_fallBackToTheCapabilityTable_withANote()
    {
        FakeMessagesServer server; // no page queued: /v1/models answers 404
        QVERIFY(server.listen());
        AppSettings s(ini());
        SettingsDialog d(&s);
        auto *model = child<QComboBox>(&d, u"modelCombo"_s);
        const int shipped = model->count();
        QVERIFY(shipped > 0);
        QNetworkAccessManager nam;
        AnthropicConfig config;
        config.apiKey = u"sk-ant-test"_s;
        config.baseUrl = server.baseUrl();
        d.loadModels(config, &nam);
        auto *note = child<QLabel>(&d, u"modelListNote"_s);
        QTRY_VERIFY2(note->text().contains(u"could not be loaded"_s), qPrintable(note->text()));
        QCOMPARE(model->count(), shipped);
        // Every entry of the shipped capability table is offered.
        const CapabilityTable table = CapabilityTable::bundled();
        for (const ModelCapability &m : table.models()) {
            if (!m.prefix.isEmpty())
                QVERIFY2(model->findText(m.prefix) >= 0, qPrintable(m.prefix));
        }
        // The limits shown for a known model are the table's.
        model->setCurrentText(u"claude-api-unknown"_s);
        const ModelCapability cap = CapabilityTable::userOrBundled().find(u"claude-api-unknown"_s);
        QVERIFY(child<QLabel>(&d, u"modelLimits"_s)->text().contains(QLocale().toString(cap.contextWindow)));
    }

    void openaiProvider_needsAServerAddress()
    {
        AppSettings s(ini());
        SettingsDialog d(&s);
        d.setRulesFile(rules());
        auto *provider = child<QComboBox>(&d, u"providerCombo"_s);
        auto *baseUrl = child<QLineEdit>(&d, u"baseUrlEdit"_s);
        QVERIFY(!baseUrl->isEnabled());
        provider->setCurrentIndex(provider->findData(u"openai"_s));
        QVERIFY(baseUrl->isEnabled());
        QVERIFY(!child<QLabel>(&d, u"baseUrlError"_s)->text().isEmpty());
        QVERIFY(!okButton(d)->isEnabled());
        baseUrl->setText(u"ftp://example.com"_s);
        QVERIFY(!okButton(d)->isEnabled());
        baseUrl->setText(u"http://localhost:11434/v1"_s);
        QVERIFY(child<QLabel>(&d, u"baseUrlError"_s)->text().isEmpty());
        QVERIFY(okButton(d)->isEnabled());
        d.accept();
        AppSettings stored(ini());
        QCOMPARE(stored.provider(), u"openai"_s);
        QCOMPARE(stored.baseUrl(), u"http://localhost:11434/v1"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
