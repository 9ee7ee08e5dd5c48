#include "success/PlaybookRunner.h"

#include "storage/SettingsRepository.h"
#include "storage/TaskRepository.h"
#include "success/Playbooks.h"

namespace fd {

Status PlaybookRunner::surveySaved(qint64 customerId, qint64 touchpointId, qint64 at, int score)
{
    auto settings = SettingsRepository(m_db).all();
    if (!settings)
        return failure(settings.error());
    auto playbooks = Playbooks::fromSettings(*settings);
    if (!playbooks)
        return failure(playbooks.error());
    const auto tasks = Playbooks::forSurvey(*playbooks, customerId, touchpointId, at, score,
                                            m_clock.now().toSecsSinceEpoch());
    return TaskRepository(m_db).add(tasks);
}

} // namespace fd
