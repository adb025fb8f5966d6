#include "processsnapshot.h"

QString ProcessRecord::displayCommand() const
{
    if (commandLine.isEmpty())
        return u'[' + name + u']';
    return commandLine.join(u' ');
}
