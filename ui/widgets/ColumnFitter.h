#pragma once

#include <QObject>

class QAction;
class QTableView;

// Keeps a table readable, the same way for every table of the desk: the columns fit their contents
// whenever rows arrive, one column takes the slack (never narrower than its own contents), a person can
// fit them again from the header's context menu (or the window's "Fit columns" shortcut), and widths
// a person chose survive a restart. Widths are saved only when a person resized a column of a table that
// had rows; saved widths that cannot be right (narrower than a header's text, or fitted to the headers
// of an empty table by earlier versions) are dropped when read. Made by TableViews::make, a child of
// its view. Threading: the GUI thread.
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    explicit ColumnFitter(QTableView *view);

    // The fitter of `view`, or null when the view was not made by TableViews::make.
    static ColumnFitter *of(const QTableView *view);

    // The column that takes the slack; -1 for none.
    void setStretchColumn(int column);
    int stretchColumn() const { return m_stretch; }
    // Whether a person's widths are kept in QSettings (under Columns/<the view's object name>).
    void setRemembered(bool remembered);
    // True once a person set the widths (or they were read back): rows arriving no longer refit them.
    bool isUserSized() const { return m_userSized; }
    QAction *fitAction() const { return m_fitAction; }
    QTableView *view() const { return m_view; }

public slots:
    // Fits every column to its contents (and header) again, forgetting a person's widths.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dataArrived();
    void sectionResized(int column);
    void adjustStretch();
    void restore();
    void save();
    void forget();
    void applyModes();
    QString key() const;
    bool plausible(bool legacy) const;

    QTableView *m_view = nullptr;
    QAction *m_fitAction = nullptr;
    int m_stretch = -1;
    int m_stretchMinimum = 0;
    bool m_remembered = true;
    bool m_userSized = false;
    bool m_adjusting = false;
    bool m_saved = false; // something may be under key() in QSettings
};
