#include "FuzzInput.h"

namespace fd::fuzz {

FuzzInput FuzzInput::parse(const std::uint8_t* data, std::size_t size)
{
    FuzzInput input;
    QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    while (bytes.startsWith("%%")) {
        const qsizetype end = bytes.indexOf('\n');
        const QByteArrayView line = bytes.first(end < 0 ? bytes.size() : end).sliced(2);
        bytes = end < 0 ? QByteArrayView() : bytes.sliced(end + 1);
        const qsizetype space = line.indexOf(' ');
        const QByteArrayView key = space < 0 ? line : line.first(space);
        const QString value = space < 0 ? QString() : QString::fromUtf8(line.sliced(space + 1));
        if (key == "entity") {
            if (const auto entity = ImportMapping::entityFromString(value))
                input.entity = *entity;
        } else if (key == "map") {
            input.overrides << value;
        } else if (key == "value") {
            input.valueMaps << value;
        } else if (key == "date") {
            input.dateFormat = value;
        } else if (key == "delimiter") {
            input.delimiter = value;
        } else if (key == "dry") {
            input.dryRun = true;
        } else if (key == "skip") {
            input.skipInvalid = true;
        } else if (key == "seeded") {
            input.seeded = true;
        }
    }
    input.csv = bytes.toByteArray();
    return input;
}

} // namespace fd::fuzz
