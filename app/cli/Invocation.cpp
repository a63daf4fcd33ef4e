#include "app/cli/Invocation.h"

int Invocation::integer(const QString &option) const
{
    // The parser refused values that do not parse, so `ok` is only a formality here.
    bool ok = false;
    const int number = options.value(option).toInt(&ok);
    return ok ? number : 0;
}
