#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <vector>

namespace fd {

namespace {

// FunnelDesk's catalogues and Qt's for the language installed last (none: English).
std::vector<QTranslator*>& languageTranslators()
{
    static std::vector<QTranslator*> installed;
    return installed;
}

} // namespace

bool installPluralForms()
{
    static QTranslator* english = nullptr;
    if (english)
        return true;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/funneldesk_en.qm")) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    english = translator;
    return true;
}

QString installTranslations(const QLocale& locale)
{
    installPluralForms();
    for (QTranslator* translator : languageTranslators()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    languageTranslators().clear();

    // The first UI language with a catalogue: "de-AT" finds funneldesk_de.qm; English is
    // the language the sentences are written in, and its plural forms are installed above.
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("funneldesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        own->language().startsWith(QLatin1String("en"))) {
        delete own;
        return {};
    }
    // Qt's own words (QDialogButtonBox's Cancel, QWizard's Back and Next) in the same
    // language, installed first so that FunnelDesk's catalogue is asked before them.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt))
        languageTranslators().push_back(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    languageTranslators().push_back(own);
    return own->language().section(QLatin1Char('_'), 0, 0);
}

SourceLanguage::SourceLanguage()
{
    for (QTranslator* translator : languageTranslators())
        QCoreApplication::removeTranslator(translator);
}

SourceLanguage::~SourceLanguage()
{
    for (QTranslator* translator : languageTranslators())
        QCoreApplication::installTranslator(translator);
}

} // namespace fd
