# core/service: the application layer the CLI and the GUI call (issue 16).
target_sources(funneldesk_core PRIVATE
    service/Audit.cpp
    service/Audit.h
    service/Customers.cpp
    service/Customers.h
    service/Tickets.cpp
    service/Tickets.h
    service/Maintenance.cpp
    service/Maintenance.h
    service/Migrate.cpp
    service/Migrate.h
    service/Setup.cpp
    service/Lists.cpp
    service/Lists.h
    service/Session.cpp
    service/Session.h
    service/Setup.h
    service/Team.cpp
    service/Team.h
    service/WriteUnit.h
    service/Written.cpp
    service/Written.h
)
