// core/service/Session and Lists: what the GUI and the CLI ask of an open database, and the
// lists they page through, without a storage header of their own (issue 16).
#include "service/Session.h"
#include "common/Location.h"
#include "service/Lists.h"
#include "storage/Database.h"
#include "storage/TicketListRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace fd;

static_assert(TicketList::kSearchLimit == TicketListRepository::kSearchLimit);

TEST_CASE("Session opens a file and says what it is, as the database does",
          "[service][sqlite-only]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("session.sqlite"));
    auto made = Session::open(path);
    REQUIRE(made);
    const Session session(**made);
    CHECK(session.backend() == Session::Backend::Sqlite);
    CHECK_FALSE(session.isServer());
    CHECK(session.path() == path);
    CHECK(session.display() == (*made)->display());
    CHECK(session.location() == Location::file(path));
    CHECK_FALSE(session.isReadOnly());
    CHECK_FALSE(session.isInReadOnlyFolder());
    CHECK_FALSE(session.hasMoved());
    made->reset();

    Session::Options reading;
    reading.access = Session::Access::ReadOnly;
    auto readOnly = Session::open(Location::file(path), reading);
    REQUIRE(readOnly);
    CHECK(Session(**readOnly).isReadOnly());

    Session::Options noCreate;
    noCreate.createIfMissing = false;
    auto missing = Session::open(scratch.file(QStringLiteral("missing.sqlite")), noCreate);
    REQUIRE_FALSE(missing);
    CHECK_FALSE(missing.error().isEmpty());

    CHECK(Session::movedSentence(path).is(Error::Kind::Gone));
}

TEST_CASE("An OwnedDatabase takes over what Database::open gives", "[service]")
{
    test::Scratch scratch;
    const QString path = scratch.file(QStringLiteral("owned.sqlite"));
    auto opened = test::openDatabase(path);
    REQUIRE(opened);
    Database* raw = opened.get();
    const OwnedDatabase owned = std::move(opened);
    CHECK(owned.get() == raw);
    CHECK(Session(*owned).location() == raw->location());
    CHECK(Session(*owned).display() == raw->display());
}
