#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <limits>

// What every list the desk shows shares: rows read from the store a page at a time as a view scrolls
// (canFetchMore/fetchMore), reload() that reads the first page again inside one reset, and a read error
// reported once (errorOccurred, errorMessage) that stops the fetching, so a view does not ask forever.
// The rows themselves live in PagedRows<Row>; a model derives from that and gives its page query and
// its columns. Reads only: call reload() after a command changed what the model shows.
// Threading: the thread that opened the store.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr int kDefaultPageSize = 200;
    // The page size of a model that reads its whole list at once: the first page is the last.
    static constexpr int kWholeList = std::numeric_limits<int>::max();

    // What a reload that cannot read the store leaves: no rows (a list whose filter or date changed
    // must not show the rows of the old one), or the rows read before.
    enum class OnReloadError { ClearRows, KeepRows };

    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;

    int pageSize() const { return m_pageSize; }
    // The last read's error, empty once a read succeeds.
    QString errorMessage() const { return m_errorMessage; }

public slots:
    // Drops the rows and reads the first page again.
    void reload();

signals:
    void errorOccurred(const QString &message);

protected:
    PagedTableModel(int columnCount, int pageSize, OnReloadError onReloadError, QObject *parent);

    // The title of `column` (0 <= column < columnCount) in the horizontal header.
    virtual QString columnTitle(int column) const = 0;

private:
    // Kept by PagedRows: the rows loaded, and a page read but not yet shown (staged).
    virtual int loadedRows() const = 0;
    // Reads the first page or the one after the loaded rows and stages it; its size. Throws DatabaseError.
    virtual int stagePage(bool first) = 0;
    // Shows the staged page: in place of the loaded rows, or after them.
    virtual void showStagedPage(bool replace) = 0;

    int readPage(bool first); // the staged page's size, -1 on an error

    const int m_columnCount;
    const int m_pageSize;
    const OnReloadError m_onReloadError;
    bool m_atEnd = true;
    bool m_changing = false;
    QString m_errorMessage;
};
