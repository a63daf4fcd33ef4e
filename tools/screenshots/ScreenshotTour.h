#pragma once

#include "models/commands/PasswordHasher.h"
#include "models/domain/Actor.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

#include <memory>

class Clock;
class DeskCommands;
class LocalStore;
class MainWindow;
class QPixmap;
class QWidget;
class StaffAdmin;

// Walks through the desk like a person at the counter (key clicks and input-method text only, no
// access to the widgets' insides) and saves what the screen shows as `<name>-<language>.png`.
// Makes the clinic's first administrator and a few staff accounts when the database has none.
// Each step either saves its picture or says why it could not; run() is false if any step failed.
// Threading: the GUI thread.
class ScreenshotTour final
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    ScreenshotTour(LocalStore *store, DeskCommands *commands, const Clock *clock, const QDir &out,
                   const QString &language);
    ~ScreenshotTour();

    bool run();

private:
    bool prepareStaff();
    bool signIn();
    bool bookings();
    bool refusedBooking();
    bool stock();
    bool refusedWriteOff();
    bool today();
    bool admin();

    bool save(const QPixmap &picture, const QString &name);
    // The window with `dialog` drawn where it stands, as a person sees it over the window.
    QPixmap windowWithDialog(QWidget *dialog) const;
    bool fail(const QString &why);

    LocalStore *m_store = nullptr;
    DeskCommands *m_commands = nullptr;
    const Clock *m_clock = nullptr;
    QDir m_out;
    QString m_language;
    PasswordHasher m_hasher;
    std::unique_ptr<StaffAdmin> m_staffAdmin;
    std::unique_ptr<MainWindow> m_window;
    Actor m_actor;
    QString m_bookedName;
    QString m_bookedBirthDate;
    QString m_bookedPhone;
    QString m_bookedVaccine;
};
