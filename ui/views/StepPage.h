// The import wizard's pages (ImportWizard.cpp, ImportWizardRun.cpp): a page whose "Next"
// follows a condition and that runs something when it is shown. Private to the wizard.
#pragma once

#include <QWizard>
#include <QWizardPage>

#include <functional>

namespace fd::importwizard {

class StepPage : public QWizardPage {
public:
    std::function<bool()> complete;
    std::function<void()> enter;
    std::function<void()> leave; // Back from this page

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (enter)
            enter();
    }
    void cleanupPage() override
    {
        if (leave)
            leave();
    }
    void changed() { emit completeChanged(); }
};

inline StepPage* stepPage(QWizard* wizard, int id)
{
    return static_cast<StepPage*>(wizard->page(id));
}

} // namespace fd::importwizard
