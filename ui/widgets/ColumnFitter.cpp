#include "ui/widgets/ColumnFitter.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

namespace {
// Earlier versions saved widths on every close, also of a table that was still empty; a saved state
// without this companion key comes from them.
const QString kRowsSuffix = QStringLiteral("_rows");
// A width within this of the header's own size hint was fitted to the header alone.
constexpr int kHeaderFitSlack = 4;
} // namespace

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("columnFitter"));
    m_stretch = view->model() ? view->model()->columnCount() - 1 : -1;
    QHeaderView *header = view->horizontalHeader();
    applyModes();

    m_fitAction = new QAction(this);
    m_fitAction->setObjectName(QStringLiteral("fitColumnsAction"));
    m_fitAction->setText(tr("&Fit columns to contents"));
    connect(m_fitAction, &QAction::triggered, this, &ColumnFitter::fit);
    header->addAction(m_fitAction);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);

    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::dataArrived);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::dataArrived);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::dataArrived);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::dataArrived);
        // A model may name its columns after the view was made (QStandardItemModel's header labels,
        // set on each retranslation): fitted to headers not yet there, an empty table cut them to "…".
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this](Qt::Orientation orientation) {
            if (orientation == Qt::Horizontal)
                dataArrived();
        });
    }
    connect(header, &QHeaderView::sectionResized, this,
            [this](int column, int, int) { sectionResized(column); });
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    restore();
    if (!m_userSized)
        fit();
}

ColumnFitter *ColumnFitter::of(const QTableView *view)
{
    return view ? view->findChild<ColumnFitter *>(QStringLiteral("columnFitter"), Qt::FindDirectChildrenOnly)
                : nullptr;
}

void ColumnFitter::setStretchColumn(int column)
{
    m_stretch = column;
    if (!m_userSized)
        fit();
    else
        adjustStretch();
}

void ColumnFitter::setRemembered(bool remembered)
{
    m_remembered = remembered;
    if (!remembered && m_userSized)
        fit(); // the widths read back were not this table's to have
}

void ColumnFitter::applyModes()
{
    QHeaderView *header = m_view->horizontalHeader();
    // Interactive everywhere: ResizeToContents would measure rows on every layout of a million-row list
    // and leaves nobody a way to widen a column.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
}

void ColumnFitter::fit()
{
    {
        const QScopedValueRollback<bool> adjusting(m_adjusting, true);
        QHeaderView *header = m_view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            // QTableView takes the larger of the contents and the header.
            m_view->resizeColumnToContents(column);
        }
        m_stretchMinimum = m_stretch >= 0 && m_stretch < header->count() ? header->sectionSize(m_stretch) : 0;
    }
    m_userSized = false;
    forget();
    adjustStretch();
}

void ColumnFitter::dataArrived()
{
    if (!m_userSized)
        fit();
}

void ColumnFitter::sectionResized(int column)
{
    if (m_adjusting)
        return;
    // A person dragged a border (or a test did, as one would). On an empty table that says nothing
    // about the rows to come: they are fitted when they arrive.
    if (m_view->model()->rowCount() > 0)
        m_userSized = true;
    if (column == m_stretch)
        m_stretchMinimum = m_view->horizontalHeader()->sectionSize(column);
    else
        adjustStretch();
    save();
}

void ColumnFitter::adjustStretch()
{
    QHeaderView *header = m_view->horizontalHeader();
    if (m_stretch < 0 || m_stretch >= header->count() || header->isSectionHidden(m_stretch))
        return;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretch && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int width = qMax(m_stretchMinimum, m_view->viewport()->width() - others);
    const QScopedValueRollback<bool> adjusting(m_adjusting, true);
    header->resizeSection(m_stretch, width);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        adjustStretch();
    else if (watched == m_view && event->type() == QEvent::LanguageChange) {
        m_fitAction->setText(tr("&Fit columns to contents"));
        if (!m_userSized)
            fit(); // the headers changed width
    }
    return QObject::eventFilter(watched, event);
}

QString ColumnFitter::key() const
{
    return QStringLiteral("Columns/") + m_view->objectName();
}

bool ColumnFitter::plausible(bool legacy) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    bool fittedToHeaders = true;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int width = header->sectionSize(column);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        if (width < header->fontMetrics().horizontalAdvance(title))
            return false;
        // The old layout stretched the last column, so only the others tell.
        if (column != header->count() - 1 && width > header->sectionSizeHint(column) + kHeaderFitSlack)
            fittedToHeaders = false;
    }
    return !(legacy && fittedToHeaders);
}

void ColumnFitter::restore()
{
    if (!m_remembered || m_view->objectName().isEmpty() || !m_view->model())
        return;
    QSettings settings;
    const QByteArray state = settings.value(key()).toByteArray();
    if (state.isEmpty())
        return;
    m_saved = true;
    const bool legacy = !settings.contains(key() + kRowsSuffix);
    QHeaderView *header = m_view->horizontalHeader();
    bool restored = false;
    {
        const QScopedValueRollback<bool> adjusting(m_adjusting, true);
        restored = header->restoreState(state) && header->count() == m_view->model()->columnCount();
        applyModes(); // the state carries the old resize modes too
    }
    if (restored && plausible(legacy)) {
        m_userSized = true;
        m_stretchMinimum = 0;
        adjustStretch();
        return;
    }
    forget();
    fit();
}

void ColumnFitter::save()
{
    if (!m_remembered || m_view->objectName().isEmpty() || !m_view->model())
        return;
    const int rows = m_view->model()->rowCount();
    if (rows == 0)
        return; // widths of an empty table say nothing about the names and codes to come
    QSettings settings;
    settings.setValue(key(), m_view->horizontalHeader()->saveState());
    settings.setValue(key() + kRowsSuffix, rows);
    m_saved = true;
}

void ColumnFitter::forget()
{
    if (!m_saved)
        return;
    m_saved = false;
    QSettings settings;
    settings.remove(key());
    settings.remove(key() + kRowsSuffix);
}
