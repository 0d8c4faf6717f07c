#pragma once

#include "stagecatalog.h"

#include "store/transitionlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace identsync {

class ConsoleSession;
class TransitionReader;

// Stage transitions, newest first (SPEC §5 "Stage transitions"). Loaded lazily in keyset pages
// on the session's reader thread (canFetchMore/fetchMore), never the whole table. New decisions
// (ConsoleSession::transitionsAdded, or refresh()) are read from the store and inserted at the
// top in one batch. The store filter narrows what is read; TransitionFilterProxy applies the
// same filter to what is shown.
class TransitionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        ReceptionKey,
        Patient,
        Doctor,
        Branch,
        DealId,
        Stages,
        Reason,
        Explanation,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int pageSize = 256;
    // More new rows than this at once: the view reloads from the top instead of inserting.
    static constexpr int maxLiveInsert = 5000;

    explicit TransitionsModel(ConsoleSession *session, QObject *parent = nullptr);
    ~TransitionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const TransitionFilter &filter() const { return m_filter; }
    // Drops the rows and reads the first page that matches.
    void setFilter(const TransitionFilter &filter);
    void setStageCatalog(const StageCatalog &catalog);
    const StageCatalog &stageCatalog() const { return m_catalog; }

    const StageTransition &transition(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }
    // Doctors and branches of the rows seen so far, sorted: what the filter lists offer.
    QStringList doctors() const;
    QList<int> branches() const;

public Q_SLOTS:
    // Reads what was recorded since the newest row shown and inserts it at the top.
    void refresh();
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);
    // Rows with a doctor or branch not seen before arrived.
    void facetsChanged();

private:
    void onPage(quint64 generation, const QList<StageTransition> &rows, bool atEnd);
    void onNewer(quint64 generation, const QList<StageTransition> &rows, bool overflow);
    void requestPage();
    void setLoading(bool loading);
    bool noteFacets(const QList<StageTransition> &rows);
    QString stagesText(const StageTransition &t) const;

    ConsoleSession *m_session = nullptr;
    TransitionReader *m_reader = nullptr;
    TransitionFilter m_filter;
    StageCatalog m_catalog;
    QList<StageTransition> m_rows;
    quint64 m_generation = 0;
    bool m_firstPageRead = false;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QSet<QString> m_doctors;
    QSet<int> m_branches;
};

} // namespace identsync
