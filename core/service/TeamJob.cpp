#include "service/TeamJob.h"

#include "storage/Database.h"

#include <utility>

namespace fd {

Result<std::optional<TeamJob>> TeamJob::take(Database& db, const char* job)
{
    const Result<bool> taken = db.tryLockJob(job);
    if (!taken)
        return failure(taken.error());
    if (!*taken)
        return std::optional<TeamJob>();
    return std::optional<TeamJob>(TeamJob(db, job));
}

Result<std::optional<JobHolder>> TeamJob::holder(Database& db, const char* job)
{
    return db.jobHolder(job);
}

TeamJob::TeamJob(TeamJob&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_job(std::move(other.m_job))
{
}

TeamJob& TeamJob::operator=(TeamJob&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_job = std::move(other.m_job);
    }
    return *this;
}

TeamJob::~TeamJob()
{
    release();
}

void TeamJob::release() noexcept
{
    if (m_db)
        m_db->unlockJob(
            std::string_view(m_job.constData(), static_cast<std::size_t>(m_job.size())));
    m_db = nullptr;
}

} // namespace fd
