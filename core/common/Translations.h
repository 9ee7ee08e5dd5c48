// The sentences of the window and of the command line in the system's language. Qt's own
// way: a QTranslator per catalogue, compiled from resources/translations/*.ts by CMake and
// embedded here as :/i18n/funneldesk_LANG.qm, so both programs carry them wherever they are
// installed. The last translator installed is asked first.
//
// English has one too: tr("%Ln customer(s)", nullptr, n) reads "1 customer" and "2 customers"
// only with a translation that gives both forms (funneldesk_en.ts, made with `lupdate
// -pluralonly`). German (funneldesk_de.ts) translates every message.
//
// Machine-readable output (CSV, JSON, .ics, the keys of `settings list`) never goes through
// tr() and keeps its fixed formats in every language.
#pragma once

#include <QLocale>
#include <QString>

namespace fd {

// Installs the English plural forms into the application (once; later calls do nothing).
// False if they could not be loaded (then "%n customer(s)" shows as written).
bool installPluralForms();

// Installs the English plural forms, then FunnelDesk's catalogue for the first of `locale`'s
// UI languages it has (QLocale() is the system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG) and
// Qt's own for that language (the buttons of Qt's dialogs, when Debian's
// qt6-translations-l10n is installed). Replaces what an earlier call installed. Returns the
// language loaded ("de"), or an empty string when the sentences stay as written (English,
// or a language FunnelDesk has no catalogue for).
QString installTranslations(const QLocale& locale = QLocale());

// While one lives, tr() gives the sentences as written (English; the language installed by
// installTranslations() is taken out, the English plural forms stay): for what is built of
// translatable words but read by programs, as a report's column names in CSV and JSON
// (`funneldesk-cli report --format csv`), which are the same in every language.
class SourceLanguage {
public:
    SourceLanguage();
    ~SourceLanguage();
    SourceLanguage(const SourceLanguage&) = delete;
    SourceLanguage& operator=(const SourceLanguage&) = delete;
};

} // namespace fd
