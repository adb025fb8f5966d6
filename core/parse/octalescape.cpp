#include "octalescape.h"

static bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

QString unescapeOctal(QByteArrayView text)
{
    QByteArray raw;
    raw.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && isOctal(text[i + 1]) && isOctal(text[i + 2]) && isOctal(text[i + 3])) {
            raw += char(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0'));
            i += 3;
        } else {
            raw += text[i];
        }
    }
    return QString::fromUtf8(raw);
}
