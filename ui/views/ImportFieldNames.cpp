#include "views/ImportFieldNames.h"

#include <QCoreApplication>

#include <array>

namespace fd {

namespace {

struct FieldName {
    const char* key;
    const char* name;
};

constexpr std::array kNames{
    FieldName{"name", QT_TRANSLATE_NOOP("fd::ImportWizard", "Name")},
    FieldName{"email", QT_TRANSLATE_NOOP("fd::ImportWizard", "Email")},
    FieldName{"company", QT_TRANSLATE_NOOP("fd::ImportWizard", "Company")},
    FieldName{"plan", QT_TRANSLATE_NOOP("fd::ImportWizard", "Plan")},
    FieldName{"owner", QT_TRANSLATE_NOOP("fd::ImportWizard", "Owner")},
    FieldName{"since", QT_TRANSLATE_NOOP("fd::ImportWizard", "Customer since")},
    FieldName{"status", QT_TRANSLATE_NOOP("fd::ImportWizard", "Status")},
    FieldName{"stage", QT_TRANSLATE_NOOP("fd::ImportWizard", "Stage")},
    FieldName{"stage_entered_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "In the stage since")},
    FieldName{"tags", QT_TRANSLATE_NOOP("fd::ImportWizard", "Tags")},
    FieldName{"notes", QT_TRANSLATE_NOOP("fd::ImportWizard", "Notes")},
    FieldName{"external_ref", QT_TRANSLATE_NOOP("fd::ImportWizard", "Number in the other system")},
    FieldName{"customer_name", QT_TRANSLATE_NOOP("fd::ImportWizard", "Customer name")},
    FieldName{"customer_email", QT_TRANSLATE_NOOP("fd::ImportWizard", "Customer email")},
    FieldName{"customer_company", QT_TRANSLATE_NOOP("fd::ImportWizard", "Customer company")},
    FieldName{"customer_since", QT_TRANSLATE_NOOP("fd::ImportWizard", "Customer since")},
    FieldName{"subject", QT_TRANSLATE_NOOP("fd::ImportWizard", "Subject")},
    FieldName{"description", QT_TRANSLATE_NOOP("fd::ImportWizard", "Description")},
    FieldName{"priority", QT_TRANSLATE_NOOP("fd::ImportWizard", "Priority")},
    FieldName{"channel", QT_TRANSLATE_NOOP("fd::ImportWizard", "Channel")},
    FieldName{"category", QT_TRANSLATE_NOOP("fd::ImportWizard", "Category")},
    FieldName{"created_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "Created")},
    FieldName{"first_response_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "First response")},
    FieldName{"solved_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "Solved")},
    FieldName{"updated_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "Last updated")},
    FieldName{"csat", QT_TRANSLATE_NOOP("fd::ImportWizard", "CSAT")},
    FieldName{"assignee", QT_TRANSLATE_NOOP("fd::ImportWizard", "Assignee")},
    FieldName{"kind", QT_TRANSLATE_NOOP("fd::ImportWizard", "Kind")},
    FieldName{"direction", QT_TRANSLATE_NOOP("fd::ImportWizard", "Direction")},
    FieldName{"occurred_at", QT_TRANSLATE_NOOP("fd::ImportWizard", "When")},
    FieldName{"agent", QT_TRANSLATE_NOOP("fd::ImportWizard", "Agent")},
    FieldName{"summary", QT_TRANSLATE_NOOP("fd::ImportWizard", "Summary")},
    FieldName{"score", QT_TRANSLATE_NOOP("fd::ImportWizard", "Score")},
};

} // namespace

QString importFieldName(const QString& field)
{
    for (const FieldName& f : kNames) {
        if (field == QLatin1String(f.key))
            return QCoreApplication::translate("fd::ImportWizard", f.name);
    }
    return importValueName(field);
}

QString importValueName(const QString& value)
{
    QString words = value;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString importMappingHint(ImportMapping::Entity entity)
{
    const QString filled = QCoreApplication::translate(
        "fd::ImportWizard", "Filled in from the column names; change any of them.");
    if (entity != ImportMapping::Entity::Tickets)
        return filled;
    // Only tickets have values read by synonyms (core/csv/HelpdeskLayouts).
    return filled + QLatin1Char(' ') +
           QCoreApplication::translate("fd::ImportWizard",
                                       "Values are mapped too (“Critical” is urgent, "
                                       "“Pending Customer Response” is pending).");
}

} // namespace fd
