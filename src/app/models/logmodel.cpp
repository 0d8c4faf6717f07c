#include "logmodel.h"

#include "models/roles.h"

#include <QLocale>

namespace identsync {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(capacity, 1))
{}

const LogLine &LogModel::line(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_ring[size_t((m_head + row) % m_capacity)];
}

void LogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_head = (m_head + count) % m_capacity;
    m_size -= count;
    endRemoveRows();
}

void LogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // Of a batch larger than the whole buffer only its tail can be kept.
    const int skip = int(qMax<qsizetype>(0, lines.size() - m_capacity));
    const int count = int(lines.size()) - skip;
    dropOldest(m_size + count - m_capacity);

    beginInsertRows({}, m_size, m_size + count - 1);
    for (int i = skip; i < int(lines.size()); ++i) {
        const LogLine &line = lines[i];
        const size_t slot = size_t((m_head + m_size) % m_capacity);
        if (slot < m_ring.size())
            m_ring[slot] = line;
        else
            m_ring.push_back(line);
        ++m_size;
    }
    endInsertRows();

    for (int i = skip; i < int(lines.size()); ++i) {
        if (!m_areas.contains(lines[i].area)) {
            m_areas.insert(lines[i].area);
            Q_EMIT areaAdded(lines[i].area);
        }
    }
}

void LogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    endResetModel();
}

QStringList LogModel::areas() const
{
    QStringList list(m_areas.cbegin(), m_areas.cend());
    list.sort();
    return list;
}

QString LogModel::levelName(LogLine::Level level)
{
    switch (level) {
    case LogLine::Level::Debug:
        return tr("Debug");
    case LogLine::Level::Info:
        return tr("Info");
    case LogLine::Level::Warning:
        return tr("Warning");
    case LogLine::Level::Error:
        return tr("Error");
    case LogLine::Level::Fatal:
    case LogLine::Level::Count:
        break;
    }
    return tr("Fatal");
}

QString LogModel::areaName(const QString &area)
{
    if (area == QLatin1String("identsync.engine"))
        return tr("Engine");
    if (area == QLatin1String("identsync.bitrix"))
        return tr("Portal");
    if (area == QLatin1String("identsync.ident"))
        return tr("IDENT");
    if (area == QLatin1String("identsync.store"))
        return tr("State database");
    if (area == QLatin1String("identsync.app"))
        return tr("Console");
    if (area == QLatin1String("identsync.secrets"))
        return tr("Keychain");
    if (area == QLatin1String("default"))
        return tr("Other");
    return area;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &l = line(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return l.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Column::Level:
            return levelName(l.level);
        case Column::Area:
            return areaName(l.area);
        case Column::Message:
            return l.text;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Time:
            return QLocale().toString(l.time.toLocalTime(), QLocale::LongFormat);
        case Column::Area:
            return l.area;
        case Column::Message:
            return l.text;
        case Column::Level:
        case Column::Count:
            break;
        }
        return {};
    case UnderlyingDataRole:
        switch (column) {
        case Column::Time:
            return l.time;
        case Column::Level:
            return int(l.level);
        case Column::Area:
            return l.area;
        case Column::Message:
            return l.text;
        case Column::Count:
            break;
        }
        return {};
    case TimestampRole:
        return l.time;
    case LevelRole:
        return int(l.level);
    case AreaRole:
        return l.area;
    case ToneRole:
        switch (l.level) {
        case LogLine::Level::Warning:
            return QStringLiteral("warning");
        case LogLine::Level::Error:
        case LogLine::Level::Fatal:
            return QStringLiteral("danger");
        case LogLine::Level::Debug:
        case LogLine::Level::Info:
        case LogLine::Level::Count:
            break;
        }
        return QStringLiteral("info");
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Level:
        return tr("Level");
    case Column::Area:
        return tr("Area");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace identsync
