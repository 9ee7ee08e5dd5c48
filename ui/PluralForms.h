// English plural forms for the window's "%n" sentences: tr("%Ln customer(s)", nullptr, n)
// reads "1 customer" and "2 customers" only with a translation that gives both forms, and
// English has one too (resources/translations/funneldesk_en.ts, made with `lupdate
// -pluralonly`, compiled into the ui library). Qt's own way of doing plurals: a translation
// for another language installed after this one takes precedence.
#pragma once

namespace fd {

// Installs the English plural forms into the application (once; later calls do nothing).
// False if they could not be loaded (then "%n customer(s)" shows as written).
bool installPluralForms();

} // namespace fd
