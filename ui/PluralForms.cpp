#include "PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

namespace fd {

bool installPluralForms()
{
    static QTranslator* english = nullptr;
    if (english)
        return true;
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/funneldesk_en.qm")) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    english = translator;
    return true;
}

} // namespace fd
