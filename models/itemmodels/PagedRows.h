#pragma once

#include "models/itemmodels/PagedTableModel.h"

#include <QList>

// A PagedTableModel that keeps its rows as a list of Row (a plain value: an entry, a booking row). A
// model derives from it and gives queryPage(), the query, and cell(), what a column shows; and calls
// reload() at the end of its constructor, once it can answer them.
template<typename Row> class PagedRows : public PagedTableModel
{
public:
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return cell(m_rows.at(index.row()), index.column(), role);
    }

protected:
    using PagedTableModel::PagedTableModel;

    // The rows after `last` in the list's order (the first page when `last` is null), at most `limit` of
    // them: fewer only at the end. A model that reads its whole list returns it all as the first page.
    // Throws DatabaseError.
    virtual QList<Row> queryPage(const Row *last, int limit) = 0;
    // What `row` shows in `column` for `role`.
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

    const QList<Row> &rows() const { return m_rows; }

private:
    int loadedRows() const final { return int(m_rows.size()); }

    int stagePage(bool first) final
    {
        m_staged.clear(); // stays empty if the read throws
        m_staged = queryPage(first || m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize());
        return int(m_staged.size());
    }

    void showStagedPage(bool replace) final
    {
        if (replace)
            m_rows = std::move(m_staged);
        else
            m_rows.append(std::move(m_staged));
        m_staged = QList<Row>();
    }

    QList<Row> m_rows;
    QList<Row> m_staged;
};
