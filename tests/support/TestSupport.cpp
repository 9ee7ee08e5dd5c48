#include "support/TestSupport.h"

#include "common/DateTimeText.h"
#include "service/Tickets.h"

#include <ctime>

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

namespace fd::test {

Scratch::Scratch()
{
    REQUIRE(m_dir.isValid());
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

Customer customerNamed(const QString& name)
{
    Customer c;
    c.name = name;
    c.since = QDate(2025, 1, 10);
    return c;
}

void replyAt(Database& db, qint64 ticket, qint64 agent, const QDateTime& at, const QString& body)
{
    TicketComment reply;
    reply.ticketId = ticket;
    reply.body = body;
    reply.authorAgentId = agent;
    const auto replied = Tickets(db, FixedClock(at)).reply(reply);
    INFO((replied ? QString() : QString(replied.error())).toStdString());
    REQUIRE(replied);
}

namespace {

void setZone(const char* zone)
{
    qputenv("TZ", zone);
    tzset();
    forgetLocalOffsets();
}

} // namespace

Zone::Zone(const char* zone) : m_previous(qgetenv("TZ"))
{
    setZone(zone);
}

Zone::~Zone()
{
    setZone(m_previous.constData());
}

} // namespace fd::test
