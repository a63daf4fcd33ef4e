#include "ui/ConfirmedCommand.h"

#include "models/domain/KoreanParticles.h"
#include "ui/StoreError.h"

#include <QMessageBox>

bool ConfirmedCommand::run(QWidget *parent, const QString &title, const QString &question,
                           const QString &refusedTitle, const std::function<CommandResult()> &command)
{
    if (QMessageBox::question(parent, title, KoreanParticles::fitted(question),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const CommandResult result = command();
    if (!result.isDone()) {
        QMessageBox::warning(parent, refusedTitle, KoreanParticles::fitted(StoreError::messageOf(result)));
        return false;
    }
    return true;
}
