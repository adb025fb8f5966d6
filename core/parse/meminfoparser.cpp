#include "meminfoparser.h"

#include "textscan.h"

ParseResult<NamedValues> parseMeminfo(QByteArrayView text)
{
    ParseResult<NamedValues> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        const auto field = TextScan::splitKeyValue(line, ':');
        std::optional<qint64> value;
        NamedValue::Unit unit = NamedValue::Unit::Bytes;
        if (field && TextScan::isPrintableName(field->key)) {
            value = TextScan::kibibytesToBytes(field->value);
            if (!value) {
                value = TextScan::toInt64(field->value);
                unit = NamedValue::Unit::Number;
            }
        }
        if (!field || !value || *value < 0) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a \"Name: value kB\" field: %1").arg(TextScan::quoted(line)));
            return;
        }
        if (result.value.contains(field->key)) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("field %1 appears twice; the first is kept").arg(TextScan::quoted(field->key)));
            return;
        }
        result.value.append({field->key.toByteArray(), *value, unit});
    });
    return result;
}
