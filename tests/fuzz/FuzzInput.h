#pragma once

// The input of the import fuzzers (funneldesk_mapping_fuzz, funneldesk_import_fuzz): a CSV
// file, optionally after lines that set the import's options, one per line:
//   %%entity tickets|customers|touchpoints
//   %%map FIELD=COLUMN          (repeatable; --map)
//   %%value FIELD:TEXT=VALUE    (repeatable; --map-value)
//   %%date FORMAT               (--date-format)
//   %%delimiter TEXT            (--delimiter: ';', tab, …)
//   %%dry, %%skip               (--dry-run, --skip-invalid with a rejects buffer)
//   %%seeded                    (import into a database that already holds rows)
// Unknown keys are ignored; the first line that is not one starts the CSV. A fixture file
// is a CSV with no option lines: imported as tickets with no options, as the CLI would.
#include "csv/ImportMapping.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace fd::fuzz {

struct FuzzInput {
    ImportMapping::Entity entity = ImportMapping::Entity::Tickets;
    QStringList overrides;
    QStringList valueMaps;
    QString dateFormat;
    QString delimiter; // as given to --delimiter (CsvReader::parseDelimiter)
    bool dryRun = false;
    bool skipInvalid = false;
    bool seeded = false;
    QByteArray csv; // the bytes after the option lines

    static FuzzInput parse(const std::uint8_t* data, std::size_t size);
};

} // namespace fd::fuzz
