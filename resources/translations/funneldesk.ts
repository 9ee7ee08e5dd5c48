<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>OpenDatabase</name>
    <message>
        <source>Opening “%1”…

A file from an older FunnelDesk is brought up to date once, at its first open; on a large file that takes a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted at %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted for %1 at %2; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AgentChooser</name>
    <message>
        <source>the new agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk needs to know who you are %1, and “%2” has no agents yet: add yourself. Your answer is remembered for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk needs to know who you are %1. Choose yourself, or add yourself as an agent of “%2”. Your answer is remembered for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add yourself as an agent of this file, with your name and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as customers see it on replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only and has no agents, so no one can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose yourself in the list, or add yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AgentRepository</name>
    <message>
        <source>Agent “%1” (id %2) is inactive; name an active agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent named “%1” already exists; give the new one another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email “%1” already belongs to the agent %2; each agent needs their own, because owners and imported rows find agents by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent “%1”%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AtRiskSettings</name>
    <message>
        <source>an at-risk threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BackgroundTask</name>
    <message>
        <source>%1 was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Backup</name>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1 to %2 failed: %3; the original is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass integrity_check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 failed: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged %1 aside; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database being backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup must be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup being restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (the damaged file is kept as %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database itself; restore needs a backup of it, such as one in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a FunnelDesk file can be backed up or restored here; a database on a server is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the copy failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the copy back failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup %1 to %2 to upgrade it failed: %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be upgraded to this FunnelDesk&apos;s schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the backup %1 to %2 to give it the open database&apos;s page size failed: %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BarChart</name>
    <message>
        <source>Click a bar to open the list behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::BulkLoad</name>
    <message>
        <source>This database is not on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CannedRepliesDialog</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {customer.name}, {agent.name}, {ticket.id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new canned reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CannedReplyPicker</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet: add them under Edit → Canned replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CannedReplyRepository</name>
    <message>
        <source>A canned reply needs a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canned reply “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canned reply “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canned reply&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canned reply&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Category</name>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Conflicts</name>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2%3 after you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3%4 after you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The canned reply “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a FunnelDesk database on a PostgreSQL server. The password is asked for when the server wants one, and is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name or an address, e.g. db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as your administrator named it, e.g. funneldesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sslmode=require connect_timeout=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other libpq connection options, as key=value pairs separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port, a number from 1 to 65535; empty: %1, PostgreSQL&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the other connection options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other connection options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ConnectionLost</name>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (connection lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost, so this window does not show its data now. FunnelDesk connects again by itself as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the connection to the server was lost; FunnelDesk is connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvExporter</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvImporter</name>
    <message>
        <source>Customers without a first-sale date: %1; their first sale is the day of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets without a creation time: %1; each was given its earliest date-time (first response or solved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1; entered Onboarding with the first sale on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no customer (no name or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 with its tickets; entered Onboarding with the first sale on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touchpoint needs the time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (“%4”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no rows: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 local time fell in a clock change&apos;s gap (an hour that does not exist where the clocks spring forward) and was moved forward by the gap, as the clock is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local times fell in a clock change&apos;s gap (an hour that does not exist where the clocks spring forward) and were moved forward by the gap, as the clock is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket had no date-time at all; it is dated at the moment of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets had no date-time at all; they are dated at the moment of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell held a placeholder for no value (such as -, N/A or ?) and was read as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells held a placeholder for no value (such as -, N/A or ?) and were read as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is for “%2” on line %3 and for “%4” on this line; one ticket number cannot have two customers, so correct one of the two lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 would be imported, %3 rejected; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on line %1; the line above it is a title, not a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on line %1; the %2 lines above it (a title, empty lines) are not rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no field and was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 have no field and were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 new customers were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: no new customer would be placed; customers already there keep their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: no new customer to place; customers that were already there kept their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row names a ticket number the database already has; that ticket was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows name ticket numbers the database already has; those tickets were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 solved or closed ticket has no solved time in the file; it is dated solved at its first response, or its creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 solved or closed tickets have no solved time in the file; each is dated solved at its first response, or its creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has one row per update for a ticket: its %1 rows became 1 ticket, with its earliest creation and its latest row&apos;s status, priority and assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has one row per update for some tickets: %1 rows with the same ticket number became %2 tickets, each with its earliest creation and its latest row&apos;s status, priority and assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer “%1” in the database or earlier in this file; import the customers or their tickets first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touchpoint needs its kind (how the contact happened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1 would be created, %2 an existing one (left as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1 created, %2 an existing one (left as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no move yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 move, dated when its rule held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves, each dated when its rule held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1 would be placed by the rules (%2); customers already there keep their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages: %1 placed by the rules (%2); customers that were already there kept their stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 is not a time on this machine&apos;s clock: the clocks sprang forward, so it was read as the hour after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket numbers “%1” and “%2” share a hash; this import cannot tell them apart. Please report this, with the two numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no subject column; each ticket&apos;s subject is its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one customer is named “%1”, and the row has no email to tell them apart; add the customer&apos;s email (a column read as customer_email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket has a category FunnelDesk does not know (%1) and was filed under other%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets have a category FunnelDesk does not know (%2) and were filed under other%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The header was read as one column, but it holds %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row held control characters or direction overrides (such as ESC or U+202E), which were removed: line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows held control characters or direction overrides (such as ESC or U+202E), which were removed: lines %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given by number only, named “Agent” and the number; rename them in the team&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assignee was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assignees were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import that leaves out the bad rows needs a rejects file to write them to; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a row has more than %3 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: text follows the closing quote of a field; a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields but the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a field is longer than %4, the most an import accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a text CSV file (binary data at line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 (as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 (from the file&apos;s sep= line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter %1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter: give one punctuation character such as , ; or |, or the word tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read with the delimiter “%2”: give one punctuation character such as , ; or |, or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the text is not valid UTF-8; the file is probably in another encoding such as Latin-1 or Windows-1252, so save it as UTF-8 (in Excel, choose Save As › CSV UTF-8) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the file seems to be %3 text, but a character there cannot be decoded; save it as UTF-8 (in Excel, choose Save As › CSV UTF-8) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CustomerDetail</name>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log touchpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, email, meeting or survey (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile: name, email, company, plan, owner, status, notes (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stage, why it is there, and its history show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest move: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage is pinned: rules do not move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required), e.g. “Migrated from the old CRM”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: rules leave the customer here until unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a touchpoint with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a survey has a score; choose the survey kind or no score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to record who moved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the move of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual move needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the touchpoint with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to log this touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint logged with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinning a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CustomerRepository</name>
    <message>
        <source>There is no agent with id %1 to own the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email “%1” already belongs to %2; each customer needs its own, as imports match customers on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers written with their summaries need one summary and a planned id each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CustomerTableModel</name>
    <message>
        <source>Churned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no touchpoint yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets: new, open, pending or on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open tickets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name apart, email</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::CustomersView</name>
    <message>
        <source>Search name, email or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DashboardMetrics</name>
    <message>
        <source>There is no report “%1”; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track, behind, stuck (%1: under %2, %2–%3, over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck: act on these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves between stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves into each stage by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup and usage tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product-update touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to post-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No success review in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy touchpoints by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New advocates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: retention customers with a survey of 9 or more and no advocacy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck: act on these first (the %1 longest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a health band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score bands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a health band (the latest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DashboardReport</name>
    <message>
        <source>FunnelDesk dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s page %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DashboardView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list behind this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per stage, and how many moved on in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a bar a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a bar a quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1” to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table “%1” could not be written as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When these numbers were counted; they are counted again after every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole dashboard as a report: its figures, charts and every table, to print or mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is saved as a PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts are saved as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is exported as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is saved as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the list behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 move on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score bands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a bar a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers in this stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>%1 is a folder, not a FunnelDesk database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it or wait for it to finish, then try again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2); close it or wait for it to finish, then try again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was saved. Make it writable or work on a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FunnelDesk database (it is not an SQLite file); check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2); check that the file and its folder exist and are readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here: its latest changes are still in %2, and reading them needs the right to write to its folder %3; copy both files to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read here: a change to it was left unfinished in %2, and undoing it needs the right to write to its folder %3; copy both files to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed, because its folder %2 is not writable for you (FunnelDesk writes its -wal and -shm files beside it); copy the file to a folder you can write to, or only read it (stats, show, export and report can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; make it writable (chmod u+w) or work on a copy, or only read it (stats, show, export and report can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while FunnelDesk was reading it without locks (its folder is not writable for you, so it cannot lock it); open it again to read it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist; create it first or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text to be saved contains a NUL character (U+0000), which FunnelDesk does not store; nothing was saved. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a manager&apos;s rights; %2 is a rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; check the path%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DateDetector</name>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; mixes date formats: &apos;%2&apos;%3 does not fit %4, the format of the values before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates read month first (%1): column “%2” has %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates read day first (%1): column “%2” has %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, not dates: &apos;%2&apos;%3 may be an Excel serial date (a number of days since 1900) but is outside %4-%5, the range read without options%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; does not hold dates in a known format: &apos;%2&apos;%3 is none of the forms read without options (such as 2024-03-05 14:22, 05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; write dates in opposite orders: &apos;%3&apos;%4 is day first and &apos;%5&apos;%6 is month first; a file is read one way%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date could be day first or month first; they were read day first (%1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DateFormat</name>
    <message>
        <source>&apos;%1&apos; is not a Unix time in seconds or milliseconds (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch (seconds, or milliseconds by length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is 1900-02-29 in Excel, a day that never was (Excel counts 1900 as a leap year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Excel serial date (a number of days, as 45356.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; the other values of column &apos;%2&apos; are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable date format; write it with yyyy (or yy), MM (or MMM), dd, HH (or h and AP), mm and ss, as in dd/MM/yyyy HH:mm, or write epoch or excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like an Excel serial date%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DateTimeText</name>
    <message>
        <source>%1 %2 has %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a real date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date or a date-time in the form YYYY-MM-DD HH:MM[:SS].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months go from 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days go from 1 to 31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 12-hour time (hours go from 1 to 12 before AM or PM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours go from 00 to 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes go from 00 to 59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds go from 00 to 59</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DrillBar</name>
    <message>
        <source>Close this list and show the whole one (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EmptyFileHint</name>
    <message>
        <source>&lt;b&gt;This file has no customers yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your customers, tickets or touchpoints from a CSV file, or add your first customer by hand. The dashboards count them as soon as they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an action and its shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no customers yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ExportConfirmation</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened here; its path is above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FileGone</name>
    <message>
        <source>FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window can still read everything in it: save a copy to keep it, then open the copy to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of everything in the file is saved; open it to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once this window closes, what it holds is gone; save a copy first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted or moved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FlowMatrix</name>
    <message>
        <source>&lt;b&gt;Moves between stages&lt;/b&gt; (rows: from, columns: to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a number to open the customers who made that move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves between stages (rows: from, columns: to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::FunnelEntry</name>
    <message>
        <source>Entered Onboarding with the first sale on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered %1 when the customer was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Generator</name>
    <message>
        <source>The numbers of tickets and touchpoints cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sales must spread over at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only; generate needs a writable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already holds %2 customers; generate writes only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating %1 customers, %2 tickets and %3 touchpoints needs about %4 MB of memory, but %5 MB are available; generate fewer, or spread the tickets and touchpoints over more customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating ran out of memory; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server database is open read-only; generate needs one it may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server database already holds %1 customers; generate writes only into a new or empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate at least one customer%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %2 customers%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %2 tickets%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %2 touchpoints%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo needs at least as many touchpoints%3 as tickets%4, not %1 for %2: every ticket records a touchpoint of its channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::GuardedDialog</name>
    <message>
        <source>this form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthEngine</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has churned: only active customers have a health score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthReport</name>
    <message>
        <source>Health score bands by stage, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a health band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped a health band (the latest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthRuleSettings</name>
    <message>
        <source>a health score parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recency.zero_days (%1) must be more than recency.full_days (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets.zero (%1) must be more than tickets.full (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey.detractor_max (%1) must be less than survey.promoter_min (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band.at_risk_below (%1) must not be more than band.healthy_min (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of recency, tickets, urgent, sla, stage_time and tasks needs a weight above 0: they are counted for every customer, CSAT and the survey only for some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved health score settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthScorer</name>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency of the last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open high and urgent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest survey (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the last touch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no touch yet; days since the first sale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all up to %1 days, none from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets in the last %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all up to %1, none from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open high or urgent tickets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all at 0, none from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean CSAT of the tickets rated in the last %1 days: %2 over %3 (5 earns all, 1 none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rated ticket in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest survey scored %1 (all from %2, half between, none up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets with an SLA breach in the last %1 days: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since the last touch in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: on track under %2, behind to %3, stuck over %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthStrip</name>
    <message>
        <source>Health score, the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health: not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score over the last %1 days: %2 changes, now %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HealthSweep</name>
    <message>
        <source>Scoring customer health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health scores were not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::HistoryList</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportHints</name>
    <message>
        <source>the list of values FunnelDesk does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on the page “%P”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; choose it for %1 on the page “%P”, or leave %1 “%N” there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; choose what it means in %V on the page “%C”, then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; choose another category in %V, then check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (go back to the page “%C” and tick “%S” to import the other rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; save the file again with commas between its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if the column holds them, format it as dates in the spreadsheet and save the file again, or leave it “%N” on the page “%P”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; write its dates in one of those forms, or leave the column “%N” on the page “%P”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, so write both columns one way, or leave one “%N” on the page “%P”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if they are month first, write them year first (2024-03-05) in the file and import it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportMapping</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a %2 field; write FIELD=COLUMN with one of these fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos; (in %2); its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket status; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket channel; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket category; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a touchpoint kind; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer status; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a survey score; expected a whole number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header “%1” appears %2 times (columns %3), and a %4 has one %5; remove or rename all but one of those columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value mapping; write FIELD:TEXT=VALUE, e.g. status:Offen=open, with one of these fields: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a satisfaction rating; expected a whole number from 1 to 5 or a word such as Good or Bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column maps to customer_email or customer_name, so the rows cannot be matched to customers; map a column to one of them%1, with one of the file&apos;s columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” is read into two fields, %2 and %3; a column feeds one field, so keep one%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is read both as %3 and as %4; keep one%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column maps to the %1 field %2, which every %1 needs; map a column to it%4, with one of the file&apos;s columns: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mappings %1 and %2 both name the field %3; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the value mapping %1, &apos;%2&apos; is not a field with fixed values; map the values of one of these fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the value mapping %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportSample</name>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” holds channels (such as %2), so it was read as the channel, not the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every ticket would be imported as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every ticket would be imported with normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tickets would be dated by their other times or the moment of the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it holds %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (“%2”), read as the tickets&apos; %3, is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is read as the tickets&apos; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but %3 looks like it%4, and without it %5%6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export from another helpdesk or a spreadsheet, UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As FunnelDesk reads them. If they look wrong, go back and choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again with these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— other —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— refuse these rows —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values FunnelDesk does not know. Choose what each one means, then check again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The rejects file was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the column names; change any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are mapped too (“Critical” is urgent, “Pending Customer Response” is pending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::InputGuard</name>
    <message>
        <source>Something is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::IntegrityCheck</name>
    <message>
        <source>%1 customers have no stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have a stage or stage date that differs from their latest stage transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stage transitions move nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets lack exactly one inbound touchpoint of their channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints belong to another customer than their ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 solved or closed tickets have no solve time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity_check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows point to rows that do not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket search index is out of step with the tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have summaries (open tickets, last touch, last review, last advocacy, best survey) that differ from their tickets and touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily touchpoint counts differ from the touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trigger %1 is missing, so the changes it logs go unrecorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trigger %1 differs from FunnelDesk&apos;s, so the changes it logs may go unrecorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trigger %1 on %2 %3, so the changes it logs go unrecorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorship trigger %1 on %2 %3, so a rep&apos;s rows there may name someone else as their author, and a rep&apos;s edit may keep the version a colleague&apos;s save is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin trigger %1 on %2 %3, so a rep may pin a customer&apos;s stage or move a pinned customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id trigger %1 on %2 %3, so new rows there get no id from FunnelDesk, and a rep may choose or change ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls another function than FunnelDesk&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 is missing, so what FunnelDesk does through it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 runs with the caller&apos;s rights, not the owner&apos;s (SECURITY DEFINER), so what it does for a rep fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function %1 runs with the owner&apos;s rights without FunnelDesk&apos;s search_path, so a login&apos;s own tables may stand in for FunnelDesk&apos;s inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 has the largest id there can be, so no new row can be added there; give that row a smaller id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily ticket counts differ from the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets&apos; search words differ from the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets have a first response time that disagrees with their agents&apos; public replies (none, or later than the first reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows hold a time outside the years 1 to 9999 (written by another program), which FunnelDesk reads as the nearest of those years&apos; ends and the SLA sweep leaves alone; correct them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger %1 on %2 %3, so a rep may write what FunnelDesk derives there (first response, breaches, solve time, SLA pauses, stage date, summaries) without a trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search trigger %1 on %2 %3, so a ticket&apos;s search words may differ from its subject and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 hold characters FunnelDesk&apos;s text rule refuses (constraint %3; ids %4): they were stored before the server kept the rule, and a change to such a row is refused until its text is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login trigger %1 on %2 %3, so a manager may change which agent a login is, or delete the agent of a login that keeps the team&apos;s rights, and the team commands may act on a login FunnelDesk did not make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search trigger %1 on %2 %3, so the search over every ticket may miss tickets, or find deleted ones, as its copy of their words goes stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily tickets trigger %1 on %2 %3, so the tickets of each day, by which “All tickets” finds a screen, may differ from the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary trigger %1 on %2 %3, so customers&apos; summaries (open tickets, last touch, last review, last advocacy, best survey) and the daily touchpoint counts may differ from their tickets and touchpoints, and stages move on stale facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily touchpoints trigger %1 on %2 %3, so the dashboards&apos; daily touchpoint counts may keep a customer&apos;s touchpoints under a stage it left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change trigger %1 on %2 %3, so other FunnelDesk windows do not learn of changes there and show what is no longer so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session trigger %1 on %2 %3, so a login given to an agent gets no idle and lock time limits, and one rep&apos;s transaction left open may stall the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fires otherwise than FunnelDesk&apos;s (its timing, events, columns, condition or arguments differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may move the sequence, so that ids are chosen or collide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may draw or read ids that FunnelDesk alone gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries may be forged, altered or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may read what FunnelDesk keeps to the database&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may empty the table at once, which no row trigger and no audit entry records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may make tables of their own that keep its rows from being deleted or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may put triggers of their own on it, which run with the rights of whoever writes it next, the owner too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its logins may change it directly, beyond what FunnelDesk lets the role do there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds %3 on the server, so whoever signs in as it may do far more than FunnelDesk lets a %2 (a superuser anything, CREATEROLE give itself any role, the owner&apos;s too, CREATEDB make databases, BYPASSRLS read past row security, REPLICATION copy every table); take them with ALTER ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds %3 on %4 beyond its role&apos;s rights, which FunnelDesk does not grant it, so %5; REVOKE %3 ON %6 FROM %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily counts of open tasks differ from the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily tasks trigger %1 on %2 %3, so the open tasks of each due day, by which the list of open tasks finds a screen and counts them, may differ from the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 keeps the team&apos;s rights here though no agent signs in as it any more (its agent was deleted), so it works unseen by the team list and its edits are filed under no agent; its owner can give it to an agent%2, or REVOKE the team&apos;s roles from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, a login that no longer exists on this server, so nobody can sign in as that agent, and a role made later under that name would be that agent; its owner can clear agent.login and give the agent a login again%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, a login FunnelDesk did not make for this database nor its owner give to an agent, so the team commands do not act on it; its owner can clear agent.login and give it again%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 is a rep, but their login %2 is a member of the team&apos;s manager role, so it holds a manager&apos;s rights on the server; disabling the login and enabling it again gives it a rep&apos;s rights again%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts of customers by name differ from the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name count trigger %1 on %2 %3, so the dashboards&apos; lists may not tell apart two customers of the same name, or mark a name as shared that is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 daily counts of open tasks by stage differ from the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overdue task count trigger %1 on %2 %3, so the stage dashboards may count overdue tasks that are done, or miss ones that are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers&apos; names kept for sorting differ from the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer names trigger %1 on %2 %3, so a search sorted by customer may place tickets under a customer&apos;s old name, or miss customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is a member of the team&apos;s %2 role here, though FunnelDesk never added it and no agent signs in as it (a role granted by hand, or left from a dropped database of this name), so it works unseen by the team list; REVOKE the role from it, or its owner can give it to an agent%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s roles were moved to new ones each of the %1 times check read their rights (a team change does that while they are shared with another database or schema); run check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may not run %2 of FunnelDesk&apos;s functions that its logins need (%3), so what they do with them fails; GRANT EXECUTE ON FUNCTION %4 TO %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s rep role may add entries to the audit log directly, so entries may be forged; REVOKE INSERT ON %1 FROM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role holds %2 on %3, which FunnelDesk does not grant it, so %4; REVOKE %2 ON %5 FROM %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role lacks %2 on %3, which FunnelDesk grants it, so what its logins do there fails; GRANT %2 ON %4 TO %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may run the function %2, which FunnelDesk keeps from it, so its logins may do through it, with the owner&apos;s rights, what FunnelDesk keeps from them; REVOKE EXECUTE ON FUNCTION %3 FROM %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may CREATE in the schema %2, so its logins may add tables, functions and types of their own beside FunnelDesk&apos;s; REVOKE CREATE ON SCHEMA %3 FROM %4, PUBLIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s rep role may not use the schema %1 (neither it nor PUBLIC holds USAGE there), so no team login can read FunnelDesk&apos;s tables; the schema&apos;s owner can run: GRANT USAGE ON SCHEMA %2 TO %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s rep role may not connect to the database %1 (neither it nor PUBLIC holds CONNECT there), so no team login can sign in; the database&apos;s owner can run: GRANT CONNECT ON DATABASE %2 TO %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role %2 is not on the server, though %3 agents sign in here with logins of their own, so check cannot tell what those logins may do; if it was renamed, rename it back with ALTER ROLE … RENAME TO %2, else (dropped, or never made by an owner who could not create roles then) the server&apos;s administrator can run, and check then names what it lacks: CREATE ROLE %2 NOLOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s manager role is not a member of its rep role, so managers lack every right a rep has; GRANT %1 TO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s manager role is a member of its rep role but does not inherit its rights (NOINHERIT), so managers lack every right a rep has; ALTER ROLE %1 INHERIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, but their login %3 is no longer a member of the team&apos;s %2 role here (taken from it, or the role was dropped and made again), so they cannot work in FunnelDesk; a manager can give the rights back%4, or the server&apos;s administrator can run: GRANT %5 TO %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 is a manager, but their login %2 holds only the team&apos;s rep role (the agent was made a manager in the agents table, not by a team command), so they work with a rep&apos;s rights; a manager can give them the manager role%3, or the server&apos;s administrator can run: GRANT %4 TO %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, but their login %3 is a member of the team&apos;s %2 role only through a role that does not inherit it (NOINHERIT), so they cannot work in FunnelDesk; a manager can give them the role directly%4, or the server&apos;s administrator can run: GRANT %5 TO %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, and their login %3 is a member of the team&apos;s %2 role but does not inherit its rights (NOINHERIT), so they cannot work in FunnelDesk; inheriting, it would use the rights of every other role it is a member of too, and the server&apos;s administrator can run: ALTER ROLE %4 INHERIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads every table, the audit log and the team&apos;s logins included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes every table, whatever FunnelDesk grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads the server&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the server&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs programs on the server as its operating system user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role holds the server&apos;s role %2, which %3, so each of its logins may do far more than FunnelDesk lets a %1; REVOKE %2 FROM %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds the server&apos;s role %3, which %4, so whoever signs in as it may do far more than FunnelDesk lets a %2; REVOKE %3 FROM %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::KeyedParameters</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not %2; the parameters are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not of the form KEY=VALUE, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (“%2” and “%3”); give each parameter once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ListExporter</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the export failed (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ListPane</name>
    <message>
        <source>The search and filters were cleared to show it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Location</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection string FunnelDesk can use: %2; give a postgresql://user@host:port/database URI, key=value pairs such as “host=db dbname=funneldesk”, or a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options “%1” are not libpq options FunnelDesk can read (%2); write them as key=value pairs, such as “sslmode=require”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of More options: FunnelDesk asks for it when it connects, and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options give “%1”, which has a field of its own above; enter it there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in Database: the name of the FunnelDesk database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options give %1=%2, which libpq does not know; %1 is one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host “%1” has a colon: give the server&apos;s name or address alone in Host, and its port number in Port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, and libpq knows only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: you can look, but not change anything. Make it writable, or open a copy, to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a FunnelDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a FunnelDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose File → Open to open it, or another name to start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers or tickets shown, with their search, filters and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the stage rules to every customer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FunnelDesk %1&lt;/h3&gt;&lt;p&gt;A desktop helpdesk organised around the support funnel: Onboarding → Post-sales support → Retention → Advocacy.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still running; wait for it to finish, or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages recomputed; customers moved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel compatible (byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: customers by first sale, tickets by creation, touchpoints by when they happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customers, a stage or the tickets to export the list you see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the customers behind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is in a folder you cannot write to, so it is open read-only: you can look, but not change anything. To work in it, copy it to a folder of yours and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone else changes it meanwhile, open it again to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user may only read this database, so it is open read-only: you can look, but not change anything. To work in it, ask the database&apos;s administrator for the right to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again; everything shown was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is backed up and restored by its administrator with the server&apos;s own tools; for a FunnelDesk file of it, run “funneldesk-cli --db SERVER migrate --to copy.sqlite”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage rules, targets, SLA, health score, success plans, playbooks and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the team&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customer health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health scores recomputed; scores changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: its settings cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only: its settings can be read with funneldesk-cli settings list, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server %1, encrypted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server %1, not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What FunnelDesk and the server say to each other can be read on the network between them. To require encryption, connect with sslmode=require (More options) once the server&apos;s administrator has turned SSL on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Names</name>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, email or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this ticket is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”; add the customer first (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (asked when the ticket is created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to assign the new ticket to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the customer this ticket is for (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: type more of the name, email or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers are called “%2”: choose the one this ticket is for in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this ticket is for in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::OutputFile</name>
    <message>
        <source>No file to write was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 %3; choose another file to write (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the %2 file of %3 %4; choose another file to write (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; make it writable or choose another file (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; the file there before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PgDatabase</name>
    <message>
        <source>The search_path of %1 names no schema that exists and that this user may use; name FunnelDesk&apos;s schema in the connection (options=-csearch_path=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 of %2 holds no FunnelDesk tables yet; create them there first (FunnelDesk&apos;s init), or copy a FunnelDesk file into it (migrate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 of %2 holds tables that are not FunnelDesk&apos;s; FunnelDesk uses a schema of its own. Name another database or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds FunnelDesk data of a newer version (schema %2; this FunnelDesk reads up to %3); open it with a newer FunnelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may read FunnelDesk&apos;s tables in %2 but not change them; open it read-only, or ask the database&apos;s administrator for the right to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement failed inside this change on %1, so the server rolled all of it back; nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data this needs on the PostgreSQL server at %1 is held by another session; try again in a moment (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session changed the same data on the PostgreSQL server at %1 at the same moment; try again (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not make this change on %2 (the server said: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a rep, may not make this change on %2 (the server said: %3); it needs a manager&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk keeps %1 itself, from the replies, the status changes, the stage moves and the SLA targets; %2, a rep, may not change it directly on %3 (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, which still holds the team&apos;s rights on %3; disable that login first%4, or ask the database&apos;s owner to delete the agent (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the team of %2, neither a rep nor a manager, so it may not do this (the server said: %3); the database&apos;s owner adds logins with “team add”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::PlaybookPreviewer</name>
    <message>
        <source>A playbook preview looks back 1 to 365 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Playbooks</name>
    <message>
        <source>“%1” is not a playbook key: use 1 to 40 of a-z, 0-9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN -&gt; DAYS:KIND:TITLE for owner|manager, e.g. survey&lt;=6 -&gt; 2:phone:Call back for owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 (“%2”) is not of the form %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 names “%2”, which is not a stage; choose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 compares a survey with %2; scores run from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 needs its silent days from 1 to 3650, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 starts with “%2”; choose entered STAGE, at_risk, survey&lt;=N, survey&gt;=N or silent&gt;=N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 is for “%2”; choose owner or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbook %1 makes a task once per event; leave out “every”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved playbooks are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Quoted</name>
    <message>
        <source>“%1”</source>
        <comment>A name, value or path inside a sentence: the language&apos;s quotation marks.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ReportText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RowSink</name>
    <message>
        <source>Column %1 of a row for “%2” was given no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows for COPY are only bound, never read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an INSERT of %2 columns that COPY can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row for COPY has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RowStamp</name>
    <message>
        <source>%1 was changed by someone else after you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RuleEvaluator</name>
    <message>
        <source>%1 since first sale (≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 days (≤ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open high or urgent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survey score ≤ %1 in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey score of %1 on %2 (≤ %3, within %4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean CSAT %1 (≥ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rated tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 touchpoint on %2 (within %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey score of %1 on %2 (≥ %3, within %4 days) with %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no advocacy touchpoint and no survey score ≥ %1 in the last %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last %2 days (≥ %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and no open urgent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 touchpoint on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a survey score of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (within %2 days) and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open high or urgent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open high or urgent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 live touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open urgent ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open urgent tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Schema</name>
    <message>
        <source>%1 is not a FunnelDesk database (it belongs to another application); check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer FunnelDesk (schema version %2; this program knows up to %3); update FunnelDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, not a FunnelDesk database; open it for writing to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a FunnelDesk database; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not upgraded, because backing it up first failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2), and this user may not write it or its folder to upgrade it; have it opened once with this FunnelDesk by someone who may write it, or copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ServerWaitStatus</name>
    <message>
        <source>Waiting for the PostgreSQL server at %1… %2 s; asking whether it still runs (FunnelDesk gives up after %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the PostgreSQL server at %1… %2 s (FunnelDesk gives up after %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these rules would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these values would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that move a customer from stage to stage. The preview counts who the values being typed would move; a changed value is in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each stage dashboard&apos;s On track / Behind / Stuck: on track below “Behind from”, stuck past “Stuck after”. Onboarding and post-sales count days in the stage, retention and advocacy days since the last touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first response and resolution targets of each priority, in hours; a ticket past one has breached its SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each factor earns a share of its weight; the score is 100 × points earned ÷ the weights counted. The preview counts who would change band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved rules: change a value to see who it would move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values: change one to see who would change band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage rules what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health score what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding → Post-sales: onboarding complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-sales → Retention: settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention → Advocacy: an advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention → Post-sales: back to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy → Retention: lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency of the last touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open high and urgent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest survey (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage (against the targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands: Healthy, Watch, At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (touchpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (live touchpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detractor&apos;s survey up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detractor window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind from (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All points up to (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points from (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All points up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promoter from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detractor up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks each stage&apos;s owner gets on a customer&apos;s entry, one step a line: DAYS:KIND:TITLE (due DAYS after the entry), or every DAYS:KIND:TITLE for one that comes back DAYS after it was done. KIND is the touchpoint it records when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook makes a task when something happens, once per event: WHEN -&gt; DAYS:KIND:TITLE for owner|manager. WHEN is entered STAGE, at_risk, survey&lt;=N, survey&gt;=N or silent&gt;=DAYS. Empty switches a playbook off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) would move, of %1 evaluated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) would change band, of %1 scored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2” needs a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3; by default %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off; by default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom these playbooks would give a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting whom these playbooks would give a task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody: no owner or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbook %1, tasks for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 days to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As edited, over %1 these playbooks would have made %Ln task(s); silences as of now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved playbooks would have made %Ln task(s) over %1; silences as of now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention or advocacy customer is at risk on the dashboards after a ticket surge, a low CSAT rating or a silence, as these thresholds say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket surge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A low CSAT rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more than (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SettingsPreview</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customers of the selected row in the window&apos;s Customers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what these values would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or a double click opens these customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what-if, %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::ShortcutSheet</name>
    <message>
        <source>Clear the search, then close a drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the search, the list and the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a touchpoint with the customer shown (Customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply (in the reply box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply; save the form of a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the customer shown (Customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected task done (My tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and previous page of the Settings dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Sla</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SlaSweep</name>
    <message>
        <source>a program that gave no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2, connected %3) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Stage</name>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StageEngine</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual move needs the agent who makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, moves at the next recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, but the customer has churned: it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, but the customer is pinned: it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, but the rules send it back and forth: it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, but %1 is tried first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds, but the customer has no stage yet at this moment: it stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has churned: no rule moves it while its status is churned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is pinned: no rule moves it until it is unpinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left in %2: %3 send it back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be left in %2: %3 send it back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer was left where it was: %1 send it back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer would be left where it is: %1 send it back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers were left where they were: %2 send them back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers would be left where they are: %2 send them back and forth; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages cannot be evaluated as of %1, which is after now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual move needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session moved customer %1 while this move was being made; nothing was changed: look at the customer again, then move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StageRuleSettings</name>
    <message>
        <source>a stage rule parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::StageTargetSettings</name>
    <message>
        <source>a stage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.stuck_days (%2) must not be less than %1.behind_days (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved stage targets are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SuccessPlanSettings</name>
    <message>
        <source>The plan step “%1” is not of the form DAYS:KIND:TITLE or every DAYS:KIND:TITLE, e.g. 3:phone:Kickoff call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan step “%1” needs its days as a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan step “%1” names “%2”, which is not a touchpoint kind; choose none or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan step “%1” needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan step “%1” has a title of %2 characters; at most %3 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved success plan of %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan step&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” is given twice; a plan makes each of its steps once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Tasks</name>
    <message>
        <source>Task %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was done already on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was done meanwhile by another session; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TasksView</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the task&apos;s touchpoint for its customer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the task&apos;s customer (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open tasks of %1, due this week or late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s open tasks, due this week or late. Choose who you are (Me… above the tickets) to see only yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to mark tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 for %2; its touchpoint is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Team</name>
    <message>
        <source>Teams are a server feature; “%1” is a FunnelDesk file, where agents have no logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is empty; give the name the person signs in to the server with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” cannot be a login here: PostgreSQL keeps names that start with pg_ and FunnelDesk those that start with funneldesk_, and a name has at most 63 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty; give the agent&apos;s name as the team knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is digits only, which reads as an agent&apos;s id; give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent was named%1; give the id or the name of the agent that gets the login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TeamSettings</name>
    <message>
        <source>“%1” is not an SLA target; the targets are sla.PRIORITY.first_response_hours and sla.PRIORITY.resolution_hours for PRIORITY %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no stage; the plans are plan.%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) must not be more than %3 (%4): a ticket is answered before it is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting%2; the settings begin with stage_rule., stage_target., at_risk., health., sla., plan. or playbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketCommentRepository</name>
    <message>
        <source>A reply or note needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply or note needs the time it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketDetail</name>
    <message>
        <source>Show this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Space: canned replies, Ctrl+Return: send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 by %2 · first response %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2 h, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, breached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and discard the reply not sent on ticket %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and discard the replies not sent on tickets %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is sent from its ticket, with Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sign this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to sign this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fill {agent.name} in this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent on ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others have this ticket open now: before you reply, check that they are not answering it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketRepository</name>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket stays with its customer; create a new ticket for another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketTableModel</name>
    <message>
        <source>All tickets sort by creation time only; choose a queue or search to sort by another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response: %1
Resolution: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TicketsView</name>
    <message>
        <source>My open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subjects and descriptions, or #number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are: your queue, and the name on your replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to list your tickets and sign your replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“My open” lists the tickets assigned to you, and FunnelDesk does not know yet who you are in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to list the tickets assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as “%1”: on a server, you are the agent of your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TouchpointKind</name>
    <message>
        <source>Self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you discard them, what you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Cancel goes back to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Keep editing to copy what you typed elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Validation</name>
    <message>
        <source>The %1 “%2” is not an email address: write it as name@domain, with one @ and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the future; FunnelDesk records what has happened, up to a day ahead of this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer needs a valid first-sale date (since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sale (since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs the date it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs the time it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a channel tickets arrive through; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT must be between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket that is %1 has no solve time; only a solved or closed ticket has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot be solved (%1) before it was created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s solve time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A touchpoint needs the time it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey score must be between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket cannot have its first response (%1) before it was created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” holds an invisible character (U+%3); type the address again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent cannot be named “%1”, only digits: a number alone names the agent with that number; add a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2…” is %3 characters long; a name has at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3; type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the name is shown in; type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which breaks the line; a name is one line, type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, an invisible character that makes the name look like another; type the name again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the rest of the line is shown in; write it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3, which a terminal obeys rather than shows; write it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” starts with “-”, which a command line reads as an option; start it with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” holds %2 at character %3; a login may hold only the letters a–z and A–Z, digits and . _ - @, so that no login looks like another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3; it is one line of text, so type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the text is shown in; type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which breaks the line; it is one line of text, so type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, an invisible character that makes the text look like another; type it again without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::WelcomeDialog</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to FunnelDesk&lt;/h2&gt;&lt;p&gt;Your customers, tickets and touchpoints live in one file on this computer. Start a new one, open one you have, or look around in demo data first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,000 customers with two years of tickets and touchpoints, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a FunnelDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose “Open a database” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a FunnelDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Written</name>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::cli::CliContext</name>
    <message>
        <source>--%1 needs an id (a positive whole number), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add customer needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add contact needs --customer ID and --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add ticket needs --customer ID and --subject TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add touchpoint needs --customer ID and --kind KIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add agent needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer, contact, ticket, touchpoint or agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan or tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first sale (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agent: id, name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role at the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the contact was added (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation time (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned agent: id, name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey score 0-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: id, name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli add customer|contact|ticket|touchpoint|agent [options]; see funneldesk-cli add WHAT --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs what to add: customer, contact, ticket, touchpoint or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add “%1”: choose customer, contact, ticket, touchpoint or agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “funneldesk-cli --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers now in this stage (for transitions: moves into it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on (customers: first sale; tickets: created; touchpoints and transitions: when).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file, or - for standard output (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs what to export: customers, tickets, touchpoints or transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export “%1”: choose customers, tickets, touchpoints or transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating: %1% (%2 of %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 customers, %2 tickets and %3 touchpoints in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones to --rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --skip-invalid writes the rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs what to import and the file, e.g. “import tickets tickets.csv”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: choose customers, tickets or touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid and --rejects go together: the rejected rows need a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: “%1” passed integrity_check, foreign_key_check and FunnelDesk&apos;s invariants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs one file name: backup OUT.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs one backup file: restore FROM.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file, or - for standard output (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or table (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs what and an id, e.g. “show customer 42”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show “%1”: choose customer or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or table, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages recompute takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated %1 customers as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 customers (%2 moves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would move %1 customers (%2 moves):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written for %1 customers whose history already has later moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages explain needs one customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the customer in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the rules move it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages set needs a customer id and a stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a stage; choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages set needs --reason TEXT: every manual move says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin and --unpin cannot both be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed threshold, e.g. postsales.settled.min_days=60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages preview needs one or more --rule KEY.PARAM=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, %2 of %3 customers would move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli stages recompute|explain|set|preview|rules [options]; see funneldesk-cli stages WHAT --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages needs a subcommand: recompute, explain, set, preview or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stages subcommand “%1”: choose recompute, explain, set, preview or rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows read so far on stderr (the default when it is a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1% of the rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: every row read; applying the stage rules and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: --%1 “%2” falls in the hour the clocks skip when they spring forward; it was read as %3, as the clock reads then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a field from a column: FIELD=COLUMN, by the column&apos;s header (repeatable); FIELD= leaves the field out, e.g. --map status= .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a cell text as one of a field&apos;s values: FIELD:TEXT=VALUE, e.g. status:Offen=open or priority:Hoch=high (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date format of every date column in Qt&apos;s letters, e.g. dd/MM/yyyy HH:mm, MM/dd/yy h:mm AP or dd-MMM-yyyy; its date part reads date-only columns; &quot;epoch&quot; for Unix seconds or milliseconds. Without it, formats are detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between fields, e.g. &apos;;&apos;, &apos;|&apos; or tab, for a file whose delimiter cannot be detected (by default: the file&apos;s sep= line, else detected among , ; tab and |).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and print the summary; write nothing (not the database, not the rejects file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a scratch folder for the dry run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of “%1” could be imported: %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its one row was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 rows were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; “%1” says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve time, for a solved or closed ticket (without --status it makes the ticket solved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out needs a file name, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers, 1 to %1 (default %2, or in proportion to --tickets or --touchpoints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tickets, up to %1 (default %2 per customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of touchpoints, the one each ticket records included, up to %1 (default %2 per ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rows generated so far on stderr (the default when it is a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist; create it first or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder is not writable for you; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating: 100%, every row written; building the indexes and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: another file of that name appeared while generating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows were imported, but the rejects file was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs a file name: backup OUT.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as at the end of this day (YYYY-MM-DD; today means now; not after today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report what a real run does, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of %1 is after today (%2): stages can be evaluated up to now, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would not be written for %1 customers whose history already has later moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then, at the same recompute: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent who makes the move: id, name or email (default: the login name of this process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once (“%2” and “%3”); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The changes to “%2” were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success.
  1  the data refuses a well-formed value: an invalid or duplicate email, an
     unknown agent or customer, a date more than a day in the future, a solve
     time on an open ticket; or the file cannot be used.
  2  usage: the command line cannot be parsed, or names a value outside a fixed
     list or range (a --status, --priority, --channel or --kind not listed,
     --csat outside 1-5, --score outside 0-10, a date that does not read).
  On 1 or 2 one sentence on stderr says what went wrong, and nothing is written;
  the one exception, standard output failing after a change was saved, says so.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects needs a file: standard output carries the import&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is given more than once (“%1” and “%2”); give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli [--db PATH|URI] COMMAND [ARGS...]

FunnelDesk&apos;s command line: everything a manager scripts, headless.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH     the database file (default: $FUNNELDESK_DB, else %1)
  --db URI      a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE, or libpq&apos;s
                &quot;host=… dbname=…&quot;; the password comes from ~/.pgpass or PGPASSWORD,
                or is asked on the terminal, and is never saved
  --help, -h    this help; COMMAND --help for a command&apos;s options
  --version     the program&apos;s version

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name or a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 passed FunnelDesk&apos;s invariants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy the database: a new file (PATH), or an empty database on a PostgreSQL server (URI or libpq&apos;s &quot;host=… dbname=…&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error (also when it is a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes no arguments besides --to TARGET (“%1” is one too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --to TARGET: a new file, or an empty database on a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating: %1% (%2 of %3 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated “%1” to “%2”: %3 rows in %4 s; `check` found nothing wrong in the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating: 100%, every row copied; building the indexes and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer&apos;s entries (its tickets, contacts, touchpoints and replies too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this ticket&apos;s entries (its replies and touchpoints too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on (local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to and including this day (local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes no arguments besides its options (“%1” is one too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit takes --customer or --ticket, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinning a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinning a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the stage rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new login “%1” (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new login “%1”, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the person signs in to the server with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the login without a password, and ask none: the server&apos;s administrator sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is rep or manager, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a login to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords for “%1” differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default), json, or table: for people, with labels, agent names and local times (csv and json keep the stored values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing, even as a dry run,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the new agent “%2” (the source had no agent of that name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the agent “%2” of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep&apos;s moves are recorded as the rep&apos;s own, so %1 cannot make a move as %2; leave out --agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the password file “%1” is empty; write the password there, or give --no-password for a login without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no terminal to ask the password of “%1” on; give --password-file FILE (its first line is the password) or --no-password (the server&apos;s administrator sets one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add needs --login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add takes --name (a new agent) or --agent (an existing one), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add needs --%1 (or --agent ID|NAME to give an existing agent the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team add takes --password-file or --no-password, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agent&apos;s name, as the team knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep or manager (with --agent: the agent&apos;s own role when left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from the first line of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every agent, those without a login too (e.g. copied by a migrate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 needs one LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; the server did not let it sign in before either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is enabled already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can sign in to the server again, and acts here as its agent, who is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli %1 | list [--all] | disable LOGIN | enable LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team needs add, list, disable or enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot “team %1”: choose add, list, disable or enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the agent “%2” of that name, which signed in as “%3” where the file came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and backup works on a FunnelDesk file only; back the server up with its own tools (pg_dump), or make a FunnelDesk file of it with `migrate --to COPY.sqlite`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and restore works on a FunnelDesk file only; a server is restored by its administrator from the server&apos;s own backups, and a FunnelDesk file goes into an empty server database with `funneldesk-cli --db FILE.sqlite migrate --to SERVER`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and %2 works on a FunnelDesk file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login to this existing agent (its id or name), e.g. one a migrate copied from a file. Only the database&apos;s owner may give a login that exists on the server and that FunnelDesk did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy %1, Watch %2, At risk %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health recompute takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 customers as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 scores; %2 customers changed band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change %1 scores; %2 customers would change band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playbooks of band drops and silences added %1 tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health explain needs one customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scores %2 now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last health recompute stored %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No health recompute has scored it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health preview needs one or more --set KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1, %2 of %3 customers would change band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli health recompute|explain|preview [options]; see funneldesk-cli health WHAT --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health needs a subcommand: recompute, explain or preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown health subcommand “%1”: choose recompute, explain or preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the values saved, not the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings list takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY=VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings set needs one or more KEY=VALUE (funneldesk-cli settings list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the team&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli settings list [--saved] | set KEY=VALUE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings needs a subcommand: list or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown settings subcommand “%1”: choose list or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my tasks (on a file, the agent of --agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks due before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this agent&apos;s tasks: id, name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tasks (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks list takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to 1000000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mine needs to know who you are: on a file, name yourself with --agent AGENT instead (a file has no logins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 tasks; --limit N shows more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent who did it: id, name or email (default: the signed-in login&apos;s agent, else the task&apos;s owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks done needs one task id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 done; touchpoint %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step as DAYS:KIND:TITLE or every DAYS:KIND:TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans set needs a stage, then its steps (none: an empty plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a success plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan of %1: %2 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli plans list | set STAGE [STEP ...]; a step is DAYS:KIND:TITLE or every DAYS:KIND:TITLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans needs a subcommand: list or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown plans subcommand “%1”: choose list or set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open task, not only the success reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks ics needs --out FILE (or - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 tasks to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli tasks list|done|ics [options]; see funneldesk-cli tasks WHAT --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks needs a subcommand: list, done or ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tasks subcommand “%1”: choose list, done or ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed weight, window or band edge, e.g. recency.weight=30 or health.recency.weight=30, or a stage target, e.g. stage_target.onboarding.behind_days=20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbooks list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook as edited, e.g. playbook.detractor_call=&quot;survey&lt;=4 -&gt; 2:phone:Call back for owner&quot; (the key with or without playbook.; an empty line switches it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days to look back (1-365; default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list each customer: id, name, agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbooks preview takes no arguments besides its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 365, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of %1 to %2; silences as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli playbooks list | preview [--set KEY=LINE ...] [--days N] [--customers]; a playbook is edited with settings set playbook.KEY=LINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playbooks needs a subcommand: list or preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown playbooks subcommand “%1”: choose list or preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks %1, customers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written for %1 customers that another session moved meanwhile; a recompute now judges them anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1, the value of %2, is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1, the one after %2, is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no password of FunnelDesk&apos;s making: set one as the server&apos;s administrator (psql&apos;s \password &quot;%1&quot;), unless the server lets it in without one or it already had one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied signed in with a login this server does not have, and were copied without it: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can no longer sign in to the server, and its agent is inactive here (`team enable %2` undoes both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s); each line above says what to do, and where rows are wrong, ask the server&apos;s administrator to restore it from the server&apos;s backups, or copy it first (migrate) before repairing it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %n check(s); restore it from a backup or run `funneldesk-cli backup` before repairing it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has its agent&apos;s rights here again, and that agent is active; it could sign in to the server all along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied have no login to sign in with: give each one with `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` lists them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; it can still sign in to the server, as team disable locks only a login that FunnelDesk made and that belongs to no other role (`team enable %2` undoes this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; it can still sign in to the server, as a role with server attributes (CREATEDB, REPLICATION or BYPASSRLS), which the team commands neither lock nor enable again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::cli::CliHints</name>
    <message>
        <source>, e.g. --map customer_email=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with --map %1=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--map %1 and --map %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; to read it as one of those, add --map-value %1:%2=VALUE (or choose it in the import wizard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of the --map-value %1:%2 mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; --map-value category:TEXT=VALUE files a category elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--skip-invalid imports the other rows and writes this one to a rejects file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: try --delimiter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; if the column holds them, name its format with --date-format excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; name its format with --date-format, as in --date-format &quot;dd/MM/yyyy HH:mm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, so name it with --date-format (%1 or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use --date-format %1 if they are month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add one with `funneldesk-cli add agent --name NAME`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; add one with `funneldesk-cli team add --login LOGIN --name NAME --role rep`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; pass --db PATH or set FUNNELDESK_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or create it with `funneldesk-cli --db PATH generate`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with `team add --agent`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with --agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; `team list --all` lists every agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (funneldesk-cli settings list shows them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (team disable %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: `team disable %1`, then `team enable %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (any command, e.g. `funneldesk-cli check`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (team enable %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; map it with --map %1=%2, or leave it out with --map %1=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with `team add --agent ID --login %1`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::pg::Connection</name>
    <message>
        <source>Cannot connect to a PostgreSQL server: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer within %2 s; check the host, the port and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the password for user %2; check the password and the user name, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for user %2’s password and none was given; enter it when asked, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user %2 connect to database %3 from here (pg_hba.conf); ask its administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no database %2; check its name, or create it first (createdb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no right to connect to database %2 on the PostgreSQL server at %3; ask its administrator to grant CONNECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is starting up or shutting down; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has too many connections open; try again later, or ask its administrator to allow more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1 (%2); check that it is running and that the host and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the connection: %2 (SQLSTATE %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost (%2); check that the server is running, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 stopped the statement, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused a statement: %2 (SQLSTATE %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer for %2 seconds, nor a new connection; FunnelDesk stopped waiting and nothing unfinished was saved: check the server, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 gave no encrypted connection, which sslmode=%2 requires (%3), so nothing was sent; ask its administrator to turn SSL on, or about its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 offered an encrypted connection whose certificate sslmode=%2 does not accept (%3), so nothing was sent; check sslrootcert, or ask the server&apos;s administrator about its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk is still waiting for the PostgreSQL server at %1 to answer an earlier request, so this one was not sent; try it again once the server has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 stopped the statement before it ended (%2): a time limit set on the server, or its administrator, ended it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user (role) %2 that may log in; check the user name, or ask its administrator to create it (or, if a manager disabled it, to enable it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user %2 log in, though the user exists: it was made without LOGIN (a team&apos;s group role is), or a manager disabled it with FunnelDesk&apos;s team disable, and can enable it again (team enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %2 lets user %1 open no more connections: its CONNECTION LIMIT is reached, or is 0 (the server&apos;s administrator may have locked it out); close a window or a program that uses it, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %2 lets database %1 take no more connections: its CONNECTION LIMIT is reached, or is 0 (the server&apos;s administrator may have closed it); try again later, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::pg::Copy</name>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost while copying rows into %2 (%3); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused row %2 of the rows copied into %3: %4 (SQLSTATE %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the rows copied into %2: %3 (SQLSTATE %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the rows copied into “%2” holds “%3” in its column %4, which is no %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::pg::Schema</name>
    <message>
        <source>database %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search_path of database %1 names no schema that exists and that this user may use; create one, or set search_path, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already holds tables or functions that are not FunnelDesk&apos;s; FunnelDesk creates its schema only in an empty database or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a FunnelDesk schema of version %2, newer than this FunnelDesk (which knows up to version %3); update FunnelDesk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already holds FunnelDesk&apos;s schema (version %2); open it instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 may not create tables in the %2; ask its administrator to GRANT CREATE ON SCHEMA %3 TO %4, or use a database of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not store text as UTF-8, which FunnelDesk needs; create the database with ENCODING &apos;UTF8&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 was built without ICU (it has no collation “und-x-icu”), which FunnelDesk&apos;s search needs; use a server built with ICU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 does not know the time zone %2; give an IANA time zone name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating FunnelDesk&apos;s schema in the %1 failed, and nothing was created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this FunnelDesk was built without %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, statement %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not hold FunnelDesk&apos;s schema; nothing was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds FunnelDesk&apos;s data; nothing was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be emptied; nothing was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no right to read FunnelDesk&apos;s tables in %2; ask the database&apos;s administrator to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading FunnelDesk&apos;s schema in the %1 from version %2 to %3 failed, and nothing was changed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk creates schema versions %1 to %2 on a server, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 lost its table fd_meta while it was read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another FunnelDesk has been upgrading or setting up FunnelDesk&apos;s schema on %1 for more than %2; nothing was changed here: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading FunnelDesk&apos;s schema in the %1 from version %2 to %3 waited more than %4 for tables that another session is using (%5), and nothing was changed: close FunnelDesk where it is still open from before the update, or let that session finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FunnelDesk still open from before the update, or a long transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds FunnelDesk data of schema version %2, and this FunnelDesk needs version %3; only its owner %4 (or a member of that role, or a superuser) can upgrade it: ask them to open it once with this FunnelDesk%5, signed in as %4, then try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::pg::Team</name>
    <message>
        <source>Teams are a server feature: a FunnelDesk file has no logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already the agent %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 could not be prepared for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login that made this copy has no agent in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk did not make the login %1 for %2, nor did its owner give it to an agent; the team commands act only on such logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 is a group role, not a person&apos;s login; the team commands act only on logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 owns %2; the team commands do not act on the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL keeps the name %1 for itself; choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named %1 was made on the server meanwhile; try again, or choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 exists on the server and FunnelDesk did not make it for %2; only the database&apos;s owner can give it to an agent%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 belonged to an agent of %2 that was deleted; only the database&apos;s owner can give it to an agent again%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 differs only in case from the login %2 on this server: PostgreSQL tells them apart, but people, and psql&apos;s unquoted names (folded to lower case), do not; choose another login, or give %2 to the agent%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent named %1 already exists; give the new login another name, or give that agent the login%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent of %1 has the id or name %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent of %1 signs in as %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “%1” does not inherit the rights of the roles it is a member of (NOINHERIT), so it would not work here, and nothing was changed; the server&apos;s administrator can run ALTER ROLE %2 INHERIT first, which also lets it use the rights of every other role it is a member of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has %2 on the server, so it keeps or can take back every right here whatever team disable does, and nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has %2 on the server, and the team commands give their rights only to a login without such attributes, so nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 owns %2, and the database&apos;s owner is never disabled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1, and no login disables itself; nothing was changed, and another manager can disable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 owns %2 and is never disabled, so there is nothing to enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 no longer exists on the server; its administrator makes it again first, and then it can be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 may not sign in to the server (NOLOGIN), and the team commands give their rights only to a login that may, so nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %2 LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2 already, and an agent has one login; if that one is no longer theirs, the database&apos;s owner can clear agent.login first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares its team roles with %2, and its owner %3 may not create roles (CREATEROLE) to give it roles of its own, so its team cannot change and nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %4 CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no team roles, and its owner %2 may not create roles (CREATEROLE): it works as one login, its owner&apos;s, and its team cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s %1 role %2 is not on the server, so its team cannot change and nothing was changed; if it was renamed, the server&apos;s administrator can rename it back with ALTER ROLE … RENAME TO %2, else (dropped) run CREATE ROLE %2 NOLOGIN, and check then names what it lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent %1 (id %2) was deleted meanwhile, and nothing was changed%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::service::Audit</name>
    <message>
        <source>Name a customer or a ticket, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::service::AuditText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown — bulk load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned reply #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; not logged one by one: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::service::Migrate</name>
    <message>
        <source>Cannot create %1: another file of that name appeared while migrating; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no FunnelDesk file %1 to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; migrate writes a new FunnelDesk file and never touches one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist; create it first or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 FunnelDesk&apos;s empty schema made for the copy stays behind: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 (schema %2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already holds tables or functions that are not FunnelDesk&apos;s; migrate copies only into an empty database or schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 already holds FunnelDesk&apos;s data (%2 rows); migrate copies only into an empty database, so that nothing there is mixed or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1 failed, and nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the copy failed %Ln check(s), the first: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the database being migrated; copy it to a new file or to an empty database on a server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program kept the new file %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer FunnelDesk (this one knows versions up to %2): run the migrate with that FunnelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1 with this FunnelDesk to bring it up to date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has FunnelDesk&apos;s schema version %2 and %3 version %4; migrate copies only between databases of the same version: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::service::Setup</name>
    <message>
        <source>“%1” already exists; init makes a new FunnelDesk file and never touches one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new, empty FunnelDesk file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created FunnelDesk&apos;s tables in schema “%1” of database “%2” (%3), with “%4” as its first manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::settingspages::AgentsPage</name>
    <message>
        <source>The agents who own customers, are assigned tickets and log touchpoints. A new agent is added when the settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent added here has no login; funneldesk-cli team add gives one a login to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agent needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent&apos;s name cannot be digits only: “%1” would read as an agent&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an agent named “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new, added on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected new agent off the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the email “%2” already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FunnelDesk helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window, save it as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Restore the automatic backup of %2? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file&apos;s path, or a PostgreSQL server as a postgresql:// URI or libpq key=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database, as --db DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelDesk opens one database at a time; name it once, as --db DATABASE or as PATH alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a view: overview, onboarding, post-sales, retention, advocacy, customers, tickets or tasks; settings opens the Settings dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
