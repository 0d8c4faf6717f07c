#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class LogPage;
}

namespace identsync {

class LogFilterProxyModel;
class LogHub;

// «Журнал»: the application log live from the log hub, filtered by level, area and text. The
// view follows new lines while it is at the bottom and keeps the line in sight when scrolled up,
// even as the oldest lines leave the buffer.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    // Production: QDesktopServices::openUrl and QFileDialog; tests inject their own.
    using UrlOpener = std::function<bool(const QUrl &)>;
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit LogPage(LogHub *hub, QWidget *parent = nullptr);
    ~LogPage() override;

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseSaveFile = std::move(chooser); }

    // Whether new lines scroll the view (it is at the bottom).
    bool isFollowing() const { return m_following; }

Q_SIGNALS:
    // A save started by «Сохранить…» finished; `error` is empty on success.
    void saveFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addArea(const QString &area);
    void updateStatus();
    void openFolder();
    void save();

    std::unique_ptr<Ui::LogPage> m_ui;
    LogHub *m_hub;
    LogFilterProxyModel *m_proxy;
    UrlOpener m_openUrl;
    SaveFileChooser m_chooseSaveFile;
    bool m_following = true;
    int m_removedAtTop = 0;
    // The outcome of the last save or folder opening, shown after the line counts.
    QString m_notice;
};

} // namespace identsync
