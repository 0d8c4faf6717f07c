#include "models/fieldmapmodel.h"
#include "models/roles.h"
#include "models/stagechecklistmodel.h"
#include "models/stagemappingmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace identsync;

namespace {

QModelIndex fieldIndex(const FieldMapModel &m, MappedField f, FieldMapModel::Column c)
{
    return m.index(int(f), int(c));
}

PortalFieldInfo field(const QString &name, const QString &title)
{
    return PortalFieldInfo{name, title, QStringLiteral("string"), false, false};
}

} // namespace

class TestSettingsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldMapFlagsRows_data()
    {
        QTest::addColumn<QString>("doctorField");
        QTest::addColumn<bool>("portalLoaded");
        QTest::addColumn<int>("expectedState");
        QTest::newRow("default, not checked")
            << "UF_CRM_IDENT_DOCTOR" << false << int(FieldMapModel::State::Ok);
        QTest::newRow("default, on the portal")
            << "UF_CRM_IDENT_DOCTOR" << true << int(FieldMapModel::State::Ok);
        QTest::newRow("missing on the portal")
            << "UF_CRM_NOPE" << true << int(FieldMapModel::State::MissingOnPortal);
        QTest::newRow("used twice")
            << "UF_CRM_IDENT_START" << false << int(FieldMapModel::State::UsedTwice);
        QTest::newRow("switched off") << "" << true << int(FieldMapModel::State::Off);
    }
    void fieldMapFlagsRows()
    {
        QFETCH(QString, doctorField);
        QFETCH(bool, portalLoaded);
        QFETCH(int, expectedState);
        FieldMapModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (portalLoaded) {
            QList<PortalFieldInfo> deal;
            for (int i = 0; i < int(MappedField::Count); ++i)
                if (fieldEntity(MappedField(i)) == FieldEntity::Deal)
                    deal << field(defaultFieldName(MappedField(i)), QStringLiteral("T%1").arg(i));
            QList<PortalFieldInfo> contact;
            for (int i = 0; i < int(MappedField::Count); ++i)
                if (fieldEntity(MappedField(i)) == FieldEntity::Contact)
                    contact << field(defaultFieldName(MappedField(i)),
                                     QStringLiteral("C%1").arg(i));
            m.setPortalFields(deal, contact);
        }
        QSignalSpy edited(&m, &FieldMapModel::edited);
        QVERIFY(m.setData(fieldIndex(m, MappedField::Doctor, FieldMapModel::Column::PortalField),
                          doctorField));
        QCOMPARE(edited.count(), doctorField == u"UF_CRM_IDENT_DOCTOR" ? 0 : 1);
        QCOMPARE(int(m.state(MappedField::Doctor)), expectedState);
        QCOMPARE(fieldIndex(m, MappedField::Doctor, FieldMapModel::Column::State)
                     .data(UnderlyingDataRole)
                     .toInt(),
                 expectedState);
        const bool bad = expectedState == int(FieldMapModel::State::MissingOnPortal) ||
                         expectedState == int(FieldMapModel::State::UsedTwice);
        QCOMPARE(m.problems().isEmpty(), !bad);
        if (expectedState == int(FieldMapModel::State::UsedTwice))
            QCOMPARE(int(m.state(MappedField::Start)), int(FieldMapModel::State::UsedTwice));
    }

    void fieldMapRequiredCannotBeEmpty()
    {
        FieldMapModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m.setData(fieldIndex(m, MappedField::IdentKey, FieldMapModel::Column::PortalField),
                          QString()));
        QCOMPARE(m.state(MappedField::IdentKey), FieldMapModel::State::RequiredEmpty);
        QCOMPARE(m.problems().size(), 1);
    }

    void fieldMapWritesOnlyWhatDiffers()
    {
        FieldMapModel m;
        m.setValues({{QStringLiteral("fields/start"), QStringLiteral("UF_CRM_IDENT_START")},
                     {QStringLiteral("fields/doctor"), QStringLiteral("UF_CRM_DOC")}});
        QCOMPARE(fieldIndex(m, MappedField::Doctor, FieldMapModel::Column::PortalField)
                     .data(Qt::EditRole)
                     .toString(),
                 QStringLiteral("UF_CRM_DOC"));
        m.setData(fieldIndex(m, MappedField::Comment, FieldMapModel::Column::PortalField),
                  QStringLiteral("UF_CRM_NOTE"));
        SettingsValues out{{QStringLiteral("other/x"), QStringLiteral("1")}};
        m.writeValues(out);
        QCOMPARE(out, (SettingsValues{
                          {QStringLiteral("other/x"), QStringLiteral("1")},
                          {QStringLiteral("fields/start"), QStringLiteral("UF_CRM_IDENT_START")},
                          {QStringLiteral("fields/doctor"), QStringLiteral("UF_CRM_DOC")},
                          {QStringLiteral("fields/comment"), QStringLiteral("UF_CRM_NOTE")}}));
    }

    void stageMappingRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("defaults") << StageMappingConfig::defaults().toString();
        QTest::newRow("custom") << QStringLiteral("Запланирован:NEW, Пациент пришел:PREPARATION, "
                                                  "Завершен:keep, Отменен:LOSE, default:NEW");
    }
    void stageMappingRoundTrip()
    {
        QFETCH(QString, text);
        QString error;
        const auto config = StageMappingConfig::parse(text, &error);
        QVERIFY2(config, qPrintable(error));
        StageMappingModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setMapping(*config);
        QCOMPARE(m.mapping(), *config);
    }

    void stageMappingEditsAndFlags()
    {
        StageMappingModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setStages(
            {{QStringLiteral("C2:NEW"), QStringLiteral("Новая"), 10, QColor(Qt::blue), false},
             {QStringLiteral("C2:WON"), QStringLiteral("Успех"), 20, QColor(Qt::green), true},
             {QStringLiteral("C2:LOSE"), QStringLiteral("Провал"), 30, QColor(Qt::red), true},
             {QStringLiteral("C2:UC_NO40X0"), QStringLiteral("Лечение"), 15, {}, false}});
        QVERIFY(m.problems().isEmpty());
        const QModelIndex cancelled =
            m.index(int(ReceptionStatus::Cancelled), int(StageMappingModel::Column::Stage));
        QCOMPARE(cancelled.data().toString(), QStringLiteral("Провал (LOSE)"));
        QCOMPARE(cancelled.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
        QSignalSpy edited(&m, &StageMappingModel::edited);
        // A full id from the portal is stored without its pipeline prefix.
        QVERIFY(m.setData(cancelled, QStringLiteral("C2:GONE")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(cancelled.data(Qt::EditRole).toString(), QStringLiteral("GONE"));
        QCOMPARE(m.problems().size(), 1);
        QVERIFY(!m.setData(cancelled, QStringLiteral("A,B")));
        QVERIFY(m.setData(cancelled, StageMappingModel::keepValue()));
        QVERIFY(m.problems().isEmpty());
        QCOMPARE(m.mapping().targets.value(ReceptionStatus::Cancelled), std::optional<StageId>());
    }

    void checklistKeepsIdsThePortalLacks()
    {
        StageChecklistModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setChecked({QStringLiteral("EXECUTING"), QStringLiteral("C2:OLD")});
        m.setStages({{QStringLiteral("NEW"), QStringLiteral("Новая"), 10, {}, false},
                     {QStringLiteral("EXECUTING"), QStringLiteral("В работе"), 20, {}, false}});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.checked(), (QStringList{QStringLiteral("EXECUTING"), QStringLiteral("C2:OLD")}));
        QCOMPARE(m.index(2).data(ToneRole).toString(), QStringLiteral("warning"));
        QSignalSpy edited(&m, &StageChecklistModel::edited);
        QVERIFY(m.setData(m.index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(m.checked(), (QStringList{QStringLiteral("NEW"), QStringLiteral("EXECUTING"),
                                           QStringLiteral("C2:OLD")}));
    }
};

QTEST_GUILESS_MAIN(TestSettingsModels)
#include "testsettingsmodels.moc"
