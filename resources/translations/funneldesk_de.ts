<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>OpenDatabase</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>The password was not accepted at %1; try again.</source>
        <translation>Das Passwort wurde von %1 nicht akzeptiert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The password was not accepted for %1 at %2; try again.</source>
        <translation>Das Passwort für %1 wurde von %2 nicht akzeptiert; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Opening “%1”…

A file from an older FunnelDesk is brought up to date once, at its first open; on a large file that takes a minute or two.</source>
        <translation>„%1“ wird geöffnet…

Eine Datei aus einer älteren FunnelDesk-Version wird einmalig beim ersten Öffnen aktualisiert; bei einer großen Datei dauert das ein bis zwei Minuten.</translation>
    </message>
</context>
<context>
    <name>fd::AgentChooser</name>
    <message>
        <source>the new agent</source>
        <translation>der neue Agent</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>FunnelDesk needs to know who you are %1, and “%2” has no agents yet: add yourself. Your answer is remembered for this file.</source>
        <translation>FunnelDesk muss wissen, wer Sie sind %1, und „%2“ hat noch keine Agenten: Fügen Sie sich selbst hinzu. Ihre Antwort wird für diese Datei gespeichert.</translation>
    </message>
    <message>
        <source>FunnelDesk needs to know who you are %1. Choose yourself, or add yourself as an agent of “%2”. Your answer is remembered for this file.</source>
        <translation>FunnelDesk muss wissen, wer Sie sind %1. Wählen Sie sich aus oder fügen Sie sich als Agent von „%2“ hinzu. Ihre Antwort wird für diese Datei gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add me…</source>
        <translation>Mich &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add yourself as an agent of this file, with your name and email</source>
        <translation>Sich selbst mit Name und E-Mail als Agent dieser Datei hinzufügen</translation>
    </message>
    <message>
        <source>Your name, as customers see it on replies</source>
        <translation>Ihr Name, wie Kunden ihn bei Antworten sehen</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>This file is read-only and has no agents, so no one can be chosen.</source>
        <translation>Diese Datei ist schreibgeschützt und hat keine Agenten, daher kann niemand ausgewählt werden.</translation>
    </message>
    <message>
        <source>Choose yourself in the list, or add yourself.</source>
        <translation>Wählen Sie sich in der Liste aus oder fügen Sie sich hinzu.</translation>
    </message>
</context>
<context>
    <name>fd::AgentRepository</name>
    <message>
        <source>An agent named “%1” already exists; give the new one another name.</source>
        <translation>Ein Agent namens „%1“ existiert bereits; geben Sie dem neuen einen anderen Namen.</translation>
    </message>
    <message>
        <source>The email “%1” already belongs to the agent %2; each agent needs their own, because owners and imported rows find agents by it.</source>
        <translation>Die E-Mail „%1“ gehört bereits dem Agenten %2; jeder Agent braucht eine eigene, da Betreuer und importierte Zeilen Agenten darüber finden.</translation>
    </message>
    <message>
        <source>There is no agent “%1”%2.</source>
        <translation>Es gibt keinen Agenten „%1“%2.</translation>
    </message>
    <message>
        <source>Agent “%1” (id %2) is inactive; name an active agent.</source>
        <translation>Agent „%1“ (ID %2) ist inaktiv; nennen Sie einen aktiven Agenten.</translation>
    </message>
</context>
<context>
    <name>fd::AtRiskSettings</name>
    <message>
        <source>an at-risk threshold</source>
        <translation>eine Gefährdet-Schwelle</translation>
    </message>
</context>
<context>
    <name>fd::BackgroundTask</name>
    <message>
        <source>%1 was cancelled; nothing was changed.</source>
        <translation>%1 wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>fd::Backup</name>
    <message>
        <source>Only a FunnelDesk file can be backed up or restored here; a database on a server is backed up with the server&apos;s own tools.</source>
        <translation>Nur eine FunnelDesk-Datei kann hier gesichert oder wiederhergestellt werden; eine Datenbank auf einem Server wird mit den Werkzeugen des Servers gesichert.</translation>
    </message>
    <message>
        <source>the database being backed up</source>
        <translation>die zu sichernde Datenbank</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup must be one.</source>
        <translation>%1 ist keine reguläre Datei; eine Sicherung muss eine sein.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Backing up %1 to %2 failed: %3; the original is unchanged.</source>
        <translation>Die Sicherung von %1 nach %2 ist fehlgeschlagen: %3; das Original ist unverändert.</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source>checking the copy failed (%1)</source>
        <translation>die Prüfung der Kopie ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>reading the copy back failed (%1)</source>
        <translation>das Zurücklesen der Kopie ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the copy did not pass integrity_check (%1)</source>
        <translation>die Kopie hat integrity_check nicht bestanden (%1)</translation>
    </message>
    <message>
        <source>%1 appeared meanwhile</source>
        <translation>%1 ist inzwischen entstanden</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2); choose another one.</source>
        <translation>Die Sicherung %1 ist beschädigt (%2); wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; restore needs a backup of it, such as one in %2.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; zur Wiederherstellung wird eine Sicherung davon benötigt, etwa eine in %2.</translation>
    </message>
    <message>
        <source>Restoring %1 failed: %2; nothing was changed.</source>
        <translation>Die Wiederherstellung von %1 ist fehlgeschlagen: %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3; nothing was changed.</source>
        <translation>Die Wiederherstellung von %1 in %2 ist fehlgeschlagen: %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>the backup being restored</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2.</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot move the damaged %1 aside; nothing was changed.</source>
        <translation>Die beschädigte Datei %1 kann nicht beiseitegelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1 (the damaged file is kept as %2): %3</source>
        <translation>Die Sicherung kann nicht an die Stelle von %1 gesetzt werden (die beschädigte Datei bleibt als %2 erhalten): %3</translation>
    </message>
    <message>
        <source>Copying the backup %1 to %2 to upgrade it failed: %3; nothing was changed.</source>
        <translation>Das Kopieren der Sicherung %1 nach %2, um sie zu aktualisieren, ist fehlgeschlagen: %3; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup %1 could not be upgraded to this FunnelDesk&apos;s schema: %2</source>
        <translation>Die Sicherung %1 konnte nicht auf das Schema dieses FunnelDesk aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Copying the backup %1 to %2 to give it the open database&apos;s page size failed: %3; nothing was changed.</source>
        <translation>Das Kopieren der Sicherung %1 nach %2, um ihr die Seitengröße der geöffneten Datenbank zu geben, ist fehlgeschlagen: %3; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>fd::BarChart</name>
    <message>
        <source>Click a bar to open the list behind it</source>
        <translation>Auf einen Balken klicken, um die zugehörige Liste zu öffnen</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Das Diagramm konnte nicht als PNG kodiert werden.</translation>
    </message>
</context>
<context>
    <name>fd::BulkLoad</name>
    <message>
        <source>This database is not on a PostgreSQL server.</source>
        <translation>Diese Datenbank liegt nicht auf einem PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>fd::CannedRepliesDialog</name>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Placeholders: {customer.name}, {agent.name}, {ticket.id}</source>
        <translation>Platzhalter: {customer.name}, {agent.name}, {ticket.id}</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the new canned reply</source>
        <translation>der neue Textbaustein</translation>
    </message>
</context>
<context>
    <name>fd::CannedReplyPicker</name>
    <message>
        <source>Canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tippen zum Filtern</translation>
    </message>
    <message>
        <source>No canned replies yet: add them under Edit → Canned replies.</source>
        <translation>Noch keine Textbausteine: Fügen Sie sie unter Bearbeiten → Textbausteine hinzu.</translation>
    </message>
</context>
<context>
    <name>fd::CannedReplyRepository</name>
    <message>
        <source>A canned reply needs a title and a text.</source>
        <translation>Ein Textbaustein braucht einen Titel und einen Text.</translation>
    </message>
    <message>
        <source>canned reply&apos;s title</source>
        <translation>Titel des Textbausteins</translation>
    </message>
    <message>
        <source>canned reply&apos;s text</source>
        <translation>Text des Textbausteins</translation>
    </message>
    <message>
        <source>The canned reply “%1” no longer exists.</source>
        <translation>Der Textbaustein „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The canned reply “%1”</source>
        <translation>Der Textbaustein „%1“</translation>
    </message>
</context>
<context>
    <name>fd::Category</name>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Bug</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>fd::ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>fd::Conflicts</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>churned</source>
        <translation>abgewandert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 was changed by %2%3 after you opened it; your change was not saved.</source>
        <translation>%1 wurde von %2%3 geändert, während Sie daran arbeiteten; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3%4 after you opened it; your change was not saved.</source>
        <translation>%1 wurde von %2 um %3%4 geändert, während Sie daran arbeiteten; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The canned reply “%1”</source>
        <translation>Der Textbaustein „%1“</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
</context>
<context>
    <name>fd::ConnectDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Open a FunnelDesk database on a PostgreSQL server. The password is asked for when the server wants one, and is never stored.</source>
        <translation>Eine FunnelDesk-Datenbank auf einem PostgreSQL-Server öffnen. Das Passwort wird abgefragt, wenn der Server eines verlangt, und nie gespeichert.</translation>
    </message>
    <message>
        <source>a name or an address, e.g. db.example.com</source>
        <translation>ein Name oder eine Adresse, z. B. db.example.com</translation>
    </message>
    <message>
        <source>The server&apos;s port, a number from 1 to 65535; empty: %1, PostgreSQL&apos;s own.</source>
        <translation>Der Port des Servers, eine Zahl von 1 bis 65535; leer: %1, der Standard von PostgreSQL.</translation>
    </message>
    <message>
        <source>as your administrator named it, e.g. funneldesk</source>
        <translation>wie Ihr Administrator sie benannt hat, z. B. funneldesk</translation>
    </message>
    <message>
        <source>e.g. sslmode=require connect_timeout=10</source>
        <translation>z. B. sslmode=require connect_timeout=10</translation>
    </message>
    <message>
        <source>&amp;More options</source>
        <translation>&amp;Weitere Optionen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Other libpq connection options, as key=value pairs separated by spaces.</source>
        <translation>Weitere libpq-Verbindungsoptionen als durch Leerzeichen getrennte key=value-Paare.</translation>
    </message>
    <message>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <source>Hide the other connection options</source>
        <translation>Die weiteren Verbindungsoptionen ausblenden</translation>
    </message>
    <message>
        <source>Show the other connection options</source>
        <translation>Die weiteren Verbindungsoptionen einblenden</translation>
    </message>
</context>
<context>
    <name>fd::ConnectionLost</name>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost, so this window does not show its data now. FunnelDesk connects again by itself as soon as the server answers.</source>
        <translation>Die Verbindung zum PostgreSQL-Server unter %1 ist verloren gegangen, daher zeigt dieses Fenster dessen Daten gerade nicht an. FunnelDesk verbindet sich von selbst neu, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <source> (connection lost)</source>
        <translation> (Verbindung verloren)</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s…</source>
        <translation>Neue Verbindung in %1 s…</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Noch nicht: %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Not done: the connection to the server was lost; FunnelDesk is connecting again.</source>
        <translation>Nicht ausgeführt: Die Verbindung zum Server ist verloren gegangen; FunnelDesk verbindet sich neu.</translation>
    </message>
</context>
<context>
    <name>fd::CsvExporter</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Writing the export failed (%1); nothing was saved.</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen (%1); nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>fd::CsvImporter</name>
    <message>
        <source>Customers without a first-sale date: %1; their first sale is the day of the import.</source>
        <translation>Kunden ohne Erstkaufdatum: %1; als ihr Erstkauf gilt der Tag des Imports.</translation>
    </message>
    <message>
        <source>Tickets without a creation time: %1; each was given its earliest date-time (first response or solved).</source>
        <translation>Tickets ohne Erstellungszeit: %1; jedes erhielt seine früheste Datumsangabe (Erstreaktion oder gelöst).</translation>
    </message>
    <message>
        <source>1 local time fell in a clock change&apos;s gap (an hour that does not exist where the clocks spring forward) and was moved forward by the gap, as the clock is.</source>
        <translation>1 Ortszeit fiel in die Lücke einer Zeitumstellung (eine Stunde, die es beim Vorstellen der Uhr nicht gibt) und wurde, wie die Uhr, um die Lücke vorverlegt.</translation>
    </message>
    <message>
        <source>%1 local times fell in a clock change&apos;s gap (an hour that does not exist where the clocks spring forward) and were moved forward by the gap, as the clock is.</source>
        <translation>%1 Ortszeiten fielen in die Lücke einer Zeitumstellung (eine Stunde, die es beim Vorstellen der Uhr nicht gibt) und wurden, wie die Uhr, um die Lücke vorverlegt.</translation>
    </message>
    <message>
        <source>1 row names a ticket number the database already has; that ticket was left as it was.</source>
        <translation>1 Zeile nennt eine Ticketnummer, die die Datenbank bereits hat; dieses Ticket blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 rows name ticket numbers the database already has; those tickets were left as they were.</source>
        <translation>%1 Zeilen nennen Ticketnummern, die die Datenbank bereits hat; diese Tickets blieben unverändert.</translation>
    </message>
    <message>
        <source>1 solved or closed ticket has no solved time in the file; it is dated solved at its first response, or its creation.</source>
        <translation>1 gelöstes oder geschlossenes Ticket hat in der Datei keine Lösungszeit; als gelöst gilt es zu seiner Erstreaktion oder seiner Erstellung.</translation>
    </message>
    <message>
        <source>%1 solved or closed tickets have no solved time in the file; each is dated solved at its first response, or its creation.</source>
        <translation>%1 gelöste oder geschlossene Tickets haben in der Datei keine Lösungszeit; jedes gilt als gelöst zu seiner Erstreaktion oder seiner Erstellung.</translation>
    </message>
    <message>
        <source>The file has no subject column; each ticket&apos;s subject is its number.</source>
        <translation>Die Datei hat keine Betreff-Spalte; der Betreff jedes Tickets ist seine Nummer.</translation>
    </message>
    <message>
        <source>1 ticket had no date-time at all; it is dated at the moment of the import.</source>
        <translation>1 Ticket hatte gar keine Datumsangabe; es ist auf den Zeitpunkt des Imports datiert.</translation>
    </message>
    <message>
        <source>%1 tickets had no date-time at all; they are dated at the moment of the import.</source>
        <translation>%1 Tickets hatten gar keine Datumsangabe; sie sind auf den Zeitpunkt des Imports datiert.</translation>
    </message>
    <message>
        <source>The file has one row per update for a ticket: its %1 rows became 1 ticket, with its earliest creation and its latest row&apos;s status, priority and assignee.</source>
        <translation>Die Datei hat eine Zeile pro Aktualisierung eines Tickets: Seine %1 Zeilen wurden zu 1 Ticket, mit der frühesten Erstellung und Status, Priorität und Bearbeiter der letzten Zeile.</translation>
    </message>
    <message>
        <source>The file has one row per update for some tickets: %1 rows with the same ticket number became %2 tickets, each with its earliest creation and its latest row&apos;s status, priority and assignee.</source>
        <translation>Die Datei hat für einige Tickets eine Zeile pro Aktualisierung: %1 Zeilen mit derselben Ticketnummer wurden zu %2 Tickets, jedes mit der frühesten Erstellung und Status, Priorität und Bearbeiter der letzten Zeile.</translation>
    </message>
    <message>
        <source>1 cell held a placeholder for no value (such as -, N/A or ?) and was read as empty.</source>
        <translation>1 Zelle enthielt einen Platzhalter für „kein Wert“ (etwa -, N/A oder ?) und wurde als leer gelesen.</translation>
    </message>
    <message>
        <source>%1 cells held a placeholder for no value (such as -, N/A or ?) and were read as empty.</source>
        <translation>%1 Zellen enthielten einen Platzhalter für „kein Wert“ (etwa -, N/A oder ?) und wurden als leer gelesen.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>1 ticket has a category FunnelDesk does not know (%1) and was filed under other%2.</source>
        <translation>1 Ticket hat eine Kategorie, die FunnelDesk nicht kennt (%1), und wurde unter Sonstiges%2 abgelegt.</translation>
    </message>
    <message>
        <source>%1 tickets have a category FunnelDesk does not know (%2) and were filed under other%3.</source>
        <translation>%1 Tickets haben eine Kategorie, die FunnelDesk nicht kennt (%2), und wurden unter Sonstiges%3 abgelegt.</translation>
    </message>
    <message>
        <source>1 row held control characters or direction overrides (such as ESC or U+202E), which were removed: line %1.</source>
        <translation>1 Zeile enthielt Steuerzeichen oder Richtungsumkehrungen (etwa ESC oder U+202E), die entfernt wurden: Zeile %1.</translation>
    </message>
    <message>
        <source>%1 rows held control characters or direction overrides (such as ESC or U+202E), which were removed: lines %2.</source>
        <translation>%1 Zeilen enthielten Steuerzeichen oder Richtungsumkehrungen (etwa ESC oder U+202E), die entfernt wurden: Zeilen %2.</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>ein Kunde braucht einen Namen</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Imported from %1 in %2.</source>
        <translation>Importiert aus %1 in %2.</translation>
    </message>
    <message>
        <source>Imported from %1; entered Onboarding with the first sale on %2.</source>
        <translation>Importiert aus %1; mit dem Erstkauf am %2 ins Onboarding aufgenommen.</translation>
    </message>
    <message>
        <source>more than one customer is named “%1”, and the row has no email to tell them apart; add the customer&apos;s email (a column read as customer_email)</source>
        <translation>mehr als ein Kunde heißt „%1“, und die Zeile hat keine E-Mail, um sie zu unterscheiden; ergänzen Sie die E-Mail des Kunden (eine als customer_email gelesene Spalte)</translation>
    </message>
    <message>
        <source>the row names no customer (no name or email)</source>
        <translation>die Zeile nennt keinen Kunden (weder Name noch E-Mail)</translation>
    </message>
    <message>
        <source>no customer “%1” in the database or earlier in this file; import the customers or their tickets first</source>
        <translation>kein Kunde „%1“ in der Datenbank oder weiter oben in dieser Datei; importieren Sie zuerst die Kunden oder deren Tickets</translation>
    </message>
    <message>
        <source>Imported from %1 with its tickets; entered Onboarding with the first sale on %2.</source>
        <translation>Mit seinen Tickets importiert aus %1; mit dem Erstkauf am %2 ins Onboarding aufgenommen.</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>ein Ticket braucht einen Betreff</translation>
    </message>
    <message>
        <source>The %1</source>
        <translation>Das Feld %1</translation>
    </message>
    <message>
        <source>%1 (%2 is not a time on this machine&apos;s clock: the clocks sprang forward, so it was read as the hour after)</source>
        <translation>%1 (%2 ist auf der Uhr dieses Rechners keine gültige Zeit: Die Uhr wurde vorgestellt, daher wurde sie als die Stunde danach gelesen)</translation>
    </message>
    <message>
        <source>Ticket numbers “%1” and “%2” share a hash; this import cannot tell them apart. Please report this, with the two numbers.</source>
        <translation>Die Ticketnummern „%1“ und „%2“ haben denselben Hash; dieser Import kann sie nicht unterscheiden. Bitte melden Sie dies mit den beiden Nummern.</translation>
    </message>
    <message>
        <source>ticket %1 is for “%2” on line %3 and for “%4” on this line; one ticket number cannot have two customers, so correct one of the two lines</source>
        <translation>Ticket %1 gehört in Zeile %3 zu „%2“ und in dieser Zeile zu „%4“; eine Ticketnummer kann nicht zwei Kunden haben, korrigieren Sie also eine der beiden Zeilen</translation>
    </message>
    <message>
        <source>a touchpoint needs its kind (how the contact happened)</source>
        <translation>ein Kontaktpunkt braucht seine Art (wie der Kontakt stattfand)</translation>
    </message>
    <message>
        <source>a touchpoint needs the time it happened</source>
        <translation>ein Kontaktpunkt braucht den Zeitpunkt, zu dem er stattfand</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (“%4”)</source>
        <translation>%1, Zeile %2, Spalte %3 („%4“)</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 would be imported, %3 rejected; nothing was written.</source>
        <translation>Probelauf: %1 von %2 würden importiert, %3 abgelehnt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 of %2; %3 rejected.</source>
        <translation>%1 von %2 importiert; %3 abgelehnt.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Customers: %1 would be created, %2 an existing one (left as it is).</source>
        <translation>Kunden: %1 würden angelegt, %2 einem vorhandenen (bleibt unverändert).</translation>
    </message>
    <message>
        <source>Customers: %1 created, %2 an existing one (left as it was).</source>
        <translation>Kunden: %1 angelegt, %2 einem vorhandenen (blieb unverändert).</translation>
    </message>
    <message>
        <source>1 row matched</source>
        <translation>1 Zeile passte zu</translation>
    </message>
    <message>
        <source>%1 rows matched</source>
        <translation>%1 Zeilen passten zu</translation>
    </message>
    <message>
        <source>Agents created: %1.</source>
        <translation>Angelegte Agenten: %1.</translation>
    </message>
    <message>
        <source>%1 given by number only, named “Agent” and the number; rename them in the team&apos;s list.</source>
        <translation>%1 nur mit Nummer angegeben und nach „Agent“ und der Nummer benannt; benennen Sie sie in der Teamliste um.</translation>
    </message>
    <message>
        <source>1 assignee was</source>
        <translation>1 Bearbeiter wurde</translation>
    </message>
    <message>
        <source>%1 assignees were</source>
        <translation>%1 Bearbeiter wurden</translation>
    </message>
    <message>
        <source>no move yet</source>
        <translation>noch keine Verschiebung</translation>
    </message>
    <message>
        <source>1 move, dated when its rule held</source>
        <translation>1 Verschiebung, datiert auf den Zeitpunkt, als ihre Regel zutraf</translation>
    </message>
    <message>
        <source>%1 moves, each dated when its rule held</source>
        <translation>%1 Verschiebungen, jeweils datiert auf den Zeitpunkt, als ihre Regel zutraf</translation>
    </message>
    <message>
        <source>Stages: no new customer would be placed; customers already there keep their stage.</source>
        <translation>Phasen: Kein neuer Kunde würde eingeordnet; bereits vorhandene Kunden behalten ihre Phase.</translation>
    </message>
    <message>
        <source>Stages: no new customer to place; customers that were already there kept their stage.</source>
        <translation>Phasen: Kein neuer Kunde einzuordnen; bereits vorhandene Kunden haben ihre Phase behalten.</translation>
    </message>
    <message>
        <source>Stages: %1 would be placed by the rules (%2); customers already there keep their stage.</source>
        <translation>Phasen: %1 würden durch die Regeln eingeordnet (%2); bereits vorhandene Kunden behalten ihre Phase.</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>der neue Kunde</translation>
    </message>
    <message>
        <source>the %1 new customers</source>
        <translation>die %1 neuen Kunden</translation>
    </message>
    <message>
        <source>Stages: %1 placed by the rules (%2); customers that were already there kept their stage.</source>
        <translation>Phasen: %1 durch die Regeln eingeordnet (%2); bereits vorhandene Kunden haben ihre Phase behalten.</translation>
    </message>
    <message>
        <source>the new customer was</source>
        <translation>der neue Kunde wurde</translation>
    </message>
    <message>
        <source>the %1 new customers were</source>
        <translation>die %1 neuen Kunden wurden</translation>
    </message>
    <message>
        <source>The rejected row:</source>
        <translation>Die abgelehnte Zeile:</translation>
    </message>
    <message>
        <source>The first rejected rows:</source>
        <translation>Die ersten abgelehnten Zeilen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 from its start.</source>
        <translation>%1 kann nicht von Anfang an gelesen werden.</translation>
    </message>
    <message>
        <source> The header was read as one column, but it holds %1%2.</source>
        <translation> Die Kopfzeile wurde als eine Spalte gelesen, enthält aber %1%2.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows: nothing to import.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Zeilen: nichts zu importieren.</translation>
    </message>
    <message>
        <source>Read with %1.</source>
        <translation>Gelesen mit %1.</translation>
    </message>
    <message>
        <source>The header is on line %1; the line above it is a title, not a ticket.</source>
        <translation>Die Kopfzeile steht in Zeile %1; die Zeile darüber ist ein Titel, kein Ticket.</translation>
    </message>
    <message>
        <source>The header is on line %1; the %2 lines above it (a title, empty lines) are not rows.</source>
        <translation>Die Kopfzeile steht in Zeile %1; die %2 Zeilen darüber (ein Titel, Leerzeilen) sind keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Column %1 has no field and was not imported.</source>
        <translation>Spalte %1 hat kein Feld und wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Columns %1 have no field and were not imported.</source>
        <translation>Die Spalten %1 haben kein Feld und wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1 a second time.</source>
        <translation>%1 kann kein zweites Mal gelesen werden.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported%3.</source>
        <translation>%1: %2; nichts wurde importiert%3.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation>Nichts wurde importiert: %1.</translation>
    </message>
    <message>
        <source>An import that leaves out the bad rows needs a rejects file to write them to; nothing was imported.</source>
        <translation>Ein Import, der die fehlerhaften Zeilen auslässt, braucht eine Ablehnungsdatei, in die er sie schreibt; nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>fd::CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quoted field is never closed.</source>
        <translation>%1, Zeile %2, Spalte %3: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1, line %2: a row has more than %3 fields.</source>
        <translation>%1, Zeile %2: Eine Zeile hat mehr als %3 Felder.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it.</source>
        <translation>%1, Zeile %2, Spalte %3: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die darin enthaltenen.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: text follows the closing quote of a field; a quote inside a quoted field must be doubled.</source>
        <translation>%1, Zeile %2, Spalte %3: Auf das schließende Anführungszeichen eines Feldes folgt Text; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden.</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 fields but the header has %4.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Felder, die Kopfzeile aber %4.</translation>
    </message>
    <message>
        <source>delimiter %1 (as given)</source>
        <translation>Trennzeichen %1 (wie angegeben)</translation>
    </message>
    <message>
        <source>delimiter %1 (from the file&apos;s sep= line)</source>
        <translation>Trennzeichen %1 (aus der sep=-Zeile der Datei)</translation>
    </message>
    <message>
        <source>delimiter %1 (detected)</source>
        <translation>Trennzeichen %1 (erkannt)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” cannot be a delimiter: give one punctuation character such as , ; or |, or the word tab.</source>
        <translation>„%1“ kann kein Trennzeichen sein: Geben Sie ein Satzzeichen wie , ; oder | an, oder das Wort tab.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read with the delimiter “%2”: give one punctuation character such as , ; or |, or a tab.</source>
        <translation>%1 kann mit dem Trennzeichen „%2“ nicht gelesen werden: Geben Sie ein Satzzeichen wie , ; oder | an, oder einen Tabulator.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the text is not valid UTF-8; the file is probably in another encoding such as Latin-1 or Windows-1252, so save it as UTF-8 (in Excel, choose Save As › CSV UTF-8) and try again.</source>
        <translation>%1, Zeile %2, Spalte %3: Der Text ist kein gültiges UTF-8; die Datei hat wahrscheinlich eine andere Kodierung wie Latin-1 oder Windows-1252. Speichern Sie sie als UTF-8 (in Excel: Speichern unter › CSV UTF-8) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a field is longer than %4, the most an import accepts.</source>
        <translation>%1, Zeile %2, Spalte %3: Ein Feld ist länger als %4, das Höchste, was ein Import annimmt.</translation>
    </message>
    <message>
        <source>%1, line %2: the file seems to be %3 text, but a character there cannot be decoded; save it as UTF-8 (in Excel, choose Save As › CSV UTF-8) and try again.</source>
        <translation>%1, Zeile %2: Die Datei scheint %3-Text zu sein, aber ein Zeichen dort kann nicht dekodiert werden; speichern Sie sie als UTF-8 (in Excel: Speichern unter › CSV UTF-8) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not look like a text CSV file (binary data at line %2).</source>
        <translation>%1 sieht nicht wie eine CSV-Textdatei aus (Binärdaten in Zeile %2).</translation>
    </message>
</context>
<context>
    <name>fd::CustomerDetail</name>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Log touchpoint…</source>
        <translation>Kontaktpunkt erfassen…</translation>
    </message>
    <message>
        <source>Log a call, email, meeting or survey (Ctrl+L)</source>
        <translation>Einen Anruf, eine E-Mail, ein Treffen oder eine Umfrage erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the profile: name, email, company, plan, owner, status, notes (Ctrl+E)</source>
        <translation>Das Profil bearbeiten: Name, E-Mail, Firma, Tarif, Betreuer, Status, Notizen (Strg+E)</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ticket #%1 (%2)</source>
        <translation>Ticket #%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kontakte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Why is %1 here?</source>
        <translation>Warum ist %1 hier?</translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Einen Kunden auswählen</translation>
    </message>
    <message>
        <source>Its stage, why it is there, and its history show here.</source>
        <translation>Hier erscheinen seine Phase, warum er dort ist, und sein Verlauf.</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <source>Churned (was %1)</source>
        <translation>Abgewandert (war %1)</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · fixiert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Latest move: %1</source>
        <translation>Letzte Verschiebung: %1</translation>
    </message>
    <message>
        <source>%1 is in %2 since %3.</source>
        <translation>%1 ist seit %3 in %2.</translation>
    </message>
    <message>
        <source>The stage is pinned: rules do not move it.</source>
        <translation>Die Phase ist fixiert: Regeln verschieben den Kunden nicht.</translation>
    </message>
    <message>
        <source>To %1 (%2): %3</source>
        <translation>Nach %1 (%2): %3</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Touchpoint logged with %1: %2.</source>
        <translation>Kontaktpunkt mit %1 erfasst: %2.</translation>
    </message>
    <message>
        <source>to record who moved %1</source>
        <translation>um festzuhalten, wer %1 verschoben hat</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>der neue Kontakt</translation>
    </message>
    <message>
        <source>New contact at %1</source>
        <translation>Neuer Kontakt bei %1</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>the move of %1</source>
        <translation>die Verschiebung von %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Eine Phase wählen</translation>
    </message>
    <message>
        <source>Why (required), e.g. “Migrated from the old CRM”</source>
        <translation>Warum (erforderlich), z. B. „Aus dem alten CRM übernommen“</translation>
    </message>
    <message>
        <source>Pin: rules leave the customer here until unpinned</source>
        <translation>Fixieren: Regeln lassen den Kunden hier, bis die Fixierung gelöst wird</translation>
    </message>
    <message>
        <source>Pinning a customer</source>
        <translation>Das Fixieren eines Kunden</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>A manual move needs a reason.</source>
        <translation>Eine manuelle Verschiebung braucht einen Grund.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>the touchpoint with %1</source>
        <translation>der Kontaktpunkt mit %1</translation>
    </message>
    <message>
        <source>Log a touchpoint with %1</source>
        <translation>Einen Kontaktpunkt mit %1 erfassen</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Only a survey has a score; choose the survey kind or no score.</source>
        <translation>Nur eine Umfrage hat eine Bewertung; wählen Sie die Art Umfrage oder keine Bewertung.</translation>
    </message>
    <message>
        <source>to log this touchpoint</source>
        <translation>um diesen Kontaktpunkt zu erfassen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Umfragewert</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>fd::CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>der neue Kunde</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Kunde hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Betreuer</translation>
    </message>
    <message>
        <source>First &amp;sale</source>
        <translation>Erst&amp;kauf</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>fd::CustomerRepository</name>
    <message>
        <source>The email “%1” already belongs to %2; each customer needs its own, as imports match customers on it.</source>
        <translation>Die E-Mail „%1“ gehört bereits zu %2; jeder Kunde braucht eine eigene, da Importe Kunden darüber zuordnen.</translation>
    </message>
    <message>
        <source>There is no agent with id %1 to own the customer.</source>
        <translation>Es gibt keinen Agenten mit der ID %1, der den Kunden betreuen könnte.</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>Customers written with their summaries need one summary and a planned id each.</source>
        <translation>Kunden, die mit ihren Kennzahlen geschrieben werden, brauchen je eine Kennzahlenzeile und eine vorab vergebene ID.</translation>
    </message>
</context>
<context>
    <name>fd::CustomerTableModel</name>
    <message>
        <source>Churned (%1)</source>
        <translation>Abgewandert (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no touchpoint yet</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>name apart, email</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Open tickets: new, open, pending or on hold</source>
        <translation>Offene Tickets: neu, offen, wartend oder zurückgestellt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>open tickets</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
</context>
<context>
    <name>fd::CustomersView</name>
    <message>
        <source>Search name, email or company</source>
        <translation>Name, E-Mail oder Firma suchen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Active and churned</source>
        <translation>Aktiv und abgewandert</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Show all customers</source>
        <translation>Alle Kunden anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): %1</source>
        <translation>
            <numerusform>%Ln Kunde: %1</numerusform>
            <numerusform>%Ln Kunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Escape clears the search.</source>
        <translation>Escape leert die Suche.</translation>
    </message>
    <message>
        <source>No customer in this list.</source>
        <translation>Kein Kunde in dieser Liste.</translation>
    </message>
    <message>
        <source>No customer matches the filters.</source>
        <translation>Kein Kunde passt zu den Filtern.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Betreuer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>fd::DashboardMetrics</name>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>There is no report “%1”; choose %2.</source>
        <translation>Es gibt keinen Bericht „%1“; wählen Sie %2.</translation>
    </message>
    <message>
        <source>Health at risk</source>
        <translation>Health gefährdet</translation>
    </message>
    <message>
        <source>Dropped a health band</source>
        <translation>Health-Stufe gesunken</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Moves into each stage by week</source>
        <translation>Verschiebungen in jede Phase pro Woche</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>In onboarding</source>
        <translation>Im Onboarding</translation>
    </message>
    <message>
        <source>New this period</source>
        <translation>Neu in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Median days to leave</source>
        <translation>Median der Tage bis zum Verlassen</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median der Erstreaktion</translation>
    </message>
    <message>
        <source>Tickets by week</source>
        <translation>Tickets pro Woche</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Tickets by status</source>
        <translation>Tickets nach Status</translation>
    </message>
    <message>
        <source>Tickets by priority</source>
        <translation>Tickets nach Priorität</translation>
    </message>
    <message>
        <source>In post-sales</source>
        <translation>Im After-Sales-Support</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation>Median der Lösungszeit</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Setup and usage tickets</source>
        <translation>Tickets zu Einrichtung und Nutzung</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Advocacy touchpoints by kind</source>
        <translation>Fürsprache-Kontaktpunkte nach Art</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Advocates</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>New advocates</source>
        <translation>Neue Fürsprecher</translation>
    </message>
    <message>
        <source>Advocacy touchpoints</source>
        <translation>Fürsprache-Kontaktpunkte</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>zu Beginn</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingetreten</translation>
    </message>
    <message>
        <source>moved on</source>
        <translation>weitergezogen</translation>
    </message>
    <message>
        <source>conversion %</source>
        <translation>Konversion %</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>offene Tickets</translation>
    </message>
    <message>
        <source>mean CSAT</source>
        <translation>mittlere CSAT</translation>
    </message>
    <message>
        <source>Moves between stages</source>
        <translation>Verschiebungen zwischen Phasen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Stuck: act on these first (the %1 longest of %2)</source>
        <translation>Festgefahren: zuerst hier handeln (die %1 längsten von %2)</translation>
    </message>
    <message>
        <source>Stuck: act on these first</source>
        <translation>Festgefahren: zuerst hier handeln</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health score bands now</source>
        <translation>Health-Score-Stufen aktuell</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Dropped a health band (the latest first)</source>
        <translation>Health-Stufe gesunken (die jüngsten zuerst)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>No success review in 90 days</source>
        <translation>Kein Erfolgsreview seit 90 Tagen</translation>
    </message>
    <message>
        <source>Candidates: retention customers with a survey of 9 or more and no advocacy yet</source>
        <translation>Kandidaten: Kunden in der Kundenbindung mit einer Umfragebewertung von 9 oder mehr und noch ohne Fürsprache</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>days since the last touch</source>
        <translation>Tage seit dem letzten Kontakt</translation>
    </message>
    <message>
        <source>days in %1</source>
        <translation>Tage in %1</translation>
    </message>
    <message>
        <source>On track, behind, stuck (%1: under %2, %2–%3, over %3)</source>
        <translation>Im Plan, im Verzug, festgefahren (%1: unter %2, %2–%3, über %3)</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Festgefahren</translation>
    </message>
    <message>
        <source>Touchpoints by kind</source>
        <translation>Kontaktpunkte nach Art</translation>
    </message>
    <message>
        <source>In retention</source>
        <translation>In der Kundenbindung</translation>
    </message>
    <message>
        <source>Success review overdue</source>
        <translation>Erfolgsreview überfällig</translation>
    </message>
    <message>
        <source>Self-service share</source>
        <translation>Self-Service-Anteil</translation>
    </message>
    <message>
        <source>Product-update touches</source>
        <translation>Kontakte per Produkt-Update</translation>
    </message>
    <message>
        <source>Back to post-sales</source>
        <translation>Zurück im After-Sales-Support</translation>
    </message>
    <message>
        <source>%1 tickets in %2 days</source>
        <translation>%1 Tickets in %2 Tagen</translation>
    </message>
    <message>
        <source>CSAT below %1</source>
        <translation>CSAT unter %1</translation>
    </message>
    <message>
        <source>silent for %1 days</source>
        <translation>seit %1 Tagen ohne Kontakt</translation>
    </message>
</context>
<context>
    <name>fd::DashboardReport</name>
    <message>
        <source>FunnelDesk dashboard report</source>
        <translation>FunnelDesk-Dashboardbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF&apos;s page %1 could not be started.</source>
        <translation>Seite %1 des PDFs konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>fd::DashboardView</name>
    <message>
        <source>Save this chart as PNG…</source>
        <translation>Dieses Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Das Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart is saved as a picture.</source>
        <translation>Das Diagramm wird als Bild gespeichert.</translation>
    </message>
    <message>
        <source>%1 (%2 move on)</source>
        <translation>%1 (%2 ziehen weiter)</translation>
    </message>
    <message>
        <source>Customers per stage, and how many moved on in the period</source>
        <translation>Kunden pro Phase und wie viele im Zeitraum weitergezogen sind</translation>
    </message>
    <message>
        <source>%1 (a bar a month)</source>
        <translation>%1 (ein Balken pro Monat)</translation>
    </message>
    <message>
        <source>%1 (a bar a quarter)</source>
        <translation>%1 (ein Balken pro Quartal)</translation>
    </message>
    <message>
        <source>Health score bands now</source>
        <translation>Health-Score-Stufen aktuell</translation>
    </message>
    <message>
        <source>There is no table “%1” to export.</source>
        <translation>Es gibt keine Tabelle „%1“ zum Exportieren.</translation>
    </message>
    <message>
        <source>The table “%1” could not be written as CSV.</source>
        <translation>Die Tabelle „%1“ konnte nicht als CSV geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no chart to save here.</source>
        <translation>Hier gibt es kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Das Diagramm konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übersicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>When these numbers were counted; they are counted again after every change</source>
        <translation>Wann diese Zahlen gezählt wurden; nach jeder Änderung werden sie neu gezählt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Count again now (F5)</source>
        <translation>Jetzt neu zählen (F5)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>The whole dashboard as a report: its figures, charts and every table, to print or mail</source>
        <translation>Das ganze Dashboard als Bericht: Kennzahlen, Diagramme und alle Tabellen, zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Diagramme als PNG…</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Das Dashboard exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The dashboard is saved as a PDF report.</source>
        <translation>Das Dashboard wird als PDF-Bericht gespeichert.</translation>
    </message>
    <message>
        <source>Save the charts</source>
        <translation>Die Diagramme speichern</translation>
    </message>
    <message>
        <source>The charts are saved as a picture.</source>
        <translation>Die Diagramme werden als Bild gespeichert.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Open the list behind this number</source>
        <translation>Die Liste hinter dieser Zahl öffnen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open the list behind it</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um die Liste dahinter zu öffnen</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Die Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The table is exported as CSV.</source>
        <translation>Die Tabelle wird als CSV exportiert.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Export “%1” as CSV</source>
        <translation>„%1“ als CSV exportieren</translation>
    </message>
    <message>
        <source>%1 (a bar a year)</source>
        <translation>%1 (ein Balken pro Jahr)</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No customers in this stage</source>
        <translation>Keine Kunden in dieser Phase</translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>%1 needs a manager&apos;s rights; %2 is a rep.</source>
        <translation>%1 erfordert Managerrechte; %2 ist Mitarbeiter.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while FunnelDesk had it open; nothing more can be saved to it.</source>
        <translation>%1 wurde gelöscht oder verschoben, während FunnelDesk die Datei geöffnet hatte; nichts kann mehr darin gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its latest changes are still in %2, and reading them needs the right to write to its folder %3; copy both files to a folder you can write to and open the copy.</source>
        <translation>%1 kann hier nicht gelesen werden: Die letzten Änderungen liegen noch in %2, und um sie zu lesen, ist Schreibrecht für den Ordner %3 nötig; kopieren Sie beide Dateien in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: a change to it was left unfinished in %2, and undoing it needs the right to write to its folder %3; copy both files to a folder you can write to and open the copy.</source>
        <translation>%1 kann hier nicht gelesen werden: Eine Änderung daran blieb in %2 unvollendet, und um sie rückgängig zu machen, ist Schreibrecht für den Ordner %3 nötig; kopieren Sie beide Dateien in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a FunnelDesk database file.</source>
        <translation>%1 ist ein Ordner, keine FunnelDesk-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist; create it first or choose another path.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2; choose a folder you can write to.</source>
        <translation>%1 kann nicht angelegt werden: %2; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 cannot be changed, because its folder %2 is not writable for you (FunnelDesk writes its -wal and -shm files beside it); copy the file to a folder you can write to, or only read it (stats, show, export and report can).</source>
        <translation>%1 kann nicht geändert werden, weil Sie in den Ordner %2 nicht schreiben dürfen (FunnelDesk legt daneben seine -wal- und -shm-Dateien an); kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, oder lesen Sie sie nur (stats, show, export und report können das).</translation>
    </message>
    <message>
        <source>%1 is read-only; make it writable (chmod u+w) or work on a copy, or only read it (stats, show, export and report can).</source>
        <translation>%1 ist schreibgeschützt; machen Sie die Datei beschreibbar (chmod u+w), arbeiten Sie mit einer Kopie oder lesen Sie sie nur (stats, show, export und report können das).</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, PID %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it or wait for it to finish, then try again (nothing was changed).</source>
        <translation>%1 ist von einem anderen Programm gesperrt; schließen Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2); close it or wait for it to finish, then try again (nothing was changed).</source>
        <translation>%1 ist von einem anderen Programm gesperrt (%2); schließen Sie es oder warten Sie, bis es fertig ist, und versuchen Sie es dann erneut (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll; nichts wurde gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was saved. Make it writable or work on a copy.</source>
        <translation>%1 ist schreibgeschützt; nichts wurde gespeichert. Machen Sie die Datei beschreibbar oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>%1 is not a FunnelDesk database (it is not an SQLite file); check the path.</source>
        <translation>%1 ist keine FunnelDesk-Datenbank (keine SQLite-Datei); prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 changed while FunnelDesk was reading it without locks (its folder is not writable for you, so it cannot lock it); open it again to read it as it is now.</source>
        <translation>%1 hat sich geändert, während FunnelDesk die Datei ohne Sperren las (Sie dürfen nicht in ihren Ordner schreiben, daher kann sie nicht gesperrt werden); öffnen Sie sie erneut, um sie im aktuellen Zustand zu lesen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2); stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2); check that the file and its folder exist and are readable.</source>
        <translation>%1 kann nicht geöffnet werden (%2); prüfen Sie, ob die Datei und ihr Ordner existieren und lesbar sind.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2); nothing was saved.</source>
        <translation>Lesen oder Schreiben von %1 ist fehlgeschlagen (%2); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 refused the change: %2.</source>
        <translation>%1 hat die Änderung abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Database error in %1: %2.</source>
        <translation>Datenbankfehler in %1: %2.</translation>
    </message>
    <message>
        <source>A text to be saved contains a NUL character (U+0000), which FunnelDesk does not store; nothing was saved. Remove it and try again.</source>
        <translation>Ein zu speichernder Text enthält ein NUL-Zeichen (U+0000), das FunnelDesk nicht speichert; nichts wurde gespeichert. Entfernen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 does not exist; check the path%2.</source>
        <translation>%1 existiert nicht; prüfen Sie den Pfad%2.</translation>
    </message>
    <message>
        <source>No database file was given%1.</source>
        <translation>Es wurde keine Datenbankdatei angegeben%1.</translation>
    </message>
</context>
<context>
    <name>fd::DateDetector</name>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; holds numbers, not dates: &apos;%2&apos;%3 may be an Excel serial date (a number of days since 1900) but is outside %4-%5, the range read without options%6.</source>
        <translation>Spalte &apos;%1&apos; enthält Zahlen, keine Datumsangaben: &apos;%2&apos;%3 könnte ein Excel-Seriendatum sein (Tage seit 1900), liegt aber außerhalb von %4–%5, dem ohne Optionen gelesenen Bereich%6.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; does not hold dates in a known format: &apos;%2&apos;%3 is none of the forms read without options (such as 2024-03-05 14:22, 05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 or epoch seconds)%4.</source>
        <translation>Spalte &apos;%1&apos; enthält keine Datumsangaben in einem bekannten Format: &apos;%2&apos;%3 ist keine der ohne Optionen gelesenen Formen (etwa 2024-03-05 14:22, 05/03/2024, 05-Mar-2024 2:22 PM, Mar 5, 2024 oder Epochensekunden)%4.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; mixes date formats: &apos;%2&apos;%3 does not fit %4, the format of the values before it.</source>
        <translation>Spalte &apos;%1&apos; mischt Datumsformate: &apos;%2&apos;%3 passt nicht zu %4, dem Format der Werte davor.</translation>
    </message>
    <message>
        <source>Columns &apos;%1&apos; and &apos;%2&apos; write dates in opposite orders: &apos;%3&apos;%4 is day first and &apos;%5&apos;%6 is month first; a file is read one way%7.</source>
        <translation>Die Spalten &apos;%1&apos; und &apos;%2&apos; schreiben Datumsangaben in entgegengesetzter Reihenfolge: &apos;%3&apos;%4 hat den Tag zuerst und &apos;%5&apos;%6 den Monat zuerst; eine Datei wird nur auf eine Weise gelesen%7.</translation>
    </message>
    <message>
        <source>Every date could be day first or month first; they were read day first (%1)%2.</source>
        <translation>Jedes Datum könnte den Tag oder den Monat zuerst haben; sie wurden mit dem Tag zuerst gelesen (%1)%2.</translation>
    </message>
    <message>
        <source>Dates read month first (%1): column “%2” has %3%4.</source>
        <translation>Datumsangaben mit dem Monat zuerst gelesen (%1): Spalte „%2“ enthält %3%4.</translation>
    </message>
    <message>
        <source>Dates read day first (%1): column “%2” has %3%4.</source>
        <translation>Datumsangaben mit dem Tag zuerst gelesen (%1): Spalte „%2“ enthält %3%4.</translation>
    </message>
    <message>
        <source>Column “%1” read as %2.</source>
        <translation>Spalte „%1“ gelesen als %2.</translation>
    </message>
</context>
<context>
    <name>fd::DateFormat</name>
    <message>
        <source>&apos;%1&apos; is 1900-02-29 in Excel, a day that never was (Excel counts 1900 as a leap year).</source>
        <translation>&apos;%1&apos; ist in Excel der 29.02.1900, ein Tag, den es nie gab (Excel zählt 1900 als Schaltjahr).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Excel serial date (a number of days, as 45356.5).</source>
        <translation>&apos;%1&apos; ist kein Excel-Seriendatum (eine Anzahl Tage, etwa 45356.5).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Unix time in seconds or milliseconds (%2).</source>
        <translation>&apos;%1&apos; ist keine Unix-Zeit in Sekunden oder Millisekunden (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; the other values of column &apos;%2&apos; are %3.</source>
        <translation>&apos;%1&apos; ist kein Datum; die anderen Werte der Spalte &apos;%2&apos; sind %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form %2.</source>
        <translation>&apos;%1&apos; ist kein Datum der Form %2.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>epoch (seconds, or milliseconds by length)</source>
        <translation>Epoch (Sekunden oder, je nach Länge, Millisekunden)</translation>
    </message>
    <message>
        <source>Excel serial dates</source>
        <translation>Excel-Seriendaten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable date format; write it with yyyy (or yy), MM (or MMM), dd, HH (or h and AP), mm and ss, as in dd/MM/yyyy HH:mm, or write epoch or excel.</source>
        <translation>&apos;%1&apos; ist kein verwendbares Datumsformat; schreiben Sie es mit yyyy (oder yy), MM (oder MMM), dd, HH (oder h und AP), mm und ss, wie in dd/MM/yyyy HH:mm, oder schreiben Sie epoch oder excel.</translation>
    </message>
    <message>
        <source>epoch milliseconds</source>
        <translation>Epoch-Millisekunden</translation>
    </message>
    <message>
        <source>epoch seconds</source>
        <translation>Epoch-Sekunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like %3.</source>
        <translation>&apos;%1&apos; passt nicht zum Datumsformat %2; es sieht aus wie %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like epoch.</source>
        <translation>&apos;%1&apos; passt nicht zum Datumsformat %2; es sieht aus wie Epoch.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2; it looks like an Excel serial date%3.</source>
        <translation>&apos;%1&apos; passt nicht zum Datumsformat %2; es sieht aus wie ein Excel-Seriendatum%3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the date format %2.</source>
        <translation>&apos;%1&apos; passt nicht zum Datumsformat %2.</translation>
    </message>
</context>
<context>
    <name>fd::DateTimeText</name>
    <message>
        <source>%1 %2 has %3 days</source>
        <translation>%1 %2 hat %3 Tage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date (%2).</source>
        <translation>&apos;%1&apos; ist kein echtes Datum (%2).</translation>
    </message>
    <message>
        <source>months go from 1 to 12</source>
        <translation>Monate gehen von 1 bis 12</translation>
    </message>
    <message>
        <source>days go from 1 to 31</source>
        <translation>Tage gehen von 1 bis 31</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real time (%2).</source>
        <translation>&apos;%1&apos; ist keine echte Uhrzeit (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a 12-hour time (hours go from 1 to 12 before AM or PM).</source>
        <translation>&apos;%1&apos; ist keine 12-Stunden-Uhrzeit (Stunden gehen von 1 bis 12 vor AM oder PM).</translation>
    </message>
    <message>
        <source>hours go from 00 to 23</source>
        <translation>Stunden gehen von 00 bis 23</translation>
    </message>
    <message>
        <source>minutes go from 00 to 59</source>
        <translation>Minuten gehen von 00 bis 59</translation>
    </message>
    <message>
        <source>seconds go from 00 to 59</source>
        <translation>Sekunden gehen von 00 bis 59</translation>
    </message>
    <message>
        <source>“%1” is not a real date (%2).</source>
        <translation>„%1“ ist kein echtes Datum (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date or a date-time in the form YYYY-MM-DD HH:MM[:SS].</source>
        <translation>„%1“ ist kein Datum und keine Datums-/Uhrzeitangabe der Form YYYY-MM-DD HH:MM[:SS].</translation>
    </message>
</context>
<context>
    <name>fd::DrillBar</name>
    <message>
        <source>Close this list and show the whole one (Esc)</source>
        <translation>Diese Liste schließen und die ganze anzeigen (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to where you came from (Alt+Left)</source>
        <translation>Zurück dorthin, wo Sie herkamen (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>fd::EmptyFileHint</name>
    <message>
        <source>&lt;b&gt;This database has no customers yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Datenbank hat noch keine Kunden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file has no customers yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Datei hat noch keine Kunden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import your customers, tickets or touchpoints from a CSV file, or add your first customer by hand. The dashboards count them as soon as they are in.</source>
        <translation>Importieren Sie Ihre Kunden, Tickets oder Kontaktpunkte aus einer CSV-Datei oder legen Sie Ihren ersten Kunden von Hand an. Die Dashboards zählen sie, sobald sie da sind.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an action and its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fd::ExportConfirmation</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder holding this file</source>
        <translation>Den Ordner mit dieser Datei anzeigen</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>The folder could not be opened here; its path is above.</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden; sein Pfad steht oben.</translation>
    </message>
</context>
<context>
    <name>fd::FileGone</name>
    <message>
        <source>%1 (deleted or moved)</source>
        <translation>%1 (gelöscht oder verschoben)</translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation>FunnelDesk</translation>
    </message>
    <message>
        <source>This window can still read everything in it: save a copy to keep it, then open the copy to go on working.</source>
        <translation>Dieses Fenster kann noch alles darin lesen: Speichern Sie eine Kopie, um es zu behalten, und öffnen Sie dann die Kopie, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Save a copy as…</source>
        <translation>Kopie speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation>FunnelDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>A copy of everything in the file is saved; open it to go on working.</source>
        <translation>Eine Kopie von allem in der Datei ist gespeichert; öffnen Sie sie, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Once this window closes, what it holds is gone; save a copy first?</source>
        <translation>Sobald dieses Fenster geschlossen wird, ist sein Inhalt verloren; zuerst eine Kopie speichern?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne Speichern</translation>
    </message>
</context>
<context>
    <name>fd::FlowMatrix</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moves between stages&lt;/b&gt; (rows: from, columns: to)</source>
        <translation>&lt;b&gt;Verschiebungen zwischen Phasen&lt;/b&gt; (Zeilen: von, Spalten: nach)</translation>
    </message>
    <message>
        <source>Click a number to open the customers who made that move</source>
        <translation>Auf eine Zahl klicken, um die Kunden mit dieser Verschiebung zu öffnen</translation>
    </message>
    <message>
        <source>Moves between stages (rows: from, columns: to)</source>
        <translation>Verschiebungen zwischen Phasen (Zeilen: von, Spalten: nach)</translation>
    </message>
</context>
<context>
    <name>fd::FunnelEntry</name>
    <message>
        <source>Entered Onboarding with the first sale on %1.</source>
        <translation>Mit dem Erstkauf am %1 ins Onboarding aufgenommen.</translation>
    </message>
    <message>
        <source>Entered %1 when the customer was added.</source>
        <translation>Beim Anlegen des Kunden in %1 aufgenommen.</translation>
    </message>
</context>
<context>
    <name>fd::Generator</name>
    <message>
        <source>The numbers of tickets and touchpoints cannot be negative.</source>
        <translation>Die Anzahlen von Tickets und Kontaktpunkten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The first sales must spread over at least one day.</source>
        <translation>Die Erstkäufe müssen sich über mindestens einen Tag verteilen.</translation>
    </message>
    <message>
        <source>Generating %1 customers, %2 tickets and %3 touchpoints needs about %4 MB of memory, but %5 MB are available; generate fewer, or spread the tickets and touchpoints over more customers.</source>
        <translation>Das Erzeugen von %1 Kunden, %2 Tickets und %3 Kontaktpunkten braucht etwa %4 MB Speicher, verfügbar sind aber %5 MB; erzeugen Sie weniger oder verteilen Sie die Tickets und Kontaktpunkte auf mehr Kunden.</translation>
    </message>
    <message>
        <source>This server database is open read-only; generate needs one it may write to.</source>
        <translation>Diese Serverdatenbank ist schreibgeschützt geöffnet; generate braucht eine, in die es schreiben darf.</translation>
    </message>
    <message>
        <source>“%1” is read-only; generate needs a writable file.</source>
        <translation>„%1“ ist schreibgeschützt; generate braucht eine beschreibbare Datei.</translation>
    </message>
    <message>
        <source>This server database already holds %1 customers; generate writes only into a new or empty database.</source>
        <translation>Diese Serverdatenbank enthält bereits %1 Kunden; generate schreibt nur in eine neue oder leere Datenbank.</translation>
    </message>
    <message>
        <source>“%1” already holds %2 customers; generate writes only into a new or empty database.</source>
        <translation>„%1“ enthält bereits %2 Kunden; generate schreibt nur in eine neue oder leere Datenbank.</translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>Das Erzeugen wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Generating ran out of memory; nothing was written.</source>
        <translation>Beim Erzeugen ging der Speicher aus; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Generate at least one customer%1.</source>
        <translation>Erzeugen Sie mindestens einen Kunden%1.</translation>
    </message>
    <message>
        <source>At most %2 customers%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation>Höchstens %2 Kunden%3 passen in eine Demo auf einem Arbeitsplatzrechner (das Zehnfache von Datensatz L), nicht %1.</translation>
    </message>
    <message>
        <source>At most %2 tickets%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation>Höchstens %2 Tickets%3 passen in eine Demo auf einem Arbeitsplatzrechner (das Zehnfache von Datensatz L), nicht %1.</translation>
    </message>
    <message>
        <source>At most %2 touchpoints%3 fit a demo on a workstation (ten times data set L), not %1.</source>
        <translation>Höchstens %2 Kontaktpunkte%3 passen in eine Demo auf einem Arbeitsplatzrechner (das Zehnfache von Datensatz L), nicht %1.</translation>
    </message>
    <message>
        <source>A demo needs at least as many touchpoints%3 as tickets%4, not %1 for %2: every ticket records a touchpoint of its channel.</source>
        <translation>Eine Demo braucht mindestens so viele Kontaktpunkte%3 wie Tickets%4, nicht %1 für %2: Jedes Ticket erfasst einen Kontaktpunkt seines Kanals.</translation>
    </message>
</context>
<context>
    <name>fd::GuardedDialog</name>
    <message>
        <source>this form</source>
        <translation>dieses Formular</translation>
    </message>
</context>
<context>
    <name>fd::HealthEngine</name>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Kunde %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Customer %1 has churned: only active customers have a health score.</source>
        <translation>Kunde %1 ist abgewandert: Nur aktive Kunden haben einen Health-Score.</translation>
    </message>
</context>
<context>
    <name>fd::HealthReport</name>
    <message>
        <source>Health score bands by stage, now</source>
        <translation>Health-Score-Stufen nach Phase, aktuell</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Dropped a health band</source>
        <translation>Health-Stufe gesunken</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Dropped a health band (the latest first)</source>
        <translation>Health-Stufe gesunken (die jüngsten zuerst)</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>fd::HealthRuleSettings</name>
    <message>
        <source>a health score parameter</source>
        <translation>ein Health-Score-Parameter</translation>
    </message>
    <message>
        <source>recency.zero_days (%1) must be more than recency.full_days (%2).</source>
        <translation>recency.zero_days (%1) muss größer sein als recency.full_days (%2).</translation>
    </message>
    <message>
        <source>tickets.zero (%1) must be more than tickets.full (%2).</source>
        <translation>tickets.zero (%1) muss größer sein als tickets.full (%2).</translation>
    </message>
    <message>
        <source>survey.detractor_max (%1) must be less than survey.promoter_min (%2).</source>
        <translation>survey.detractor_max (%1) muss kleiner sein als survey.promoter_min (%2).</translation>
    </message>
    <message>
        <source>band.at_risk_below (%1) must not be more than band.healthy_min (%2).</source>
        <translation>band.at_risk_below (%1) darf nicht größer sein als band.healthy_min (%2).</translation>
    </message>
    <message>
        <source>At least one of recency, tickets, urgent, sla, stage_time and tasks needs a weight above 0: they are counted for every customer, CSAT and the survey only for some.</source>
        <translation>Mindestens einer der Faktoren recency, tickets, urgent, sla, stage_time und tasks braucht ein Gewicht über 0: Sie werden für jeden Kunden gezählt, CSAT und die Umfrage nur für manche.</translation>
    </message>
    <message>
        <source>The saved health score settings are invalid: %1</source>
        <translation>Die gespeicherten Health-Score-Einstellungen sind ungültig: %1</translation>
    </message>
</context>
<context>
    <name>fd::HealthScorer</name>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Recency of the last touch</source>
        <translation>Aktualität des letzten Kontakts</translation>
    </message>
    <message>
        <source>Tickets lately</source>
        <translation>Tickets in letzter Zeit</translation>
    </message>
    <message>
        <source>Open high and urgent tickets</source>
        <translation>Offene hohe und dringende Tickets</translation>
    </message>
    <message>
        <source>Mean CSAT</source>
        <translation>Mittlere CSAT</translation>
    </message>
    <message>
        <source>Latest survey (NPS)</source>
        <translation>Letzte Umfrage (NPS)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>days since the last touch: %1</source>
        <translation>Tage seit dem letzten Kontakt: %1</translation>
    </message>
    <message>
        <source>no touch yet; days since the first sale: %1</source>
        <translation>noch kein Kontakt; Tage seit dem Erstkauf: %1</translation>
    </message>
    <message>
        <source>(all up to %1 days, none from %2)</source>
        <translation>(voll bis %1 Tage, nichts ab %2)</translation>
    </message>
    <message>
        <source>tickets in the last %1 days: %2</source>
        <translation>Tickets in den letzten %1 Tagen: %2</translation>
    </message>
    <message>
        <source>(all up to %1, none from %2)</source>
        <translation>(voll bis %1, nichts ab %2)</translation>
    </message>
    <message>
        <source>open high or urgent tickets: %1</source>
        <translation>offene hohe oder dringende Tickets: %1</translation>
    </message>
    <message>
        <source>(all at 0, none from %1)</source>
        <translation>(voll bei 0, nichts ab %1)</translation>
    </message>
    <message>
        <source>mean CSAT of the tickets rated in the last %1 days: %2 over %3 (5 earns all, 1 none)</source>
        <translation>mittlere CSAT der in den letzten %1 Tagen bewerteten Tickets: %2 aus %3 (5 ergibt alles, 1 nichts)</translation>
    </message>
    <message>
        <source>no rated ticket in the last %1 days</source>
        <translation>kein bewertetes Ticket in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>latest survey scored %1 (all from %2, half between, none up to %3)</source>
        <translation>letzte Umfrage mit %1 bewertet (voll ab %2, halb dazwischen, nichts bis %3)</translation>
    </message>
    <message>
        <source>no survey in the last %1 days</source>
        <translation>keine Umfrage in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>tickets with an SLA breach in the last %1 days: %2</source>
        <translation>Tickets mit SLA-Verletzung in den letzten %1 Tagen: %2</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Verzug</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>festgefahren</translation>
    </message>
    <message>
        <source>days since the last touch in %1: %2</source>
        <translation>Tage seit dem letzten Kontakt in %1: %2</translation>
    </message>
    <message>
        <source>days in %1: %2</source>
        <translation>Tage in %1: %2</translation>
    </message>
    <message>
        <source>(%1: on track under %2, behind to %3, stuck over %3)</source>
        <translation>(%1: im Plan unter %2, im Verzug bis %3, festgefahren über %3)</translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation>überfällige Aufgaben: %1</translation>
    </message>
</context>
<context>
    <name>fd::HealthStrip</name>
    <message>
        <source>Health score, the last 90 days</source>
        <translation>Health-Score der letzten 90 Tage</translation>
    </message>
    <message>
        <source>Health: not scored yet</source>
        <translation>Health: noch nicht bewertet</translation>
    </message>
    <message>
        <source>Health %1 · %2</source>
        <translation>Health %1 · %2</translation>
    </message>
    <message>
        <source>(was %1 on %2)</source>
        <translation>(war %1 am %2)</translation>
    </message>
    <message>
        <source>Health score over the last %1 days: %2 changes, now %3 (%4).</source>
        <translation>Health-Score der letzten %1 Tage: %2 Änderungen, jetzt %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fd::HealthSweep</name>
    <message>
        <source>Scoring customer health</source>
        <translation>Kundengesundheit wird bewertet</translation>
    </message>
    <message>
        <source>Health scores were not updated: %1</source>
        <translation>Die Health-Scores wurden nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>fd::HistoryList</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>fd::ImportHints</name>
    <message>
        <source>the list of values FunnelDesk does not know</source>
        <translation>die Liste der Werte, die FunnelDesk nicht kennt</translation>
    </message>
    <message>
        <source> on the page “%P”</source>
        <translation> auf der Seite „%P“</translation>
    </message>
    <message>
        <source>; choose it for %1 on the page “%P”, or leave %1 “%N” there</source>
        <translation>; wählen Sie es für %1 auf der Seite „%P“ oder lassen Sie %1 dort „%N“</translation>
    </message>
    <message>
        <source>; choose what it means in %V on the page “%C”, then check again</source>
        <translation>; wählen Sie in %V auf der Seite „%C“, was er bedeutet, und prüfen Sie dann erneut</translation>
    </message>
    <message>
        <source> in %V</source>
        <translation> in %V</translation>
    </message>
    <message>
        <source>; choose another category in %V, then check again</source>
        <translation>; wählen Sie in %V eine andere Kategorie und prüfen Sie dann erneut</translation>
    </message>
    <message>
        <source> (go back to the page “%C” and tick “%S” to import the other rows)</source>
        <translation> (gehen Sie zurück zur Seite „%C“ und haken Sie „%S“ an, um die übrigen Zeilen zu importieren)</translation>
    </message>
    <message>
        <source>Import the good rows…</source>
        <translation>Die guten Zeilen importieren…</translation>
    </message>
    <message>
        <source>; save the file again with commas between its columns</source>
        <translation>; speichern Sie die Datei erneut mit Kommas zwischen den Spalten</translation>
    </message>
    <message>
        <source>; if the column holds them, format it as dates in the spreadsheet and save the file again, or leave it “%N” on the page “%P”</source>
        <translation>; wenn die Spalte Datumsangaben enthält, formatieren Sie sie in der Tabellenkalkulation als Datum und speichern Sie die Datei erneut, oder lassen Sie sie auf der Seite „%P“ auf „%N“</translation>
    </message>
    <message>
        <source>; write its dates in one of those forms, or leave the column “%N” on the page “%P”</source>
        <translation>; schreiben Sie die Datumsangaben in einer dieser Formen oder lassen Sie die Spalte auf der Seite „%P“ auf „%N“</translation>
    </message>
    <message>
        <source>, so write both columns one way, or leave one “%N” on the page “%P”</source>
        <translation>; schreiben Sie also beide Spalten gleich oder lassen Sie eine auf der Seite „%P“ auf „%N“</translation>
    </message>
    <message>
        <source>; if they are month first, write them year first (2024-03-05) in the file and import it again</source>
        <translation>; wenn der Monat zuerst steht, schreiben Sie sie in der Datei mit dem Jahr zuerst (2024-03-05) und importieren Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>fd::ImportMapping</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a %2 field; write FIELD=COLUMN with one of these fields: %3.</source>
        <translation>&apos;%1&apos; bezeichnet kein Feld für %2; schreiben Sie FIELD=COLUMN mit einem dieser Felder: %3.</translation>
    </message>
    <message>
        <source>Column “%1” is read into two fields, %2 and %3; a column feeds one field, so keep one%4.</source>
        <translation>Spalte „%1“ wird in zwei Felder gelesen, %2 und %3; eine Spalte speist ein Feld, behalten Sie also eines%4.</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos; (in %2); its columns are: %3.</source>
        <translation>Die Datei hat keine Spalte &apos;%1&apos; (in %2); ihre Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The header “%1” appears %2 times (columns %3), and a %4 has one %5; remove or rename all but one of those columns.</source>
        <translation>Die Kopfzeile „%1“ kommt %2-mal vor (Spalten %3), und ein Datensatz (%4) hat nur ein Feld %5; entfernen Sie alle diese Spalten bis auf eine oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value mapping; write FIELD:TEXT=VALUE, e.g. status:Offen=open, with one of these fields: %2.</source>
        <translation>&apos;%1&apos; ist keine Wertzuordnung; schreiben Sie FIELD:TEXT=VALUE, z. B. status:Offen=open, mit einem dieser Felder: %2.</translation>
    </message>
    <message>
        <source>The %1 “%2” is read both as %3 and as %4; keep one%5.</source>
        <translation>%1 „%2“ wird sowohl als %3 als auch als %4 gelesen; behalten Sie eines%5.</translation>
    </message>
    <message>
        <source>No column maps to customer_email or customer_name, so the rows cannot be matched to customers; map a column to one of them%1, with one of the file&apos;s columns: %2.</source>
        <translation>Keine Spalte ist customer_email oder customer_name zugeordnet, daher können die Zeilen keinen Kunden zugeordnet werden; ordnen Sie einem davon eine Spalte zu%1, eine der Spalten der Datei: %2.</translation>
    </message>
    <message>
        <source>No column maps to the %1 field %2, which every %1 needs; map a column to it%4, with one of the file&apos;s columns: %3.</source>
        <translation>Keine Spalte ist dem Feld %2 zugeordnet, das jeder Datensatz (%1) braucht; ordnen Sie ihm eine Spalte zu%4, eine der Spalten der Datei: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket status; expected %2.</source>
        <translation>&apos;%1&apos; ist kein Ticketstatus; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority; expected %2.</source>
        <translation>&apos;%1&apos; ist keine Priorität; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket channel; expected %2.</source>
        <translation>&apos;%1&apos; ist kein Ticketkanal; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket category; expected %2.</source>
        <translation>&apos;%1&apos; ist keine Ticketkategorie; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a touchpoint kind; expected %2.</source>
        <translation>&apos;%1&apos; ist keine Kontaktpunktart; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a direction; expected %2.</source>
        <translation>&apos;%1&apos; ist keine Richtung; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a customer status; expected %2.</source>
        <translation>&apos;%1&apos; ist kein Kundenstatus; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a stage; expected %2.</source>
        <translation>&apos;%1&apos; ist keine Phase; erwartet: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a satisfaction rating; expected a whole number from 1 to 5 or a word such as Good or Bad.</source>
        <translation>&apos;%1&apos; ist keine Zufriedenheitsbewertung; erwartet: eine ganze Zahl von 1 bis 5 oder ein Wort wie Good oder Bad.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a survey score; expected a whole number from 0 to 10.</source>
        <translation>&apos;%1&apos; ist kein Umfragewert; erwartet: eine ganze Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>The mappings %1 and %2 both name the field %3; keep one.</source>
        <translation>Die Zuordnungen %1 und %2 nennen beide das Feld %3; behalten Sie eine.</translation>
    </message>
    <message>
        <source>In the value mapping %1, &apos;%2&apos; is not a field with fixed values; map the values of one of these fields: %3.</source>
        <translation>In der Wertzuordnung %1 ist &apos;%2&apos; kein Feld mit festen Werten; ordnen Sie die Werte eines dieser Felder zu: %3.</translation>
    </message>
    <message>
        <source>In the value mapping %1: %2</source>
        <translation>In der Wertzuordnung %1: %2</translation>
    </message>
</context>
<context>
    <name>fd::ImportSample</name>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>, read as %1</source>
        <translation>, gelesen als %1</translation>
    </message>
    <message>
        <source>Column “%1” holds channels (such as %2), so it was read as the channel, not the category.</source>
        <translation>Spalte „%1“ enthält Kanäle (etwa %2), daher wurde sie als Kanal gelesen, nicht als Kategorie.</translation>
    </message>
    <message>
        <source>column %1 (“%2”)</source>
        <translation>Spalte %1 („%2“)</translation>
    </message>
    <message>
        <source>every ticket would be imported as new</source>
        <translation>jedes Ticket würde als neu importiert</translation>
    </message>
    <message>
        <source>every ticket would be imported with normal priority</source>
        <translation>jedes Ticket würde mit normaler Priorität importiert</translation>
    </message>
    <message>
        <source>the tickets would be dated by their other times or the moment of the import</source>
        <translation>die Tickets würden nach ihren anderen Zeiten oder dem Zeitpunkt des Imports datiert</translation>
    </message>
    <message>
        <source> (it holds %1)</source>
        <translation> (sie enthält %1)</translation>
    </message>
    <message>
        <source>column %1 (“%2”), read as the tickets&apos; %3, is empty</source>
        <translation>Spalte %1 („%2“), gelesen als %3 der Tickets, ist leer</translation>
    </message>
    <message>
        <source>no column is read as the tickets&apos; %1</source>
        <translation>keine Spalte wird als %1 der Tickets gelesen</translation>
    </message>
    <message>
        <source>%1: %2, but %3 looks like it%4, and without it %5%6.</source>
        <translation>%1: %2, aber %3 sieht danach aus%4, und ohne sie %5%6.</translation>
    </message>
</context>
<context>
    <name>fd::ImportWizard</name>
    <message>
        <source>Which column is which</source>
        <translation>Welche Spalte ist welche</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation>Was geschehen würde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>In der Phase seit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Number in the other system</source>
        <translation>Nummer im anderen System</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Kunden-E-Mail</translation>
    </message>
    <message>
        <source>Customer company</source>
        <translation>Kundenfirma</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Filled in from the column names; change any of them.</source>
        <translation>Aus den Spaltennamen ausgefüllt; ändern Sie beliebige davon.</translation>
    </message>
    <message>
        <source>Values are mapped too (“Critical” is urgent, “Pending Customer Response” is pending).</source>
        <translation>Auch Werte werden zugeordnet („Critical“ ist dringend, „Pending Customer Response“ ist wartend).</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Aus CSV importieren</translation>
    </message>
    <message>
        <source>this import</source>
        <translation>dieser Import</translation>
    </message>
    <message>
        <source>Nothing is imported until you press Import.</source>
        <translation>Nichts wird importiert, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation>Welche Datei?</translation>
    </message>
    <message>
        <source>A CSV export from another helpdesk or a spreadsheet, UTF-8.</source>
        <translation>Ein CSV-Export aus einem anderen Helpdesk oder einer Tabellenkalkulation, UTF-8.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>It &amp;holds</source>
        <translation>&amp;Enthält</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The first rows</source>
        <translation>Die ersten Zeilen</translation>
    </message>
    <message>
        <source>As FunnelDesk reads them. If they look wrong, go back and choose another file.</source>
        <translation>So, wie FunnelDesk sie liest. Wenn sie falsch aussehen, gehen Sie zurück und wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file has a header but no rows: nothing to import.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen: nichts zu importieren.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Every row was checked; nothing has been written yet.</source>
        <translation>Jede Zeile wurde geprüft; noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Values FunnelDesk does not know. Choose what each one means, then check again:</source>
        <translation>Werte, die FunnelDesk nicht kennt. Wählen Sie, was jeder bedeutet, und prüfen Sie dann erneut:</translation>
    </message>
    <message>
        <source>Check again with these values</source>
        <translation>Mit diesen Werten erneut prüfen</translation>
    </message>
    <message>
        <source>Import the good rows and write the bad ones to %1</source>
        <translation>Die guten Zeilen importieren und die fehlerhaften nach %1 schreiben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Checking the import</source>
        <translation>Import wird geprüft</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>%1
The rejects file was not saved: %2</source>
        <translation>%1
Die Ablehnungsdatei wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Rejected rows: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Abgelehnte Zeilen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The rejected rows were saved.</source>
        <translation>Die abgelehnten Zeilen wurden gespeichert.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>— other —</source>
        <translation>— Sonstiges —</translation>
    </message>
    <message>
        <source>— refuse these rows —</source>
        <translation>— diese Zeilen ablehnen —</translation>
    </message>
</context>
<context>
    <name>fd::InputGuard</name>
    <message>
        <source>Something is missing.</source>
        <translation>Etwas fehlt.</translation>
    </message>
</context>
<context>
    <name>fd::IntegrityCheck</name>
    <message>
        <source>%1 customers have no stage history</source>
        <translation>%1 Kunden haben keinen Phasenverlauf</translation>
    </message>
    <message>
        <source>%1 customers have a stage or stage date that differs from their latest stage transition</source>
        <translation>%1 Kunden haben eine Phase oder ein Phasendatum, das von ihrem letzten Phasenwechsel abweicht</translation>
    </message>
    <message>
        <source>%1 stage transitions move nowhere</source>
        <translation>%1 Phasenwechsel führen nirgendwohin</translation>
    </message>
    <message>
        <source>%1 tickets lack exactly one inbound touchpoint of their channel</source>
        <translation>%1 Tickets haben nicht genau einen eingehenden Kontaktpunkt ihres Kanals</translation>
    </message>
    <message>
        <source>%1 touchpoints belong to another customer than their ticket</source>
        <translation>%1 Kontaktpunkte gehören zu einem anderen Kunden als ihr Ticket</translation>
    </message>
    <message>
        <source>%1 customers have summaries (open tickets, last touch, last review, last advocacy, best survey) that differ from their tickets and touchpoints</source>
        <translation>%1 Kunden haben Zusammenfassungen (offene Tickets, letzter Kontakt, letztes Review, letzte Fürsprache, beste Umfrage), die von ihren Tickets und Kontaktpunkten abweichen</translation>
    </message>
    <message>
        <source>%1 daily touchpoint counts differ from the touchpoints</source>
        <translation>%1 tägliche Kontaktpunktzählungen weichen von den Kontaktpunkten ab</translation>
    </message>
    <message>
        <source>%1 solved or closed tickets have no solve time</source>
        <translation>%1 gelöste oder geschlossene Tickets haben keine Lösungszeit</translation>
    </message>
    <message>
        <source>%1 tickets have a first response time that disagrees with their agents&apos; public replies (none, or later than the first reply)</source>
        <translation>%1 Tickets haben eine Erstreaktionszeit, die nicht zu den öffentlichen Antworten ihrer Agenten passt (keine, oder später als die erste Antwort)</translation>
    </message>
    <message>
        <source>SQLite integrity_check: %1</source>
        <translation>SQLite integrity_check: %1</translation>
    </message>
    <message>
        <source>%1 rows point to rows that do not exist</source>
        <translation>%1 Zeilen verweisen auf Zeilen, die nicht existieren</translation>
    </message>
    <message>
        <source>%1 rows hold a time outside the years 1 to 9999 (written by another program), which FunnelDesk reads as the nearest of those years&apos; ends and the SLA sweep leaves alone; correct them</source>
        <translation>%1 Zeilen enthalten eine Zeit außerhalb der Jahre 1 bis 9999 (von einem anderen Programm geschrieben), die FunnelDesk als das nächstgelegene Ende dieser Jahre liest und die der SLA-Durchlauf in Ruhe lässt; korrigieren Sie sie</translation>
    </message>
    <message>
        <source>The ticket search index is out of step with the tickets (%1)</source>
        <translation>Der Suchindex der Tickets stimmt nicht mit den Tickets überein (%1)</translation>
    </message>
    <message>
        <source>The audit trigger %1 is missing, so the changes it logs go unrecorded</source>
        <translation>Der Audit-Trigger %1 fehlt, daher werden die von ihm protokollierten Änderungen nicht erfasst</translation>
    </message>
    <message>
        <source>The audit trigger %1 differs from FunnelDesk&apos;s, so the changes it logs may go unrecorded</source>
        <translation>Der Audit-Trigger %1 weicht von dem von FunnelDesk ab, daher werden die von ihm protokollierten Änderungen womöglich nicht erfasst</translation>
    </message>
    <message>
        <source>A row of %1 has the largest id there can be, so no new row can be added there; give that row a smaller id</source>
        <translation>Eine Zeile von %1 hat die größtmögliche ID, daher kann dort keine neue Zeile hinzugefügt werden; geben Sie dieser Zeile eine kleinere ID</translation>
    </message>
    <message>
        <source>%1 daily ticket counts differ from the tickets</source>
        <translation>%1 tägliche Ticketzählungen weichen von den Tickets ab</translation>
    </message>
    <message>
        <source>%1 daily counts of open tasks differ from the tasks</source>
        <translation>%1 tägliche Zählungen offener Aufgaben weichen von den Aufgaben ab</translation>
    </message>
    <message>
        <source>%1 tickets&apos; search words differ from the tickets</source>
        <translation>Die Suchwörter von %1 Tickets weichen von den Tickets ab</translation>
    </message>
    <message>
        <source>%1 rows of %2 hold characters FunnelDesk&apos;s text rule refuses (constraint %3; ids %4): they were stored before the server kept the rule, and a change to such a row is refused until its text is corrected</source>
        <translation>%1 Zeilen von %2 enthalten Zeichen, die die Textregel von FunnelDesk ablehnt (Constraint %3; IDs %4): Sie wurden gespeichert, bevor der Server die Regel einhielt, und eine Änderung einer solchen Zeile wird abgelehnt, bis ihr Text korrigiert ist</translation>
    </message>
    <message>
        <source>The audit trigger %1 on %2 %3, so the changes it logs go unrecorded</source>
        <translation>Der Audit-Trigger %1 auf %2 %3, daher werden die von ihm protokollierten Änderungen nicht erfasst</translation>
    </message>
    <message>
        <source>The authorship trigger %1 on %2 %3, so a rep&apos;s rows there may name someone else as their author, and a rep&apos;s edit may keep the version a colleague&apos;s save is checked against</source>
        <translation>Der Autorschafts-Trigger %1 auf %2 %3, daher können die Zeilen eines Mitarbeiters dort jemand anderen als Autor nennen, und die Bearbeitung eines Mitarbeiters kann die Version behalten, gegen die das Speichern eines Kollegen geprüft wird</translation>
    </message>
    <message>
        <source>The pin trigger %1 on %2 %3, so a rep may pin a customer&apos;s stage or move a pinned customer</source>
        <translation>Der Fixierungs-Trigger %1 auf %2 %3, daher kann ein Mitarbeiter die Phase eines Kunden fixieren oder einen fixierten Kunden verschieben</translation>
    </message>
    <message>
        <source>The id trigger %1 on %2 %3, so new rows there get no id from FunnelDesk, and a rep may choose or change ids</source>
        <translation>Der ID-Trigger %1 auf %2 %3, daher erhalten neue Zeilen dort keine ID von FunnelDesk, und ein Mitarbeiter kann IDs wählen oder ändern</translation>
    </message>
    <message>
        <source>The login trigger %1 on %2 %3, so a manager may change which agent a login is, or delete the agent of a login that keeps the team&apos;s rights, and the team commands may act on a login FunnelDesk did not make</source>
        <translation>Der Login-Trigger %1 auf %2 %3, daher kann ein Manager ändern, welcher Agent ein Login ist, oder den Agenten eines Logins löschen, das die Rechte des Teams behält, und die Team-Befehle können auf ein Login wirken, das FunnelDesk nicht angelegt hat</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 %3, so a rep may write what FunnelDesk derives there (first response, breaches, solve time, SLA pauses, stage date, summaries) without a trace</source>
        <translation>Der Trigger %1 auf %2 %3, daher kann ein Mitarbeiter ohne Spur schreiben, was FunnelDesk dort ableitet (Erstreaktion, Verletzungen, Lösungszeit, SLA-Pausen, Phasendatum, Zusammenfassungen)</translation>
    </message>
    <message>
        <source>The search trigger %1 on %2 %3, so a ticket&apos;s search words may differ from its subject and description</source>
        <translation>Der Such-Trigger %1 auf %2 %3, daher können die Suchwörter eines Tickets von Betreff und Beschreibung abweichen</translation>
    </message>
    <message>
        <source>The search trigger %1 on %2 %3, so the search over every ticket may miss tickets, or find deleted ones, as its copy of their words goes stale</source>
        <translation>Der Such-Trigger %1 auf %2 %3, daher kann die Suche über alle Tickets Tickets übersehen oder gelöschte finden, da ihre Kopie der Wörter veraltet</translation>
    </message>
    <message>
        <source>The daily tickets trigger %1 on %2 %3, so the tickets of each day, by which “All tickets” finds a screen, may differ from the tickets</source>
        <translation>Der Trigger für tägliche Tickets %1 auf %2 %3, daher können die Tickets jedes Tages, über die „Alle Tickets“ eine Bildschirmseite findet, von den Tickets abweichen</translation>
    </message>
    <message>
        <source>The daily tasks trigger %1 on %2 %3, so the open tasks of each due day, by which the list of open tasks finds a screen and counts them, may differ from the tasks</source>
        <translation>Der Trigger für tägliche Aufgaben %1 auf %2 %3, daher können die offenen Aufgaben jedes Fälligkeitstags, über die die Liste offener Aufgaben eine Bildschirmseite findet und sie zählt, von den Aufgaben abweichen</translation>
    </message>
    <message>
        <source>The summary trigger %1 on %2 %3, so customers&apos; summaries (open tickets, last touch, last review, last advocacy, best survey) and the daily touchpoint counts may differ from their tickets and touchpoints, and stages move on stale facts</source>
        <translation>Der Zusammenfassungs-Trigger %1 auf %2 %3, daher können die Zusammenfassungen der Kunden (offene Tickets, letzter Kontakt, letztes Review, letzte Fürsprache, beste Umfrage) und die täglichen Kontaktpunktzählungen von ihren Tickets und Kontaktpunkten abweichen, und Phasen wechseln auf Grundlage veralteter Fakten</translation>
    </message>
    <message>
        <source>The daily touchpoints trigger %1 on %2 %3, so the dashboards&apos; daily touchpoint counts may keep a customer&apos;s touchpoints under a stage it left</source>
        <translation>Der Trigger für tägliche Kontaktpunkte %1 auf %2 %3, daher können die täglichen Kontaktpunktzählungen der Dashboards die Kontaktpunkte eines Kunden unter einer Phase führen, die er verlassen hat</translation>
    </message>
    <message>
        <source>The change trigger %1 on %2 %3, so other FunnelDesk windows do not learn of changes there and show what is no longer so</source>
        <translation>Der Änderungs-Trigger %1 auf %2 %3, daher erfahren andere FunnelDesk-Fenster nichts von Änderungen dort und zeigen, was nicht mehr gilt</translation>
    </message>
    <message>
        <source>The session trigger %1 on %2 %3, so a login given to an agent gets no idle and lock time limits, and one rep&apos;s transaction left open may stall the team</source>
        <translation>Der Sitzungs-Trigger %1 auf %2 %3, daher erhält ein einem Agenten gegebenes Login keine Leerlauf- und Sperrzeitlimits, und eine offen gelassene Transaktion eines Mitarbeiters kann das Team blockieren</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is disabled</source>
        <translation>ist deaktiviert</translation>
    </message>
    <message>
        <source>calls another function than FunnelDesk&apos;s</source>
        <translation>ruft eine andere Funktion auf als die von FunnelDesk</translation>
    </message>
    <message>
        <source>fires otherwise than FunnelDesk&apos;s (its timing, events, columns, condition or arguments differ)</source>
        <translation>feuert anders als der von FunnelDesk (Zeitpunkt, Ereignisse, Spalten, Bedingung oder Argumente weichen ab)</translation>
    </message>
    <message>
        <source>The function %1 is missing, so what FunnelDesk does through it fails</source>
        <translation>Die Funktion %1 fehlt, daher schlägt fehl, was FunnelDesk über sie tut</translation>
    </message>
    <message>
        <source>The function %1 runs with the caller&apos;s rights, not the owner&apos;s (SECURITY DEFINER), so what it does for a rep fails</source>
        <translation>Die Funktion %1 läuft mit den Rechten des Aufrufers, nicht des Eigentümers (SECURITY DEFINER), daher schlägt fehl, was sie für einen Mitarbeiter tut</translation>
    </message>
    <message>
        <source>The function %1 runs with the owner&apos;s rights without FunnelDesk&apos;s search_path, so a login&apos;s own tables may stand in for FunnelDesk&apos;s inside it</source>
        <translation>Die Funktion %1 läuft mit den Rechten des Eigentümers ohne den search_path von FunnelDesk, daher können eigene Tabellen eines Logins darin die von FunnelDesk ersetzen</translation>
    </message>
    <message>
        <source>its logins may move the sequence, so that ids are chosen or collide</source>
        <translation>seine Logins können die Sequenz verschieben, sodass IDs gewählt werden oder kollidieren</translation>
    </message>
    <message>
        <source>its logins may draw or read ids that FunnelDesk alone gives</source>
        <translation>seine Logins können IDs ziehen oder lesen, die allein FunnelDesk vergibt</translation>
    </message>
    <message>
        <source>entries may be forged, altered or removed</source>
        <translation>Einträge können gefälscht, verändert oder entfernt werden</translation>
    </message>
    <message>
        <source>its logins may read what FunnelDesk keeps to the database&apos;s owner</source>
        <translation>seine Logins können lesen, was FunnelDesk dem Eigentümer der Datenbank vorbehält</translation>
    </message>
    <message>
        <source>its logins may empty the table at once, which no row trigger and no audit entry records</source>
        <translation>seine Logins können die Tabelle auf einmal leeren, was kein Zeilen-Trigger und kein Audit-Eintrag erfasst</translation>
    </message>
    <message>
        <source>its logins may make tables of their own that keep its rows from being deleted or changed</source>
        <translation>seine Logins können eigene Tabellen anlegen, die verhindern, dass ihre Zeilen gelöscht oder geändert werden</translation>
    </message>
    <message>
        <source>its logins may put triggers of their own on it, which run with the rights of whoever writes it next, the owner too</source>
        <translation>seine Logins können eigene Trigger darauf setzen, die mit den Rechten dessen laufen, der als Nächster schreibt, auch des Eigentümers</translation>
    </message>
    <message>
        <source>its logins may change it directly, beyond what FunnelDesk lets the role do there</source>
        <translation>seine Logins können sie direkt ändern, über das hinaus, was FunnelDesk der Rolle dort erlaubt</translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds %3 on %4 beyond its role&apos;s rights, which FunnelDesk does not grant it, so %5; REVOKE %3 ON %6 FROM %7</source>
        <translation>Das Login %1 der Rolle %2 des Teams hat %3 auf %4 über die Rechte seiner Rolle hinaus, was FunnelDesk ihm nicht gewährt, daher gilt: %5; REVOKE %3 ON %6 FROM %7</translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds %3 on the server, so whoever signs in as it may do far more than FunnelDesk lets a %2 (a superuser anything, CREATEROLE give itself any role, the owner&apos;s too, CREATEDB make databases, BYPASSRLS read past row security, REPLICATION copy every table); take them with ALTER ROLE</source>
        <translation>Das Login %1 der Rolle %2 des Teams hat auf dem Server %3, daher kann, wer sich damit anmeldet, weit mehr tun, als FunnelDesk einer Rolle %2 erlaubt (ein Superuser alles, CREATEROLE sich jede Rolle geben, auch die des Eigentümers, CREATEDB Datenbanken anlegen, BYPASSRLS an der Zeilensicherheit vorbei lesen, REPLICATION jede Tabelle kopieren); entziehen Sie sie mit ALTER ROLE</translation>
    </message>
    <message>
        <source>The login %1 keeps the team&apos;s rights here though no agent signs in as it any more (its agent was deleted), so it works unseen by the team list and its edits are filed under no agent; its owner can give it to an agent%2, or REVOKE the team&apos;s roles from it</source>
        <translation>Das Login %1 behält hier die Rechte des Teams, obwohl sich kein Agent mehr damit anmeldet (sein Agent wurde gelöscht); so arbeitet es von der Teamliste ungesehen, und seine Änderungen werden keinem Agenten zugeordnet; der Eigentümer kann es einem Agenten geben%2 oder ihm die Rollen des Teams mit REVOKE entziehen</translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, a login that no longer exists on this server, so nobody can sign in as that agent, and a role made later under that name would be that agent; its owner can clear agent.login and give the agent a login again%3</source>
        <translation>Der Agent %1 meldet sich als %2 an, ein Login, das es auf diesem Server nicht mehr gibt; so kann sich niemand als dieser Agent anmelden, und eine später unter diesem Namen angelegte Rolle wäre dieser Agent; der Eigentümer kann agent.login leeren und dem Agenten wieder ein Login geben%3</translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, a login FunnelDesk did not make for this database nor its owner give to an agent, so the team commands do not act on it; its owner can clear agent.login and give it again%3</source>
        <translation>Der Agent %1 meldet sich als %2 an, ein Login, das FunnelDesk weder für diese Datenbank angelegt noch ihr Eigentümer einem Agenten gegeben hat, daher wirken die Team-Befehle nicht darauf; ihr Eigentümer kann agent.login leeren und es erneut vergeben%3</translation>
    </message>
    <message>
        <source>The agent %1 is a rep, but their login %2 is a member of the team&apos;s manager role, so it holds a manager&apos;s rights on the server; disabling the login and enabling it again gives it a rep&apos;s rights again%3</source>
        <translation>Der Agent %1 ist Mitarbeiter, aber sein Login %2 ist Mitglied der Managerrolle des Teams und hat daher Managerrechte auf dem Server; wird das Login deaktiviert und wieder aktiviert, erhält es wieder Mitarbeiterrechte%3</translation>
    </message>
    <message>
        <source>%1 counts of customers by name differ from the customers</source>
        <translation>%1 Zählungen der Kunden nach Namen weichen von den Kunden ab</translation>
    </message>
    <message>
        <source>The name count trigger %1 on %2 %3, so the dashboards&apos; lists may not tell apart two customers of the same name, or mark a name as shared that is not</source>
        <translation>Der Namenszähl-Trigger %1 auf %2 %3, daher unterscheiden die Listen der Dashboards zwei gleichnamige Kunden womöglich nicht oder kennzeichnen einen Namen als mehrfach vergeben, der es nicht ist</translation>
    </message>
    <message>
        <source>%1 daily counts of open tasks by stage differ from the tasks</source>
        <translation>%1 tägliche Zählungen offener Aufgaben je Phase weichen von den Aufgaben ab</translation>
    </message>
    <message>
        <source>The overdue task count trigger %1 on %2 %3, so the stage dashboards may count overdue tasks that are done, or miss ones that are not</source>
        <translation>Der Trigger %1 zum Zählen überfälliger Aufgaben auf %2 %3, daher zählen die Phasen-Dashboards womöglich erledigte Aufgaben als überfällig oder übersehen überfällige</translation>
    </message>
    <message>
        <source>%1 customers&apos; names kept for sorting differ from the customers</source>
        <translation>%1 zum Sortieren vorgehaltene Kundennamen weichen von den Kunden ab</translation>
    </message>
    <message>
        <source>The customer names trigger %1 on %2 %3, so a search sorted by customer may place tickets under a customer&apos;s old name, or miss customers</source>
        <translation>Der Kundennamen-Trigger %1 auf %2 %3, daher ordnet eine nach Kunde sortierte Suche Tickets womöglich unter dem alten Namen eines Kunden ein oder übergeht Kunden</translation>
    </message>
    <message>
        <source>The login %1 is a member of the team&apos;s %2 role here, though FunnelDesk never added it and no agent signs in as it (a role granted by hand, or left from a dropped database of this name), so it works unseen by the team list; REVOKE the role from it, or its owner can give it to an agent%3</source>
        <translation>Das Login %1 ist hier Mitglied der Rolle %2 des Teams, obwohl FunnelDesk es nie hinzugefügt hat und sich kein Agent damit anmeldet (eine von Hand vergebene Rolle oder ein Rest einer gelöschten Datenbank dieses Namens); so arbeitet es von der Teamliste ungesehen; entziehen Sie ihm die Rolle mit REVOKE, oder der Eigentümer kann es einem Agenten geben%3</translation>
    </message>
    <message>
        <source>The team&apos;s roles were moved to new ones each of the %1 times check read their rights (a team change does that while they are shared with another database or schema); run check again</source>
        <translation>Die Rollen des Teams wurden bei jedem der %1 Male, die check ihre Rechte las, auf neue verlegt (das tut eine Änderung am Team, solange sie mit einer anderen Datenbank oder einem anderen Schema geteilt sind); führen Sie check erneut aus</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may not run %2 of FunnelDesk&apos;s functions that its logins need (%3), so what they do with them fails; GRANT EXECUTE ON FUNCTION %4 TO %5</source>
        <translation>Die Rolle %1 des Teams darf %2 der Funktionen von FunnelDesk nicht ausführen, die ihre Logins brauchen (%3), daher schlägt fehl, was sie damit tun; GRANT EXECUTE ON FUNCTION %4 TO %5</translation>
    </message>
    <message>
        <source>The team&apos;s rep role may add entries to the audit log directly, so entries may be forged; REVOKE INSERT ON %1 FROM %2</source>
        <translation>Die Mitarbeiterrolle des Teams darf direkt Einträge ins Audit-Log schreiben, daher können Einträge gefälscht werden; REVOKE INSERT ON %1 FROM %2</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role holds %2 on %3, which FunnelDesk does not grant it, so %4; REVOKE %2 ON %5 FROM %6</source>
        <translation>Die Rolle %1 des Teams hat %2 auf %3, was FunnelDesk ihr nicht gewährt, daher gilt: %4; REVOKE %2 ON %5 FROM %6</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role lacks %2 on %3, which FunnelDesk grants it, so what its logins do there fails; GRANT %2 ON %4 TO %5</source>
        <translation>Der Rolle %1 des Teams fehlt %2 auf %3, das FunnelDesk ihr gewährt, daher schlägt fehl, was ihre Logins dort tun; GRANT %2 ON %4 TO %5</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may run the function %2, which FunnelDesk keeps from it, so its logins may do through it, with the owner&apos;s rights, what FunnelDesk keeps from them; REVOKE EXECUTE ON FUNCTION %3 FROM %4</source>
        <translation>Die Rolle %1 des Teams darf die Funktion %2 ausführen, die FunnelDesk ihr vorenthält, daher können ihre Logins darüber mit den Rechten des Eigentümers tun, was FunnelDesk ihnen vorenthält; REVOKE EXECUTE ON FUNCTION %3 FROM %4</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role may CREATE in the schema %2, so its logins may add tables, functions and types of their own beside FunnelDesk&apos;s; REVOKE CREATE ON SCHEMA %3 FROM %4, PUBLIC</source>
        <translation>Die Rolle %1 des Teams darf im Schema %2 CREATE ausführen, daher können ihre Logins neben denen von FunnelDesk eigene Tabellen, Funktionen und Typen anlegen; REVOKE CREATE ON SCHEMA %3 FROM %4, PUBLIC</translation>
    </message>
    <message>
        <source>The team&apos;s rep role may not use the schema %1 (neither it nor PUBLIC holds USAGE there), so no team login can read FunnelDesk&apos;s tables; the schema&apos;s owner can run: GRANT USAGE ON SCHEMA %2 TO %3</source>
        <translation>Die Mitarbeiterrolle des Teams darf das Schema %1 nicht benutzen (weder sie noch PUBLIC hat dort USAGE), daher kann kein Login des Teams die Tabellen von FunnelDesk lesen; der Eigentümer des Schemas kann ausführen: GRANT USAGE ON SCHEMA %2 TO %3</translation>
    </message>
    <message>
        <source>The team&apos;s rep role may not connect to the database %1 (neither it nor PUBLIC holds CONNECT there), so no team login can sign in; the database&apos;s owner can run: GRANT CONNECT ON DATABASE %2 TO %3</source>
        <translation>Die Mitarbeiterrolle des Teams darf sich nicht mit der Datenbank %1 verbinden (weder sie noch PUBLIC hat dort CONNECT), daher kann sich kein Login des Teams anmelden; der Eigentümer der Datenbank kann ausführen: GRANT CONNECT ON DATABASE %2 TO %3</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role %2 is not on the server, though %3 agents sign in here with logins of their own, so check cannot tell what those logins may do; if it was renamed, rename it back with ALTER ROLE … RENAME TO %2, else (dropped, or never made by an owner who could not create roles then) the server&apos;s administrator can run, and check then names what it lacks: CREATE ROLE %2 NOLOGIN</source>
        <translation>Die Rolle %1 des Teams, %2, ist nicht auf dem Server, obwohl sich %3 Agenten hier mit eigenen Logins anmelden, daher kann check nicht feststellen, was diese Logins dürfen; wurde sie umbenannt, benennen Sie sie mit ALTER ROLE … RENAME TO %2 zurück, sonst (gelöscht, oder nie angelegt von einem Eigentümer, der damals keine Rollen anlegen durfte) kann der Administrator des Servers ausführen, und check nennt dann, was ihr fehlt: CREATE ROLE %2 NOLOGIN</translation>
    </message>
    <message>
        <source>The team&apos;s manager role is not a member of its rep role, so managers lack every right a rep has; GRANT %1 TO %2</source>
        <translation>Die Managerrolle des Teams ist kein Mitglied seiner Mitarbeiterrolle, daher fehlt Managern jedes Recht eines Mitarbeiters; GRANT %1 TO %2</translation>
    </message>
    <message>
        <source>The team&apos;s manager role is a member of its rep role but does not inherit its rights (NOINHERIT), so managers lack every right a rep has; ALTER ROLE %1 INHERIT</source>
        <translation>Die Managerrolle des Teams ist Mitglied seiner Mitarbeiterrolle, erbt deren Rechte aber nicht (NOINHERIT), daher fehlt Managern jedes Recht eines Mitarbeiters; ALTER ROLE %1 INHERIT</translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, but their login %3 is no longer a member of the team&apos;s %2 role here (taken from it, or the role was dropped and made again), so they cannot work in FunnelDesk; a manager can give the rights back%4, or the server&apos;s administrator can run: GRANT %5 TO %6</source>
        <translation>Der Agent %1 ist aktiv in der Rolle %2, aber sein Login %3 ist hier kein Mitglied der Rolle %2 des Teams mehr (sie wurde ihm entzogen, oder die Rolle wurde gelöscht und neu angelegt), daher kann er nicht in FunnelDesk arbeiten; ein Manager kann ihm die Rechte zurückgeben%4, oder der Administrator des Servers kann ausführen: GRANT %5 TO %6</translation>
    </message>
    <message>
        <source>The agent %1 is a manager, but their login %2 holds only the team&apos;s rep role (the agent was made a manager in the agents table, not by a team command), so they work with a rep&apos;s rights; a manager can give them the manager role%3, or the server&apos;s administrator can run: GRANT %4 TO %5</source>
        <translation>Der Agent %1 ist Manager, aber sein Login %2 hat nur die Mitarbeiterrolle des Teams (der Agent wurde in der Agententabelle zum Manager gemacht, nicht mit einem Team-Befehl), daher arbeitet er mit den Rechten eines Mitarbeiters; ein Manager kann ihm die Managerrolle geben%3, oder der Administrator des Servers kann ausführen: GRANT %4 TO %5</translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, but their login %3 is a member of the team&apos;s %2 role only through a role that does not inherit it (NOINHERIT), so they cannot work in FunnelDesk; a manager can give them the role directly%4, or the server&apos;s administrator can run: GRANT %5 TO %6</source>
        <translation>Der Agent %1 ist aktiv in der Rolle %2, aber sein Login %3 ist nur über eine Rolle Mitglied der Rolle %2 des Teams, die deren Rechte nicht erbt (NOINHERIT), daher kann er nicht in FunnelDesk arbeiten; ein Manager kann ihm die Rolle direkt geben%4, oder der Administrator des Servers kann ausführen: GRANT %5 TO %6</translation>
    </message>
    <message>
        <source>The agent %1 is an active %2, and their login %3 is a member of the team&apos;s %2 role but does not inherit its rights (NOINHERIT), so they cannot work in FunnelDesk; inheriting, it would use the rights of every other role it is a member of too, and the server&apos;s administrator can run: ALTER ROLE %4 INHERIT</source>
        <translation>Der Agent %1 ist aktiv in der Rolle %2, und sein Login %3 ist Mitglied der Rolle %2 des Teams, erbt deren Rechte aber nicht (NOINHERIT), daher kann er nicht in FunnelDesk arbeiten; erbend würde es auch die Rechte jeder anderen Rolle nutzen, deren Mitglied es ist, und der Administrator des Servers kann ausführen: ALTER ROLE %4 INHERIT</translation>
    </message>
    <message>
        <source>reads every table, the audit log and the team&apos;s logins included</source>
        <translation>jede Tabelle liest, auch das Audit-Protokoll und die Logins des Teams</translation>
    </message>
    <message>
        <source>writes every table, whatever FunnelDesk grants</source>
        <translation>jede Tabelle schreibt, was immer FunnelDesk gewährt</translation>
    </message>
    <message>
        <source>reads the server&apos;s files</source>
        <translation>die Dateien des Servers liest</translation>
    </message>
    <message>
        <source>writes the server&apos;s files</source>
        <translation>die Dateien des Servers schreibt</translation>
    </message>
    <message>
        <source>runs programs on the server as its operating system user</source>
        <translation>Programme auf dem Server als dessen Betriebssystembenutzer ausführt</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role holds the server&apos;s role %2, which %3, so each of its logins may do far more than FunnelDesk lets a %1; REVOKE %2 FROM %4</source>
        <translation>Die Rolle %1 des Teams hat die Serverrolle %2, die %3, daher kann jedes ihrer Logins weit mehr tun, als FunnelDesk einer Rolle %1 erlaubt; REVOKE %2 FROM %4</translation>
    </message>
    <message>
        <source>The login %1 of the team&apos;s %2 role holds the server&apos;s role %3, which %4, so whoever signs in as it may do far more than FunnelDesk lets a %2; REVOKE %3 FROM %5</source>
        <translation>Das Login %1 der Rolle %2 des Teams hat die Serverrolle %3, die %4, daher kann, wer sich damit anmeldet, weit mehr tun, als FunnelDesk einer Rolle %2 erlaubt; REVOKE %3 FROM %5</translation>
    </message>
</context>
<context>
    <name>fd::KeyedParameters</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>“%1” is not %2; the parameters are %3.</source>
        <translation>„%1“ ist nicht %2; die Parameter sind %3.</translation>
    </message>
    <message>
        <source>“%1” is not of the form KEY=VALUE, e.g. %2.</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 is given twice (“%2” and “%3”); give each parameter once.</source>
        <translation>%1 ist zweimal angegeben („%2“ und „%3“); geben Sie jeden Parameter einmal an.</translation>
    </message>
    <message>
        <source>The saved settings are invalid: %1</source>
        <translation>Die gespeicherten Einstellungen sind ungültig: %1</translation>
    </message>
</context>
<context>
    <name>fd::ListExporter</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Writing the export failed (%1); nothing was saved.</source>
        <translation>Das Schreiben des Exports ist fehlgeschlagen (%1); nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>fd::ListPane</name>
    <message>
        <source>The search and filters were cleared to show it.</source>
        <translation>Suche und Filter wurden zurückgesetzt, um es anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>fd::Location</name>
    <message>
        <source>More options give %1=%2, which libpq does not know; %1 is one of %3.</source>
        <translation>Die weiteren Optionen geben %1=%2 an, das libpq nicht kennt; %1 ist eines von %3.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection string FunnelDesk can use: %2; give a postgresql://user@host:port/database URI, key=value pairs such as “host=db dbname=funneldesk”, or a file path.</source>
        <translation>„%1“ ist keine PostgreSQL-Verbindungszeichenfolge, die FunnelDesk verwenden kann: %2; geben Sie eine URI postgresql://user@host:port/database, key=value-Paare wie „host=db dbname=funneldesk“ oder einen Dateipfad an.</translation>
    </message>
    <message>
        <source>Fill in Database: the name of the FunnelDesk database on the server.</source>
        <translation>Füllen Sie Datenbank aus: den Namen der FunnelDesk-Datenbank auf dem Server.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; %1 is not.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein; %1 ist keine.</translation>
    </message>
    <message>
        <source>Host “%1” has a colon: give the server&apos;s name or address alone in Host, and its port number in Port.</source>
        <translation>Host „%1“ enthält einen Doppelpunkt: Geben Sie unter Host nur den Namen oder die Adresse des Servers an und die Portnummer unter Port.</translation>
    </message>
    <message>
        <source>More options “%1” are not libpq options FunnelDesk can read (%2); write them as key=value pairs, such as “sslmode=require”.</source>
        <translation>Die weiteren Optionen „%1“ sind keine libpq-Optionen, die FunnelDesk lesen kann (%2); schreiben Sie sie als key=value-Paare, etwa „sslmode=require“.</translation>
    </message>
    <message>
        <source>Leave the password out of More options: FunnelDesk asks for it when it connects, and never stores it.</source>
        <translation>Lassen Sie das Passwort aus den weiteren Optionen weg: FunnelDesk fragt beim Verbinden danach und speichert es nie.</translation>
    </message>
    <message>
        <source>More options give “%1”, which has a field of its own above; enter it there instead.</source>
        <translation>Die weiteren Optionen geben „%1“ an, das oben ein eigenes Feld hat; tragen Sie es stattdessen dort ein.</translation>
    </message>
    <message>
        <source>%1 is “%2”, and libpq knows only %3</source>
        <translation>%1 ist „%2“, libpq kennt aber nur %3</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>service “%1”</source>
        <translation>Dienst „%1“</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>%1 — FunnelDesk</source>
        <translation>%1 — FunnelDesk</translation>
    </message>
    <message>
        <source>Your user may only read this database, so it is open read-only: you can look, but not change anything. To work in it, ask the database&apos;s administrator for the right to write.</source>
        <translation>Ihr Benutzer darf diese Datenbank nur lesen, daher ist sie schreibgeschützt geöffnet: Sie können sich alles ansehen, aber nichts ändern. Um darin zu arbeiten, bitten Sie den Administrator der Datenbank um Schreibrechte.</translation>
    </message>
    <message>
        <source>This file is in a folder you cannot write to, so it is open read-only: you can look, but not change anything. To work in it, copy it to a folder of yours and open the copy.</source>
        <translation>Diese Datei liegt in einem Ordner, in den Sie nicht schreiben dürfen, daher ist sie schreibgeschützt geöffnet: Sie können sich alles ansehen, aber nichts ändern. Um darin zu arbeiten, kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>This file is read-only: you can look, but not change anything. Make it writable, or open a copy, to work in it.</source>
        <translation>Diese Datei ist schreibgeschützt: Sie können sich alles ansehen, aber nichts ändern. Machen Sie sie beschreibbar oder öffnen Sie eine Kopie, um darin zu arbeiten.</translation>
    </message>
    <message>
        <source>If someone else changes it meanwhile, open it again to see their changes.</source>
        <translation>Wenn jemand anderes sie inzwischen ändert, öffnen Sie sie erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connected again; everything shown was read again.</source>
        <translation>Wieder verbunden; alles Angezeigte wurde neu gelesen.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische Sicherung</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Added %1 in %2</source>
        <translation>%1 in %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Ticket #%1 created</source>
        <translation>Ticket #%1 angelegt</translation>
    </message>
    <message>
        <source>FunnelDesk</source>
        <translation>FunnelDesk</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln offenes Ticket</numerusform>
            <numerusform>%Ln offene Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Schließen…</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>PostgreSQL server %1, encrypted (%2)</source>
        <translation>PostgreSQL-Server %1, verschlüsselt (%2)</translation>
    </message>
    <message>
        <source>PostgreSQL server %1, not encrypted</source>
        <translation>PostgreSQL-Server %1, unverschlüsselt</translation>
    </message>
    <message>
        <source>What FunnelDesk and the server say to each other can be read on the network between them. To require encryption, connect with sslmode=require (More options) once the server&apos;s administrator has turned SSL on.</source>
        <translation>Was FunnelDesk und der Server einander sagen, kann im Netzwerk zwischen ihnen mitgelesen werden. Um Verschlüsselung zu verlangen, verbinden Sie sich mit sslmode=require (Weitere Optionen), sobald der Administrator des Servers SSL eingeschaltet hat.</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>Export nach %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is complete.</source>
        <translation>Der Export ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>Excel compatible (byte order mark)</source>
        <translation>Excel-kompatibel (Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Dates: customers by first sale, tickets by creation, touchpoints by when they happened.</source>
        <translation>Zeitraum: Kunden nach Erstkauf, Tickets nach Erstellung, Kontaktpunkte nach Zeitpunkt.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Open the customers, a stage or the tickets to export the list you see.</source>
        <translation>Öffnen Sie die Kunden, eine Phase oder die Tickets, um die angezeigte Liste zu exportieren.</translation>
    </message>
    <message>
        <source>“%1” is still running; wait for it to finish, or cancel it first.</source>
        <translation>„%1“ läuft noch; warten Sie, bis es fertig ist, oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>Recomputing stages</source>
        <translation>Phasen werden neu berechnet</translation>
    </message>
    <message>
        <source>Stages recomputed; customers moved: %1.</source>
        <translation>Phasen neu berechnet; verschobene Kunden: %1.</translation>
    </message>
    <message>
        <source>Scoring customer health</source>
        <translation>Kundengesundheit wird bewertet</translation>
    </message>
    <message>
        <source>Health scores recomputed; scores changed: %1.</source>
        <translation>Health-Scores neu berechnet; geänderte Scores: %1.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a FunnelDesk database</source>
        <translation>Eine FunnelDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Mit Server &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>PostgreSQL server %1</source>
        <translation>PostgreSQL-Server %1</translation>
    </message>
    <message>
        <source>No other files yet</source>
        <translation>Noch keine anderen Dateien</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a FunnelDesk database</source>
        <translation>Eine FunnelDesk-Datenbank anlegen</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation>FunnelDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists; choose File → Open to open it, or another name to start a new database.</source>
        <translation>„%1“ existiert bereits; wählen Sie Datei → Öffnen, um sie zu öffnen, oder einen anderen Namen für eine neue Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Diese &amp;Liste exportieren…</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Diese Liste exportieren</translation>
    </message>
    <message>
        <source>The customers or tickets shown, with their search, filters and order</source>
        <translation>Die angezeigten Kunden oder Tickets, mit Suche, Filtern und Sortierung</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <source>The file is backed up.</source>
        <translation>Die Datei ist gesichert.</translation>
    </message>
    <message>
        <source>A database on a server is backed up and restored by its administrator with the server&apos;s own tools; for a FunnelDesk file of it, run “funneldesk-cli --db SERVER migrate --to copy.sqlite”.</source>
        <translation>Eine Datenbank auf einem Server wird von ihrem Administrator mit den Werkzeugen des Servers gesichert und wiederhergestellt; für eine FunnelDesk-Datei davon führen Sie „funneldesk-cli --db SERVER migrate --to copy.sqlite“ aus.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Neues &amp;Ticket…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Canned replies…</source>
        <translation>Text&amp;bausteine…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Recompute stages</source>
        <translation>Phasen &amp;neu berechnen</translation>
    </message>
    <message>
        <source>Apply the stage rules to every customer now</source>
        <translation>Die Phasenregeln jetzt auf jeden Kunden anwenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>This file is read-only: its settings cannot be changed</source>
        <translation>Diese Datei ist schreibgeschützt: Ihre Einstellungen können nicht geändert werden</translation>
    </message>
    <message>
        <source>Stage rules, targets, SLA, health score, success plans, playbooks and agents</source>
        <translation>Phasenregeln, Ziele, SLA, Health-Score, Erfolgspläne, Playbooks und Agenten</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Editing the canned replies</source>
        <translation>Das Bearbeiten der Textbausteine</translation>
    </message>
    <message>
        <source>Changing the team&apos;s settings</source>
        <translation>Das Ändern der Teameinstellungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About FunnelDesk</source>
        <translation>Ü&amp;ber FunnelDesk</translation>
    </message>
    <message>
        <source>About FunnelDesk</source>
        <translation>Über FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FunnelDesk %1&lt;/h3&gt;&lt;p&gt;A desktop helpdesk organised around the support funnel: Onboarding → Post-sales support → Retention → Advocacy.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FunnelDesk %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Helpdesk, aufgebaut um den Support-Funnel: Onboarding → After-Sales-Support → Kundenbindung → Fürsprache.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This file is read-only: its settings can be read with funneldesk-cli settings list, not changed.</source>
        <translation>Diese Datei ist schreibgeschützt: Ihre Einstellungen können mit funneldesk-cli settings list gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Finding the customers behind “%1”</source>
        <translation>Die Kunden hinter „%1“ werden gesucht</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Es gibt nichts, wohin Sie zurückkehren könnten.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Post-sales</source>
        <translation>After-Sales-Support</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Fürsprache</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)</source>
        <translation>FunnelDesk-Datenbanken (*.sqlite *.db *.funneldesk);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fd::Names</name>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
        <translation>%1 (Kunde %2)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>fd::NewTicketDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the new ticket</source>
        <translation>das neue Ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Type a name, email or company</source>
        <translation>Name, E-Mail oder Firma eingeben</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Me (asked when the ticket is created)</source>
        <translation>Ich (wird beim Anlegen des Tickets gefragt)</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket anlegen</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add the customer this ticket is for (Ctrl+Shift+N)</source>
        <translation>Den Kunden anlegen, für den dieses Ticket ist (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>Bearb&amp;eiter</translation>
    </message>
    <message>
        <source>… and %1 more: type more of the name, email or company</source>
        <translation>… und %1 weitere: Geben Sie mehr vom Namen, der E-Mail oder der Firma ein</translation>
    </message>
    <message>
        <source>Choose the customer this ticket is for.</source>
        <translation>Wählen Sie den Kunden, für den dieses Ticket ist.</translation>
    </message>
    <message>
        <source>No customer matches “%1”; add the customer first (Ctrl+Shift+N).</source>
        <translation>Kein Kunde passt zu „%1“; legen Sie den Kunden zuerst an (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>%1 customers are called “%2”: choose the one this ticket is for in the list.</source>
        <translation>%1 Kunden heißen „%2“: Wählen Sie in der Liste den, für den dieses Ticket ist.</translation>
    </message>
    <message>
        <source>Choose the customer this ticket is for in the list.</source>
        <translation>Wählen Sie in der Liste den Kunden, für den dieses Ticket ist.</translation>
    </message>
    <message>
        <source>to assign the new ticket to you</source>
        <translation>um Ihnen das neue Ticket zuzuweisen</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
</context>
<context>
    <name>fd::OutputFile</name>
    <message>
        <source>No file to write was named.</source>
        <translation>Es wurde keine zu schreibende Datei genannt.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file to write.</source>
        <translation>%1 ist ein Ordner; nennen Sie eine zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a link to a file that does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Link auf eine Datei, die nicht existiert.</translation>
    </message>
    <message>
        <source>%1 is %2 %3; choose another file to write (nothing was changed).</source>
        <translation>%1 ist %2 %3; wählen Sie eine andere Datei zum Schreiben (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>%1 is the %2 file of %3 %4; choose another file to write (nothing was changed).</source>
        <translation>%1 ist die Datei %2 von %3 %4; wählen Sie eine andere Datei zum Schreiben (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>%1 is read-only; make it writable or choose another file (nothing was changed).</source>
        <translation>%1 ist schreibgeschützt; machen Sie die Datei beschreibbar oder wählen Sie eine andere (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden: %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the open database</source>
        <translation>die geöffnete Datenbank</translation>
    </message>
    <message>
        <source>%1 was already finished.</source>
        <translation>%1 war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1.</source>
        <translation>Das Schreiben auf die Standardausgabe ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; the file there before is unchanged.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2; die vorherige Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; nothing was saved.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1</source>
        <translation>Das Schreiben in die Standardausgabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>fd::PgDatabase</name>
    <message>
        <source>The search_path of %1 names no schema that exists and that this user may use; name FunnelDesk&apos;s schema in the connection (options=-csearch_path=…).</source>
        <translation>Der search_path von %1 nennt kein Schema, das existiert und das dieser Benutzer verwenden darf; nennen Sie das Schema von FunnelDesk in der Verbindung (options=-csearch_path=…).</translation>
    </message>
    <message>
        <source>Schema %1 of %2 holds no FunnelDesk tables yet; create them there first (FunnelDesk&apos;s init), or copy a FunnelDesk file into it (migrate).</source>
        <translation>Schema %1 von %2 enthält noch keine FunnelDesk-Tabellen; legen Sie sie dort zuerst an (init von FunnelDesk) oder kopieren Sie eine FunnelDesk-Datei hinein (migrate).</translation>
    </message>
    <message>
        <source>Schema %1 of %2 holds tables that are not FunnelDesk&apos;s; FunnelDesk uses a schema of its own. Name another database or schema.</source>
        <translation>Schema %1 von %2 enthält Tabellen, die nicht zu FunnelDesk gehören; FunnelDesk verwendet ein eigenes Schema. Nennen Sie eine andere Datenbank oder ein anderes Schema.</translation>
    </message>
    <message>
        <source>%1 holds FunnelDesk data of a newer version (schema %2; this FunnelDesk reads up to %3); open it with a newer FunnelDesk.</source>
        <translation>%1 enthält FunnelDesk-Daten einer neueren Version (Schema %2; dieses FunnelDesk liest bis %3); öffnen Sie sie mit einem neueren FunnelDesk.</translation>
    </message>
    <message>
        <source>User %1 may read FunnelDesk&apos;s tables in %2 but not change them; open it read-only, or ask the database&apos;s administrator for the right to write.</source>
        <translation>Benutzer %1 darf die Tabellen von FunnelDesk in %2 lesen, aber nicht ändern; öffnen Sie sie schreibgeschützt oder bitten Sie den Administrator der Datenbank um Schreibrechte.</translation>
    </message>
    <message>
        <source>A statement failed inside this change on %1, so the server rolled all of it back; nothing of it was saved.</source>
        <translation>In dieser Änderung auf %1 ist eine Anweisung fehlgeschlagen, daher hat der Server alles zurückgenommen; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 may not make this change on %2 (the server said: %3).</source>
        <translation>%1 darf diese Änderung auf %2 nicht vornehmen (der Server sagte: %3).</translation>
    </message>
    <message>
        <source>%1, a rep, may not make this change on %2 (the server said: %3); it needs a manager&apos;s rights.</source>
        <translation>%1, ein Mitarbeiter, darf diese Änderung auf %2 nicht vornehmen (der Server sagte: %3); dafür sind Managerrechte nötig.</translation>
    </message>
    <message>
        <source>FunnelDesk keeps %1 itself, from the replies, the status changes, the stage moves and the SLA targets; %2, a rep, may not change it directly on %3 (nothing was changed).</source>
        <translation>FunnelDesk führt %1 selbst, aus den Antworten, den Statusänderungen, den Phasenwechseln und den SLA-Zielen; %2, ein Mitarbeiter, darf es auf %3 nicht direkt ändern (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The data this needs on the PostgreSQL server at %1 is held by another session; try again in a moment (nothing was changed).</source>
        <translation>Die dafür nötigen Daten auf dem PostgreSQL-Server unter %1 werden von einer anderen Sitzung gehalten; versuchen Sie es gleich erneut (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Another session changed the same data on the PostgreSQL server at %1 at the same moment; try again (nothing was changed).</source>
        <translation>Eine andere Sitzung hat im selben Moment dieselben Daten auf dem PostgreSQL-Server unter %1 geändert; versuchen Sie es erneut (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2, which still holds the team&apos;s rights on %3; disable that login first%4, or ask the database&apos;s owner to delete the agent (nothing was changed).</source>
        <translation>Der Agent %1 meldet sich als %2 an, das noch die Rechte des Teams auf %3 hat; deaktivieren Sie dieses Login zuerst%4 oder bitten Sie den Eigentümer der Datenbank, den Agenten zu löschen (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>%1 is not on the team of %2, neither a rep nor a manager, so it may not do this (the server said: %3); the database&apos;s owner adds logins with “team add”.</source>
        <translation>%1 gehört nicht zum Team von %2, ist weder Mitarbeiter noch Manager und darf dies daher nicht (der Server sagte: %3); der Eigentümer der Datenbank fügt Logins mit „team add“ hinzu.</translation>
    </message>
</context>
<context>
    <name>fd::PlaybookPreviewer</name>
    <message>
        <source>A playbook preview looks back 1 to 365 days, not %1.</source>
        <translation>Eine Playbook-Vorschau blickt 1 bis 365 Tage zurück, nicht %1.</translation>
    </message>
    <message>
        <source>The playbook %1 is given twice.</source>
        <translation>Das Playbook %1 ist zweimal angegeben.</translation>
    </message>
</context>
<context>
    <name>fd::Playbooks</name>
    <message>
        <source>“%1” is not a playbook key: use 1 to 40 of a-z, 0-9 and _.</source>
        <translation>„%1“ ist kein Playbook-Schlüssel: Verwenden Sie 1 bis 40 Zeichen aus a-z, 0-9 und _.</translation>
    </message>
    <message>
        <source>WHEN -&gt; DAYS:KIND:TITLE for owner|manager, e.g. survey&lt;=6 -&gt; 2:phone:Call back for owner</source>
        <translation>WHEN -&gt; DAYS:KIND:TITLE for owner|manager, z. B. survey&lt;=6 -&gt; 2:phone:Zurückrufen for owner</translation>
    </message>
    <message>
        <source>The playbook %1 (“%2”) is not of the form %3.</source>
        <translation>Das Playbook %1 („%2“) hat nicht die Form %3.</translation>
    </message>
    <message>
        <source>The playbook %1 names “%2”, which is not a stage; choose %3.</source>
        <translation>Das Playbook %1 nennt „%2“, das keine Phase ist; wählen Sie %3.</translation>
    </message>
    <message>
        <source>The playbook %1 compares a survey with %2; scores run from 0 to 10.</source>
        <translation>Das Playbook %1 vergleicht eine Umfrage mit %2; Bewertungen reichen von 0 bis 10.</translation>
    </message>
    <message>
        <source>The playbook %1 needs its silent days from 1 to 3650, not %2.</source>
        <translation>Das Playbook %1 braucht seine stillen Tage von 1 bis 3650, nicht %2.</translation>
    </message>
    <message>
        <source>The playbook %1 starts with “%2”; choose entered STAGE, at_risk, survey&lt;=N, survey&gt;=N or silent&gt;=N.</source>
        <translation>Das Playbook %1 beginnt mit „%2“; wählen Sie entered STAGE, at_risk, survey&lt;=N, survey&gt;=N oder silent&gt;=N.</translation>
    </message>
    <message>
        <source>The playbook %1 is for “%2”; choose owner or manager.</source>
        <translation>Das Playbook %1 ist für „%2“; wählen Sie owner oder manager.</translation>
    </message>
    <message>
        <source>The playbook %1: %2</source>
        <translation>Das Playbook %1: %2</translation>
    </message>
    <message>
        <source>The playbook %1 makes a task once per event; leave out “every”.</source>
        <translation>Das Playbook %1 erzeugt eine Aufgabe pro Ereignis; lassen Sie „every“ weg.</translation>
    </message>
    <message>
        <source>The saved playbooks are invalid: %1</source>
        <translation>Die gespeicherten Playbooks sind ungültig: %1</translation>
    </message>
</context>
<context>
    <name>fd::Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>fd::Quoted</name>
    <message>
        <source>“%1”</source>
        <comment>A name, value or path inside a sentence: the language&apos;s quotation marks.</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>fd::ReportText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>fd::RowSink</name>
    <message>
        <source>Column %1 of a row for “%2” was given no value.</source>
        <translation>Spalte %1 einer Zeile für „%2“ wurde kein Wert gegeben.</translation>
    </message>
    <message>
        <source>A row for COPY has no column %1.</source>
        <translation>Eine Zeile für COPY hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>Rows for COPY are only bound, never read.</source>
        <translation>Zeilen für COPY werden nur gebunden, nie gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not an INSERT of %2 columns that COPY can take.</source>
        <translation>„%1“ ist kein INSERT mit %2 Spalten, das COPY aufnehmen kann.</translation>
    </message>
</context>
<context>
    <name>fd::RowStamp</name>
    <message>
        <source>%1 was changed by someone else after you opened it; your change was not saved.</source>
        <translation>%1 wurde von jemand anderem geändert, während Sie daran arbeiteten; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>fd::RuleEvaluator</name>
    <message>
        <source>%1 since first sale (≥ %2)</source>
        <translation>%1 seit dem Erstkauf (≥ %2)</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>%1 in the last %2 days (≤ %3)</source>
        <translation>%1 in den letzten %2 Tagen (≤ %3)</translation>
    </message>
    <message>
        <source>no open high or urgent ticket</source>
        <translation>kein offenes hohes oder dringendes Ticket</translation>
    </message>
    <message>
        <source>%1 (none allowed)</source>
        <translation>%1 (keines erlaubt)</translation>
    </message>
    <message>
        <source>no survey score ≤ %1 in the last %2 days</source>
        <translation>kein Umfragewert ≤ %1 in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>a survey score of %1 on %2 (≤ %3, within %4 days)</source>
        <translation>ein Umfragewert von %1 am %2 (≤ %3, innerhalb von %4 Tagen)</translation>
    </message>
    <message>
        <source>a %1 touchpoint on %2 (within %3 days)</source>
        <translation>ein Kontaktpunkt (%1) am %2 (innerhalb von %3 Tagen)</translation>
    </message>
    <message>
        <source>mean CSAT %1 (≥ %2)</source>
        <translation>mittlere CSAT %1 (≥ %2)</translation>
    </message>
    <message>
        <source>no rated tickets</source>
        <translation>keine bewerteten Tickets</translation>
    </message>
    <message>
        <source>a survey score of %1 on %2 (≥ %3, within %4 days) with %5</source>
        <translation>ein Umfragewert von %1 am %2 (≥ %3, innerhalb von %4 Tagen) mit %5</translation>
    </message>
    <message>
        <source>no advocacy touchpoint and no survey score ≥ %1 in the last %2 days</source>
        <translation>kein Fürsprache-Kontaktpunkt und kein Umfragewert ≥ %1 in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>%1 in the last %2 days (≥ %3)</source>
        <translation>%1 in den letzten %2 Tagen (≥ %3)</translation>
    </message>
    <message>
        <source>%1, and no open urgent ticket</source>
        <translation>%1, und kein offenes dringendes Ticket</translation>
    </message>
    <message>
        <source>a %1 touchpoint on %2</source>
        <translation>ein Kontaktpunkt (%1) am %2</translation>
    </message>
    <message>
        <source>a survey score of %1 on %2</source>
        <translation>ein Umfragewert von %1 am %2</translation>
    </message>
    <message>
        <source>%1 (within %2 days) and %3</source>
        <translation>%1 (innerhalb von %2 Tagen) und %3</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 → %2: %3.</source>
        <translation>%1 → %2: %3.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Kontaktpunkt</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Kontaktpunkte</translation>
    </message>
    <message>
        <source>1 ticket</source>
        <translation>1 Ticket</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>%1 Tickets</translation>
    </message>
    <message>
        <source>1 open high or urgent ticket</source>
        <translation>1 offenes hohes oder dringendes Ticket</translation>
    </message>
    <message>
        <source>%1 open high or urgent tickets</source>
        <translation>%1 offene hohe oder dringende Tickets</translation>
    </message>
    <message>
        <source>1 live touchpoint</source>
        <translation>1 Live-Kontaktpunkt</translation>
    </message>
    <message>
        <source>%1 live touchpoints</source>
        <translation>%1 Live-Kontaktpunkte</translation>
    </message>
    <message>
        <source>an open urgent ticket</source>
        <translation>ein offenes dringendes Ticket</translation>
    </message>
    <message>
        <source>%1 open urgent tickets</source>
        <translation>%1 offene dringende Tickets</translation>
    </message>
</context>
<context>
    <name>fd::Schema</name>
    <message>
        <source>%1 is not a FunnelDesk database (it belongs to another application); check the path.</source>
        <translation>%1 ist keine FunnelDesk-Datenbank (sie gehört zu einer anderen Anwendung); prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 was written by a newer FunnelDesk (schema version %2; this program knows up to %3); update FunnelDesk to open it.</source>
        <translation>%1 wurde von einem neueren FunnelDesk geschrieben (Schemaversion %2; dieses Programm kennt bis %3); aktualisieren Sie FunnelDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is empty, not a FunnelDesk database; open it for writing to create one.</source>
        <translation>%1 ist leer, keine FunnelDesk-Datenbank; öffnen Sie sie zum Schreiben, um eine anzulegen.</translation>
    </message>
    <message>
        <source>%1 uses an older schema (version %2), and this user may not write it or its folder to upgrade it; have it opened once with this FunnelDesk by someone who may write it, or copy it to a folder you can write to and open the copy.</source>
        <translation>%1 verwendet ein älteres Schema (Version %2), und dieser Benutzer darf weder die Datei noch ihren Ordner schreiben, um sie zu aktualisieren; lassen Sie sie einmal von jemandem mit Schreibrecht mit diesem FunnelDesk öffnen, oder kopieren Sie sie in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 is not a FunnelDesk database; check the path.</source>
        <translation>%1 ist keine FunnelDesk-Datenbank; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>%1 was not upgraded, because backing it up first failed: %2</source>
        <translation>%1 wurde nicht aktualisiert, weil die vorherige Sicherung fehlgeschlagen ist: %2</translation>
    </message>
</context>
<context>
    <name>fd::ServerWaitStatus</name>
    <message>
        <source>Waiting for the PostgreSQL server at %1… %2 s; asking whether it still runs (FunnelDesk gives up after %3 s).</source>
        <translation>Warte auf den PostgreSQL-Server unter %1… %2 s; frage, ob er noch läuft (FunnelDesk gibt nach %3 s auf).</translation>
    </message>
    <message>
        <source>Waiting for the PostgreSQL server at %1… %2 s (FunnelDesk gives up after %3 s).</source>
        <translation>Warte auf den PostgreSQL-Server unter %1… %2 s (FunnelDesk gibt nach %3 s auf).</translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>What these rules would change</source>
        <translation>Was diese Regeln ändern würden</translation>
    </message>
    <message>
        <source>What these values would change</source>
        <translation>Was diese Werte ändern würden</translation>
    </message>
    <message>
        <source>Stage rules</source>
        <translation>Phasenregeln</translation>
    </message>
    <message>
        <source>The rules that move a customer from stage to stage. The preview counts who the values being typed would move; a changed value is in bold.</source>
        <translation>Die Regeln, die einen Kunden von Phase zu Phase verschieben. Die Vorschau zählt, wen die eingegebenen Werte verschieben würden; ein geänderter Wert ist fett.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Each stage dashboard&apos;s On track / Behind / Stuck: on track below “Behind from”, stuck past “Stuck after”. Onboarding and post-sales count days in the stage, retention and advocacy days since the last touch.</source>
        <translation>Im Plan / Im Verzug / Festgefahren jedes Phasen-Dashboards: im Plan unter „Im Verzug ab“, festgefahren nach „Festgefahren nach“. Onboarding und After-Sales-Support zählen Tage in der Phase, Kundenbindung und Fürsprache Tage seit dem letzten Kontakt.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>The first response and resolution targets of each priority, in hours; a ticket past one has breached its SLA.</source>
        <translation>Die Ziele für Erstreaktion und Lösung jeder Priorität, in Stunden; ein Ticket, das eines überschreitet, hat sein SLA verletzt.</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>Health-Score</translation>
    </message>
    <message>
        <source>Each factor earns a share of its weight; the score is 100 × points earned ÷ the weights counted. The preview counts who would change band.</source>
        <translation>Jeder Faktor bringt einen Anteil seines Gewichts; der Score ist 100 × erreichte Punkte ÷ gezählte Gewichte. Die Vorschau zählt, wer die Stufe wechseln würde.</translation>
    </message>
    <message>
        <source>Success plans</source>
        <translation>Erfolgspläne</translation>
    </message>
    <message>
        <source>Whom these playbooks would give a task</source>
        <translation>Wem diese Playbooks eine Aufgabe geben würden</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Task for</source>
        <translation>Aufgabe für</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>The saved rules: change a value to see who it would move.</source>
        <translation>Die gespeicherten Regeln: Ändern Sie einen Wert, um zu sehen, wen er verschieben würde.</translation>
    </message>
    <message>
        <source>The saved values: change one to see who would change band.</source>
        <translation>Die gespeicherten Werte: Ändern Sie einen, um zu sehen, wer die Stufe wechseln würde.</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <source>%1: “%2” needs a whole number from %3 to %4.</source>
        <translation>%1: „%2“ braucht eine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Agents: %1</source>
        <translation>Agenten: %1</translation>
    </message>
    <message>
        <source>Correct the values to see the preview.</source>
        <translation>Korrigieren Sie die Werte, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Counting whom these playbooks would give a task…</source>
        <translation>Es wird gezählt, wem diese Playbooks eine Aufgabe geben würden…</translation>
    </message>
    <message>
        <source>Stage rules what-if</source>
        <translation>Was-wäre-wenn der Phasenregeln</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) would move, of %1 evaluated.</source>
        <translation>
            <numerusform>%Ln Kunde würde verschoben, von %1 ausgewerteten.</numerusform>
            <numerusform>%Ln Kunden würden verschoben, von %1 ausgewerteten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Health score what-if</source>
        <translation>Was-wäre-wenn des Health-Scores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) would change band, of %1 scored.</source>
        <translation>
            <numerusform>%Ln Kunde würde die Stufe wechseln, von %1 bewerteten.</numerusform>
            <numerusform>%Ln Kunden würden die Stufe wechseln, von %1 bewerteten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (now %3)</source>
        <translation>%1 %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>Afterwards: %1.</source>
        <translation>Danach: %1.</translation>
    </message>
    <message>
        <source>Playbooks what-if</source>
        <translation>Was-wäre-wenn der Playbooks</translation>
    </message>
    <message>
        <source>nobody in these days</source>
        <translation>niemand in diesen Tagen</translation>
    </message>
    <message>
        <source>nobody: no owner or manager</source>
        <translation>niemand: kein Betreuer oder Manager</translation>
    </message>
    <message>
        <source>playbook %1, tasks for %2</source>
        <translation>Playbook %1, Aufgaben für %2</translation>
    </message>
    <message>
        <source>the %1 days to %2</source>
        <translation>die %1 Tage bis %2</translation>
    </message>
    <message numerus="yes">
        <source>As edited, over %1 these playbooks would have made %Ln task(s); silences as of now.</source>
        <translation>
            <numerusform>Wie bearbeitet, hätten diese Playbooks über %1 %Ln Aufgabe erzeugt; Stille Stand jetzt.</numerusform>
            <numerusform>Wie bearbeitet, hätten diese Playbooks über %1 %Ln Aufgaben erzeugt; Stille Stand jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved playbooks would have made %Ln task(s) over %1; silences as of now.</source>
        <translation>
            <numerusform>Die gespeicherten Playbooks hätten über %1 %Ln Aufgabe erzeugt; Stille Stand jetzt.</numerusform>
            <numerusform>Die gespeicherten Playbooks hätten über %1 %Ln Aufgaben erzeugt; Stille Stand jetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off: %1.</source>
        <translation>Ausgeschaltet: %1.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Onboarding → Post-sales: onboarding complete</source>
        <translation>Onboarding → After-Sales-Support: Onboarding abgeschlossen</translation>
    </message>
    <message>
        <source>Post-sales → Retention: settled</source>
        <translation>After-Sales-Support → Kundenbindung: eingelebt</translation>
    </message>
    <message>
        <source>Retention → Advocacy: an advocate</source>
        <translation>Kundenbindung → Fürsprache: ein Fürsprecher</translation>
    </message>
    <message>
        <source>Retention → Post-sales: back to support</source>
        <translation>Kundenbindung → After-Sales-Support: zurück zum Support</translation>
    </message>
    <message>
        <source>Advocacy → Retention: lapsed</source>
        <translation>Fürsprache → Kundenbindung: nachgelassen</translation>
    </message>
    <message>
        <source>Recency of the last touch</source>
        <translation>Aktualität des letzten Kontakts</translation>
    </message>
    <message>
        <source>Tickets in the window</source>
        <translation>Tickets im Zeitfenster</translation>
    </message>
    <message>
        <source>Open high and urgent tickets</source>
        <translation>Offene hohe und dringende Tickets</translation>
    </message>
    <message>
        <source>Mean CSAT</source>
        <translation>Mittlere CSAT</translation>
    </message>
    <message>
        <source>Latest survey (NPS)</source>
        <translation>Letzte Umfrage (NPS)</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Time in stage (against the targets)</source>
        <translation>Zeit in der Phase (gegenüber den Zielen)</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Bands: Healthy, Watch, At risk</source>
        <translation>Stufen: Gesund, Beobachten, Gefährdet</translation>
    </message>
    <message>
        <source>At least (days)</source>
        <translation>Mindestens (Tage)</translation>
    </message>
    <message>
        <source>At least (touchpoints)</source>
        <translation>Mindestens (Kontaktpunkte)</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Zeitfenster (Tage)</translation>
    </message>
    <message>
        <source>At most (tickets)</source>
        <translation>Höchstens (Tickets)</translation>
    </message>
    <message>
        <source>At most (live touchpoints)</source>
        <translation>Höchstens (Live-Kontaktpunkte)</translation>
    </message>
    <message>
        <source>Survey at least</source>
        <translation>Umfrage mindestens</translation>
    </message>
    <message>
        <source>CSAT at least</source>
        <translation>CSAT mindestens</translation>
    </message>
    <message>
        <source>A detractor&apos;s survey up to</source>
        <translation>Umfrage eines Kritikers bis</translation>
    </message>
    <message>
        <source>Detractor window (days)</source>
        <translation>Kritiker-Zeitfenster (Tage)</translation>
    </message>
    <message>
        <source>At least (tickets)</source>
        <translation>Mindestens (Tickets)</translation>
    </message>
    <message>
        <source>Behind from (days)</source>
        <translation>Im Verzug ab (Tagen)</translation>
    </message>
    <message>
        <source>Stuck after (days)</source>
        <translation>Festgefahren nach (Tagen)</translation>
    </message>
    <message>
        <source>First response (hours)</source>
        <translation>Erstreaktion (Stunden)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>Lösung (Stunden)</translation>
    </message>
    <message>
        <source>Weight (points)</source>
        <translation>Gewicht (Punkte)</translation>
    </message>
    <message>
        <source>All points up to (days)</source>
        <translation>Volle Punkte bis (Tage)</translation>
    </message>
    <message>
        <source>No points from (days)</source>
        <translation>Keine Punkte ab (Tagen)</translation>
    </message>
    <message>
        <source>All points up to</source>
        <translation>Volle Punkte bis</translation>
    </message>
    <message>
        <source>No points from</source>
        <translation>Keine Punkte ab</translation>
    </message>
    <message>
        <source>A promoter from</source>
        <translation>Ein Förderer ab</translation>
    </message>
    <message>
        <source>A detractor up to</source>
        <translation>Ein Kritiker bis</translation>
    </message>
    <message>
        <source>Healthy from</source>
        <translation>Gesund ab</translation>
    </message>
    <message>
        <source>At risk below</source>
        <translation>Gefährdet unter</translation>
    </message>
    <message>
        <source>%1: a whole number from %2 to %3; by default %4</source>
        <translation>%1: eine ganze Zahl von %2 bis %3; Standard: %4</translation>
    </message>
    <message>
        <source>The tasks each stage&apos;s owner gets on a customer&apos;s entry, one step a line: DAYS:KIND:TITLE (due DAYS after the entry), or every DAYS:KIND:TITLE for one that comes back DAYS after it was done. KIND is the touchpoint it records when done.</source>
        <translation>Die Aufgaben, die der Betreuer jeder Phase beim Eintritt eines Kunden erhält, ein Schritt pro Zeile: DAYS:KIND:TITLE (fällig DAYS Tage nach dem Eintritt) oder every DAYS:KIND:TITLE für einen Schritt, der DAYS Tage nach seiner Erledigung wiederkommt. KIND ist der Kontaktpunkt, den er bei Erledigung erfasst.</translation>
    </message>
    <message>
        <source>A playbook makes a task when something happens, once per event: WHEN -&gt; DAYS:KIND:TITLE for owner|manager. WHEN is entered STAGE, at_risk, survey&lt;=N, survey&gt;=N or silent&gt;=DAYS. Empty switches a playbook off.</source>
        <translation>Ein Playbook erzeugt eine Aufgabe, wenn etwas geschieht, einmal pro Ereignis: WHEN -&gt; DAYS:KIND:TITLE for owner|manager. WHEN ist entered STAGE, at_risk, survey&lt;=N, survey&gt;=N oder silent&gt;=DAYS. Leer schaltet ein Playbook aus.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>off; by default: %1</source>
        <translation>aus; Standard: %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>A retention or advocacy customer is at risk on the dashboards after a ticket surge, a low CSAT rating or a silence, as these thresholds say.</source>
        <translation>Ein Kunde in Kundenbindung oder Fürsprache gilt auf den Dashboards als gefährdet nach einer Häufung von Tickets, einer niedrigen CSAT-Bewertung oder einer Funkstille, wie es diese Schwellen sagen.</translation>
    </message>
    <message>
        <source>A ticket surge</source>
        <translation>Eine Häufung von Tickets</translation>
    </message>
    <message>
        <source>A low CSAT rating</source>
        <translation>Eine niedrige CSAT-Bewertung</translation>
    </message>
    <message>
        <source>No touch</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Rated below</source>
        <translation>Bewertet unter</translation>
    </message>
    <message>
        <source>For more than (days)</source>
        <translation>Länger als (Tage)</translation>
    </message>
</context>
<context>
    <name>fd::SettingsPreview</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Show &amp;customers</source>
        <translation>&amp;Kunden anzeigen</translation>
    </message>
    <message>
        <source>Open the customers of the selected row in the window&apos;s Customers list</source>
        <translation>Die Kunden der ausgewählten Zeile in der Kundenliste des Fensters öffnen</translation>
    </message>
    <message>
        <source>Counting what these values would change…</source>
        <translation>Es wird gezählt, was diese Werte ändern würden…</translation>
    </message>
    <message>
        <source>Return or a double click opens these customers</source>
        <translation>Eingabetaste oder Doppelklick öffnet diese Kunden</translation>
    </message>
    <message>
        <source>what-if, %1 → %2</source>
        <translation>Was-wäre-wenn, %1 → %2</translation>
    </message>
</context>
<context>
    <name>fd::ShortcutSheet</name>
    <message>
        <source>Clear the search, then close a drill-down</source>
        <translation>Die Suche leeren, dann eine Detailansicht schließen</translation>
    </message>
    <message>
        <source>Move between the search, the list and the detail pane</source>
        <translation>Zwischen Suche, Liste und Detailbereich wechseln</translation>
    </message>
    <message>
        <source>Log a touchpoint with the customer shown (Customers)</source>
        <translation>Einen Kontaktpunkt mit dem angezeigten Kunden erfassen (Kunden)</translation>
    </message>
    <message>
        <source>Insert a canned reply (in the reply box)</source>
        <translation>Einen Textbaustein einfügen (im Antwortfeld)</translation>
    </message>
    <message>
        <source>Send the reply; save the form of a dialog</source>
        <translation>Die Antwort senden; das Formular eines Dialogs speichern</translation>
    </message>
    <message>
        <source>Edit the customer shown (Customers)</source>
        <translation>Den angezeigten Kunden bearbeiten (Kunden)</translation>
    </message>
    <message>
        <source>Mark the selected task done (My tasks)</source>
        <translation>Die gewählte Aufgabe als erledigt markieren (Meine Aufgaben)</translation>
    </message>
    <message>
        <source>Next and previous page of the Settings dialog</source>
        <translation>Nächste und vorige Seite der Einstellungen</translation>
    </message>
</context>
<context>
    <name>fd::Sla</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>pausiert, %1 übrig</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>vor %1 verletzt</translation>
    </message>
    <message>
        <source>%1 yr</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>fd::SlaSweep</name>
    <message>
        <source>a program that gave no name</source>
        <translation>ein Programm, das keinen Namen angab</translation>
    </message>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation>
            <numerusform>Seit %n Minute keine SLA-Verletzung erfasst: „%1“ (%2) hält die Sperre des Durchlaufs. Ein Manager kann diese Sitzung beenden.</numerusform>
            <numerusform>Seit %n Minuten keine SLA-Verletzung erfasst: „%1“ (%2) hält die Sperre des Durchlaufs. Ein Manager kann diese Sitzung beenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2, connected %3) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation>
            <numerusform>Seit %n Minute keine SLA-Verletzung erfasst: „%1“ (%2, verbunden %3) hält die Sperre des Durchlaufs. Ein Manager kann diese Sitzung beenden.</numerusform>
            <numerusform>Seit %n Minuten keine SLA-Verletzung erfasst: „%1“ (%2, verbunden %3) hält die Sperre des Durchlaufs. Ein Manager kann diese Sitzung beenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording SLA breaches</source>
        <translation>SLA-Verletzungen werden erfasst</translation>
    </message>
</context>
<context>
    <name>fd::Stage</name>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Post-sales</source>
        <translation>After-Sales-Support</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Fürsprache</translation>
    </message>
</context>
<context>
    <name>fd::StageEngine</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>holds, moves at the next recompute</source>
        <translation>trifft zu, Verschiebung bei der nächsten Neuberechnung</translation>
    </message>
    <message>
        <source>holds, but the customer has churned: it stays</source>
        <translation>trifft zu, aber der Kunde ist abgewandert: er bleibt</translation>
    </message>
    <message>
        <source>holds, but the customer is pinned: it stays</source>
        <translation>trifft zu, aber der Kunde ist fixiert: er bleibt</translation>
    </message>
    <message>
        <source>holds, but the rules send it back and forth: it stays</source>
        <translation>trifft zu, aber die Regeln schicken ihn hin und her: er bleibt</translation>
    </message>
    <message>
        <source>holds, but %1 is tried first</source>
        <translation>trifft zu, aber %1 wird zuerst geprüft</translation>
    </message>
    <message>
        <source>holds, but the customer has no stage yet at this moment: it stays</source>
        <translation>trifft zu, aber der Kunde hat zu diesem Zeitpunkt noch keine Phase: er bleibt</translation>
    </message>
    <message>
        <source>The customer has churned: no rule moves it while its status is churned.</source>
        <translation>Der Kunde ist abgewandert: Keine Regel verschiebt ihn, solange sein Status abgewandert ist.</translation>
    </message>
    <message>
        <source>The customer is pinned: no rule moves it until it is unpinned.</source>
        <translation>Der Kunde ist fixiert: Keine Regel verschiebt ihn, bis die Fixierung gelöst wird.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rules %1 and %2</source>
        <translation>Regeln %1 und %2</translation>
    </message>
    <message>
        <source>%1 was left in %2: %3 send it back and forth; change one of them.</source>
        <translation>%1 blieb in %2: %3 schicken ihn hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 would be left in %2: %3 send it back and forth; change one of them.</source>
        <translation>%1 würde in %2 bleiben: %3 schicken ihn hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>1 customer was left where it was: %1 send it back and forth; change one of them.</source>
        <translation>1 Kunde blieb, wo er war: %1 schicken ihn hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>1 customer would be left where it is: %1 send it back and forth; change one of them.</source>
        <translation>1 Kunde würde bleiben, wo er ist: %1 schicken ihn hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 customers were left where they were: %2 send them back and forth; change one of them.</source>
        <translation>%1 Kunden blieben, wo sie waren: %2 schicken sie hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>%1 customers would be left where they are: %2 send them back and forth; change one of them.</source>
        <translation>%1 Kunden würden bleiben, wo sie sind: %2 schicken sie hin und her; ändern Sie eine davon.</translation>
    </message>
    <message>
        <source>Stages cannot be evaluated as of %1, which is after now (%2).</source>
        <translation>Phasen können nicht zum Stand %1 ausgewertet werden, der nach jetzt (%2) liegt.</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>A manual move needs a reason.</source>
        <translation>Eine manuelle Verschiebung braucht einen Grund.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>A manual move needs the agent who makes it.</source>
        <translation>Eine manuelle Verschiebung braucht den Agenten, der sie vornimmt.</translation>
    </message>
    <message>
        <source>%1 → %2 by %3: %4</source>
        <translation>%1 → %2 durch %3: %4</translation>
    </message>
    <message>
        <source>Another session moved customer %1 while this move was being made; nothing was changed: look at the customer again, then move it.</source>
        <translation>Eine andere Sitzung hat Kunde %1 verschoben, während diese Verschiebung lief; nichts wurde geändert: Sehen Sie sich den Kunden erneut an und verschieben Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>fd::StageRuleSettings</name>
    <message>
        <source>a stage rule parameter</source>
        <translation>ein Parameter der Phasenregeln</translation>
    </message>
</context>
<context>
    <name>fd::StageTargetSettings</name>
    <message>
        <source>a stage target</source>
        <translation>ein Phasenziel</translation>
    </message>
    <message>
        <source>%1.stuck_days (%2) must not be less than %1.behind_days (%3).</source>
        <translation>%1.stuck_days (%2) darf nicht kleiner sein als %1.behind_days (%3).</translation>
    </message>
    <message>
        <source>The saved stage targets are invalid: %1</source>
        <translation>Die gespeicherten Phasenziele sind ungültig: %1</translation>
    </message>
</context>
<context>
    <name>fd::SuccessPlanSettings</name>
    <message>
        <source>The plan step “%1” is not of the form DAYS:KIND:TITLE or every DAYS:KIND:TITLE, e.g. 3:phone:Kickoff call.</source>
        <translation>Der Planschritt „%1“ hat nicht die Form DAYS:KIND:TITLE oder every DAYS:KIND:TITLE, z. B. 3:phone:Kickoff-Gespräch.</translation>
    </message>
    <message>
        <source>The plan step “%1” needs its days as a whole number from %2 to %3.</source>
        <translation>Der Planschritt „%1“ braucht seine Tage als ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>The plan step “%1” names “%2”, which is not a touchpoint kind; choose none or %3.</source>
        <translation>Der Planschritt „%1“ nennt „%2“, das keine Kontaktpunktart ist; wählen Sie none oder %3.</translation>
    </message>
    <message>
        <source>The plan step “%1” needs a title.</source>
        <translation>Der Planschritt „%1“ braucht einen Titel.</translation>
    </message>
    <message>
        <source>The plan step “%1” has a title of %2 characters; at most %3 fit.</source>
        <translation>Der Planschritt „%1“ hat einen Titel mit %2 Zeichen; höchstens %3 passen.</translation>
    </message>
    <message>
        <source>plan step&apos;s title</source>
        <translation>Titel des Planschritts</translation>
    </message>
    <message>
        <source>The step “%1” is given twice; a plan makes each of its steps once.</source>
        <translation>Der Schritt „%1“ ist zweimal angegeben; ein Plan erzeugt jeden seiner Schritte einmal.</translation>
    </message>
    <message>
        <source>The saved success plan of %1 is invalid: %2</source>
        <translation>Der gespeicherte Erfolgsplan von %1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>fd::Tasks</name>
    <message>
        <source>Task %1 does not exist.</source>
        <translation>Aufgabe %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Task %1 was done already on %2.</source>
        <translation>Aufgabe %1 wurde bereits am %2 erledigt.</translation>
    </message>
    <message>
        <source>Task %1 was done meanwhile by another session; nothing was recorded.</source>
        <translation>Aufgabe %1 wurde inzwischen von einer anderen Sitzung erledigt; nichts wurde erfasst.</translation>
    </message>
</context>
<context>
    <name>fd::TasksView</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Records the task&apos;s touchpoint for its customer (Ctrl+Return)</source>
        <translation>Erfasst den Kontaktpunkt der Aufgabe für ihren Kunden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Shows the task&apos;s customer (Return)</source>
        <translation>Zeigt den Kunden der Aufgabe (Eingabetaste)</translation>
    </message>
    <message>
        <source>The open tasks of %1, due this week or late.</source>
        <translation>Die offenen Aufgaben von %1, diese Woche fällig oder überfällig.</translation>
    </message>
    <message>
        <source>Everyone&apos;s open tasks, due this week or late. Choose who you are (Me… above the tickets) to see only yours.</source>
        <translation>Die offenen Aufgaben aller, diese Woche fällig oder überfällig. Wählen Sie, wer Sie sind (Ich… über den Tickets), um nur Ihre zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n Tag überfällig)</numerusform>
            <numerusform>%1 (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>to mark tasks done</source>
        <translation>um Aufgaben als erledigt zu markieren</translation>
    </message>
    <message>
        <source>Done: %1 for %2; its touchpoint is recorded.</source>
        <translation>Erledigt: %1 für %2; der Kontaktpunkt ist erfasst.</translation>
    </message>
    <message>
        <source>Done: %1 for %2.</source>
        <translation>Erledigt: %1 für %2.</translation>
    </message>
</context>
<context>
    <name>fd::Team</name>
    <message>
        <source>Teams are a server feature; “%1” is a FunnelDesk file, where agents have no logins.</source>
        <translation>Teams sind eine Serverfunktion; „%1“ ist eine FunnelDesk-Datei, in der Agenten keine Logins haben.</translation>
    </message>
    <message>
        <source>The login is empty; give the name the person signs in to the server with.</source>
        <translation>Das Login ist leer; geben Sie den Namen an, mit dem sich die Person am Server anmeldet.</translation>
    </message>
    <message>
        <source>The login “%1” cannot be a login here: PostgreSQL keeps names that start with pg_ and FunnelDesk those that start with funneldesk_, and a name has at most 63 bytes.</source>
        <translation>„%1“ kann hier kein Login sein: PostgreSQL reserviert Namen, die mit pg_ beginnen, und FunnelDesk solche, die mit funneldesk_ beginnen, und ein Name hat höchstens 63 Byte.</translation>
    </message>
    <message>
        <source>The name is empty; give the agent&apos;s name as the team knows it.</source>
        <translation>Der Name ist leer; geben Sie den Namen des Agenten an, wie das Team ihn kennt.</translation>
    </message>
    <message>
        <source>agent name</source>
        <translation>Agentenname</translation>
    </message>
    <message>
        <source>The name “%1” is digits only, which reads as an agent&apos;s id; give a name.</source>
        <translation>Der Name „%1“ besteht nur aus Ziffern und wird als ID eines Agenten gelesen; geben Sie einen Namen an.</translation>
    </message>
    <message>
        <source>No agent was named%1; give the id or the name of the agent that gets the login.</source>
        <translation>Es wurde kein Agent genannt%1; geben Sie die ID oder den Namen des Agenten an, der das Login erhält.</translation>
    </message>
</context>
<context>
    <name>fd::TeamSettings</name>
    <message>
        <source>“%1” is not an SLA target; the targets are sla.PRIORITY.first_response_hours and sla.PRIORITY.resolution_hours for PRIORITY %2.</source>
        <translation>„%1“ ist kein SLA-Ziel; die Ziele sind sla.PRIORITY.first_response_hours und sla.PRIORITY.resolution_hours für PRIORITY %2.</translation>
    </message>
    <message>
        <source>“%1” names no stage; the plans are plan.%2.</source>
        <translation>„%1“ nennt keine Phase; die Pläne sind plan.%2.</translation>
    </message>
    <message>
        <source>%1 (%2) must not be more than %3 (%4): a ticket is answered before it is solved.</source>
        <translation>%1 (%2) darf nicht größer sein als %3 (%4): Ein Ticket wird beantwortet, bevor es gelöst wird.</translation>
    </message>
    <message>
        <source>“%1” is not a setting%2; the settings begin with stage_rule., stage_target., at_risk., health., sla., plan. or playbook.</source>
        <translation>„%1“ ist keine Einstellung%2; die Einstellungen beginnen mit stage_rule., stage_target., at_risk., health., sla., plan. oder playbook.</translation>
    </message>
</context>
<context>
    <name>fd::TicketCommentRepository</name>
    <message>
        <source>A reply or note needs some text.</source>
        <translation>Eine Antwort oder Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>A reply or note needs the time it was written.</source>
        <translation>Eine Antwort oder Notiz braucht den Zeitpunkt, zu dem sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>Es gibt kein Ticket mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>fd::TicketDetail</name>
    <message>
        <source>Show this customer</source>
        <translation>Diesen Kunden anzeigen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Bearbeiter</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Write a reply… (Ctrl+Space: canned replies, Ctrl+Return: send)</source>
        <translation>Antwort schreiben… (Strg+Leertaste: Textbausteine, Strg+Eingabe: senden)</translation>
    </message>
    <message>
        <source>&amp;Public reply</source>
        <translation>Ö&amp;ffentliche Antwort</translation>
    </message>
    <message>
        <source>&amp;Internal note</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <source>Canned reply…</source>
        <translation>Textbaustein…</translation>
    </message>
    <message>
        <source>Insert a saved reply (Ctrl+Space)</source>
        <translation>Eine gespeicherte Antwort einfügen (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Opened %1 by %2 · first response %3</source>
        <translation>Eröffnet am %1 per %2 · Erstreaktion %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b style=&apos;color:%3&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erstreaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1: target %2 h, due %3</source>
        <translation>%1: Ziel %2 h, fällig %3</translation>
    </message>
    <message>
        <source>, breached %1</source>
        <translation>, verletzt %1</translation>
    </message>
    <message>
        <source>Paused since %1</source>
        <translation>Pausiert seit %1</translation>
    </message>
    <message>
        <source>Close and discard the reply not sent on ticket %1?</source>
        <translation>Schließen und die nicht gesendete Antwort zu Ticket %1 verwerfen?</translation>
    </message>
    <message>
        <source>Close and discard the replies not sent on tickets %1?</source>
        <translation>Schließen und die nicht gesendeten Antworten zu den Tickets %1 verwerfen?</translation>
    </message>
    <message>
        <source>A reply is sent from its ticket, with Send.</source>
        <translation>Eine Antwort wird aus ihrem Ticket mit Senden verschickt.</translation>
    </message>
    <message>
        <source>to sign this note</source>
        <translation>um diese Notiz zu signieren</translation>
    </message>
    <message>
        <source>to sign this reply</source>
        <translation>um diese Antwort zu signieren</translation>
    </message>
    <message>
        <source>Note added to ticket #%1.</source>
        <translation>Notiz zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Reply sent on ticket #%1.</source>
        <translation>Antwort zu Ticket #%1 gesendet.</translation>
    </message>
    <message>
        <source>to fill {agent.name} in this reply</source>
        <translation>um {agent.name} in dieser Antwort auszufüllen</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>Ebenfalls geöffnet von: %1</translation>
    </message>
    <message>
        <source>Others have this ticket open now: before you reply, check that they are not answering it too.</source>
        <translation>Andere haben dieses Ticket gerade geöffnet: Prüfen Sie vor Ihrer Antwort, dass sie es nicht ebenfalls beantworten.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>fd::TicketRepository</name>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>Es gibt kein Ticket mit der ID %1.</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>A ticket stays with its customer; create a new ticket for another customer.</source>
        <translation>Ein Ticket bleibt bei seinem Kunden; legen Sie für einen anderen Kunden ein neues Ticket an.</translation>
    </message>
</context>
<context>
    <name>fd::TicketStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>fd::TicketTableModel</name>
    <message>
        <source>All tickets sort by creation time only; choose a queue or search to sort by another column.</source>
        <translation>„Alle Tickets“ wird nur nach Erstellungszeit sortiert; wählen Sie eine Warteschlange oder suchen Sie, um nach einer anderen Spalte zu sortieren.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>First response: %1
Resolution: %2</source>
        <translation>Erstreaktion: %1
Lösung: %2</translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>fd::TicketsView</name>
    <message>
        <source>My open</source>
        <translation>Meine offenen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>Search subjects and descriptions, or #number</source>
        <translation>Betreff und Beschreibung durchsuchen oder #Nummer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Who you are: your queue, and the name on your replies</source>
        <translation>Wer Sie sind: Ihre Warteschlange und der Name unter Ihren Antworten</translation>
    </message>
    <message>
        <source>Me:</source>
        <translation>Ich:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Show the whole queue</source>
        <translation>Die ganze Warteschlange anzeigen</translation>
    </message>
    <message>
        <source>“My open” lists the tickets assigned to you, and FunnelDesk does not know yet who you are in this file.</source>
        <translation>„Meine offenen“ listet die Ihnen zugewiesenen Tickets, und FunnelDesk weiß in dieser Datei noch nicht, wer Sie sind.</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Wählen, wer Sie sind…</translation>
    </message>
    <message>
        <source>to list the tickets assigned to you</source>
        <translation>um die Ihnen zugewiesenen Tickets aufzulisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s): %1</source>
        <translation>
            <numerusform>%Ln Ticket: %1</numerusform>
            <numerusform>%Ln Tickets: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add me…</source>
        <translation>Mich hinzufügen…</translation>
    </message>
    <message>
        <source>Signed in as “%1”: on a server, you are the agent of your login</source>
        <translation>Angemeldet als „%1“: Auf einem Server sind Sie der Agent Ihres Logins</translation>
    </message>
    <message>
        <source>to list your tickets and sign your replies</source>
        <translation>um Ihre Tickets aufzulisten und Ihre Antworten zu signieren</translation>
    </message>
    <message>
        <source>No ticket matches “%1”.</source>
        <translation>Kein Ticket passt zu „%1“.</translation>
    </message>
    <message>
        <source>Escape clears the search.</source>
        <translation>Escape leert die Suche.</translation>
    </message>
    <message>
        <source>No ticket in this list.</source>
        <translation>Kein Ticket in dieser Liste.</translation>
    </message>
    <message>
        <source>No ticket in this queue.</source>
        <translation>Kein Ticket in dieser Warteschlange.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>newest %1 matches</source>
        <translation>neueste %1 Treffer</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Tickets suchen</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>fd::TouchpointKind</name>
    <message>
        <source>Self-service</source>
        <translation>Self-Service</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Success review</source>
        <translation>Erfolgsreview</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Anwendergruppe</translation>
    </message>
    <message>
        <source>Community forum</source>
        <translation>Community-Forum</translation>
    </message>
    <message>
        <source>Testimonial</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>User conference</source>
        <translation>Anwenderkonferenz</translation>
    </message>
    <message>
        <source>Product update</source>
        <translation>Produkt-Update</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>fd::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Die Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>%1 Keep editing to copy what you typed elsewhere first.</source>
        <translation>%1 Mit Weiter bearbeiten können Sie Ihre Eingabe zuerst anderswo hin kopieren.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>If you discard them, what you typed is lost.</source>
        <translation>Wenn Sie sie verwerfen, ist Ihre Eingabe verloren.</translation>
    </message>
    <message>
        <source>%1 Cancel goes back to finish it.</source>
        <translation>%1 Mit Abbrechen kehren Sie zurück, um sie abzuschließen.</translation>
    </message>
</context>
<context>
    <name>fd::Validation</name>
    <message>
        <source>The %1 “%2” holds an invisible character (U+%3); type the address again without it.</source>
        <translation>%1 „%2“ enthält ein unsichtbares Zeichen (U+%3); geben Sie die Adresse ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not an email address: write it as name@domain, with one @ and no spaces.</source>
        <translation>%1 „%2“ ist keine E-Mail-Adresse: Schreiben Sie sie als name@domain, mit einem @ und ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3; it is one line of text, so type it again without it.</source>
        <translation>%1 enthält ein Steuerzeichen, %2, an Zeichenposition %3; es ist eine Textzeile, geben Sie sie also ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the text is shown in; type it again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, was die Richtung ändert, in der der Text angezeigt wird; geben Sie ihn ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which breaks the line; it is one line of text, so type it again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, was die Zeile umbricht; es ist eine Textzeile, geben Sie sie also ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, an invisible character that makes the text look like another; type it again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, ein unsichtbares Zeichen, durch das der Text wie ein anderer aussieht; geben Sie ihn ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 “%2…” is %3 characters long; a name has at most %4.</source>
        <translation>%1 „%2…“ ist %3 Zeichen lang; ein Name hat höchstens %4.</translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3; type the name again without it.</source>
        <translation>%1 enthält ein Steuerzeichen, %2, an Zeichenposition %3; geben Sie den Namen ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the name is shown in; type the name again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, was die Richtung ändert, in der der Name angezeigt wird; geben Sie den Namen ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which breaks the line; a name is one line, type it again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, was die Zeile umbricht; ein Name ist eine Zeile, geben Sie ihn ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, an invisible character that makes the name look like another; type the name again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, ein unsichtbares Zeichen, durch das der Name wie ein anderer aussieht; geben Sie den Namen ohne es erneut ein.</translation>
    </message>
    <message>
        <source>The %1 holds %2 at character %3, which changes the direction the rest of the line is shown in; write it again without it.</source>
        <translation>%1 enthält %2 an Zeichenposition %3, was die Richtung ändert, in der der Rest der Zeile angezeigt wird; schreiben Sie ihn ohne es erneut.</translation>
    </message>
    <message>
        <source>The %1 holds a control character, %2, at character %3, which a terminal obeys rather than shows; write it again without it.</source>
        <translation>%1 enthält ein Steuerzeichen, %2, an Zeichenposition %3, das ein Terminal ausführt statt anzeigt; schreiben Sie den Text ohne es erneut.</translation>
    </message>
    <message>
        <source>The login “%1” starts with “-”, which a command line reads as an option; start it with a letter or a digit.</source>
        <translation>Das Login „%1“ beginnt mit „-“, was eine Befehlszeile als Option liest; beginnen Sie es mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The login “%1” holds %2 at character %3; a login may hold only the letters a–z and A–Z, digits and . _ - @, so that no login looks like another.</source>
        <translation>Das Login „%1“ enthält %2 an Zeichenposition %3; ein Login darf nur die Buchstaben a–z und A–Z, Ziffern und . _ - @ enthalten, damit kein Login wie ein anderes aussieht.</translation>
    </message>
    <message>
        <source>%1 %2 is in the future; FunnelDesk records what has happened, up to a day ahead of this computer&apos;s clock.</source>
        <translation>%1 %2 liegt in der Zukunft; FunnelDesk erfasst, was geschehen ist, bis zu einen Tag vor der Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>A customer needs a valid first-sale date (since).</source>
        <translation>Ein Kunde braucht ein gültiges Erstkaufdatum (since).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The first sale (since)</source>
        <translation>Der Erstkauf (since)</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Kontaktname</translation>
    </message>
    <message>
        <source>A contact needs the date it was added.</source>
        <translation>Ein Kontakt braucht das Datum, an dem er hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>Kontaktrolle</translation>
    </message>
    <message>
        <source>The contact&apos;s date added</source>
        <translation>Das Hinzufügedatum des Kontakts</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>Ein Ticket braucht einen Betreff.</translation>
    </message>
    <message>
        <source>ticket subject</source>
        <translation>Ticketbetreff</translation>
    </message>
    <message>
        <source>ticket tags</source>
        <translation>Ticket-Tags</translation>
    </message>
    <message>
        <source>ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>ticket description</source>
        <translation>Ticketbeschreibung</translation>
    </message>
    <message>
        <source>A ticket needs the time it was created.</source>
        <translation>Ein Ticket braucht den Zeitpunkt seiner Erstellung.</translation>
    </message>
    <message>
        <source>“%1” is not a channel tickets arrive through; choose %2.</source>
        <translation>„%1“ ist kein Kanal, über den Tickets eintreffen; wählen Sie %2.</translation>
    </message>
    <message>
        <source>CSAT must be between %1 and %2, not %3.</source>
        <translation>CSAT muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>A ticket that is %1 has no solve time; only a solved or closed ticket has one.</source>
        <translation>Ein Ticket im Status %1 hat keine Lösungszeit; nur ein gelöstes oder geschlossenes Ticket hat eine.</translation>
    </message>
    <message>
        <source>A ticket cannot have its first response (%1) before it was created (%2).</source>
        <translation>Ein Ticket kann seine Erstreaktion (%1) nicht vor seiner Erstellung (%2) haben.</translation>
    </message>
    <message>
        <source>A ticket cannot be solved (%1) before it was created (%2).</source>
        <translation>Ein Ticket kann nicht gelöst werden (%1), bevor es erstellt wurde (%2).</translation>
    </message>
    <message>
        <source>The ticket&apos;s creation time</source>
        <translation>Die Erstellungszeit des Tickets</translation>
    </message>
    <message>
        <source>The ticket&apos;s first response</source>
        <translation>Die Erstreaktion des Tickets</translation>
    </message>
    <message>
        <source>The ticket&apos;s solve time</source>
        <translation>Die Lösungszeit des Tickets</translation>
    </message>
    <message>
        <source>A touchpoint needs the time it happened.</source>
        <translation>Ein Kontaktpunkt braucht den Zeitpunkt, zu dem er stattfand.</translation>
    </message>
    <message>
        <source>A survey score must be between %1 and %2, not %3.</source>
        <translation>Ein Umfragewert muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>touchpoint summary</source>
        <translation>Zusammenfassung des Kontaktpunkts</translation>
    </message>
    <message>
        <source>The touchpoint&apos;s time</source>
        <translation>Der Zeitpunkt des Kontaktpunkts</translation>
    </message>
    <message>
        <source>An agent needs a name.</source>
        <translation>Ein Agent braucht einen Namen.</translation>
    </message>
    <message>
        <source>agent name</source>
        <translation>Agentenname</translation>
    </message>
    <message>
        <source>An agent cannot be named “%1”, only digits: a number alone names the agent with that number; add a letter.</source>
        <translation>Ein Agent kann nicht „%1“ heißen, nur Ziffern: Eine Zahl allein bezeichnet den Agenten mit dieser Nummer; fügen Sie einen Buchstaben hinzu.</translation>
    </message>
    <message>
        <source>agent email</source>
        <translation>Agenten-E-Mail</translation>
    </message>
</context>
<context>
    <name>fd::WelcomeDialog</name>
    <message>
        <source>Welcome to FunnelDesk</source>
        <translation>Willkommen bei FunnelDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to FunnelDesk&lt;/h2&gt;&lt;p&gt;Your customers, tickets and touchpoints live in one file on this computer. Start a new one, open one you have, or look around in demo data first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei FunnelDesk&lt;/h2&gt;&lt;p&gt;Ihre Kunden, Tickets und Kontaktpunkte liegen in einer Datei auf diesem Rechner. Legen Sie eine neue an, öffnen Sie eine vorhandene oder sehen Sie sich zuerst in Demodaten um.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create a new database…</source>
        <translation>Neue Datenbank &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;demo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>2,000 customers with two years of tickets and touchpoints, in %1</source>
        <translation>2.000 Kunden mit zwei Jahren Tickets und Kontaktpunkten, in %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create a FunnelDesk database</source>
        <translation>Eine FunnelDesk-Datenbank anlegen</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite)</source>
        <translation>FunnelDesk-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists; choose “Open a database” to open it.</source>
        <translation>„%1“ existiert bereits; wählen Sie „Datenbank öffnen“, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Open a FunnelDesk database</source>
        <translation>Eine FunnelDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Making the demo data…</source>
        <translation>Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Making the demo data</source>
        <translation>Demodaten werden erzeugt</translation>
    </message>
    <message>
        <source>FunnelDesk databases (*.sqlite *.db *.funneldesk);;All files (*)</source>
        <translation>FunnelDesk-Datenbanken (*.sqlite *.db *.funneldesk);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fd::Written</name>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 von %2 nach %3 verschoben</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
</context>
<context>
    <name>fd::cli::CliContext</name>
    <message>
        <source>--%1 needs an id (a positive whole number), not “%2”.</source>
        <translation>--%1 braucht eine ID (eine positive ganze Zahl), nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 braucht ein Datum als YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>Note: --%1 “%2” falls in the hour the clocks skip when they spring forward; it was read as %3, as the clock reads then.</source>
        <translation>Hinweis: --%1 „%2“ fällt in die Stunde, die die Uhr beim Vorstellen überspringt; es wurde als %3 gelesen, wie die Uhr dann anzeigt.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not “%3”.</source>
        <translation>--%1 muss eines von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>add customer needs --name.</source>
        <translation>add customer braucht --name.</translation>
    </message>
    <message>
        <source>add contact needs --customer ID and --name.</source>
        <translation>add contact braucht --customer ID und --name.</translation>
    </message>
    <message>
        <source>add ticket needs --customer ID and --subject TEXT.</source>
        <translation>add ticket braucht --customer ID und --subject TEXT.</translation>
    </message>
    <message>
        <source>add touchpoint needs --customer ID and --kind KIND.</source>
        <translation>add touchpoint braucht --customer ID und --kind KIND.</translation>
    </message>
    <message>
        <source>add agent needs --name.</source>
        <translation>add agent braucht --name.</translation>
    </message>
    <message>
        <source>Adding an agent</source>
        <translation>Das Hinzufügen eines Agenten</translation>
    </message>
    <message>
        <source>customer, contact, ticket, touchpoint or agent</source>
        <translation>customer, contact, ticket, touchpoint oder agent</translation>
    </message>
    <message>
        <source>Customer name.</source>
        <translation>Name des Kunden.</translation>
    </message>
    <message>
        <source>Primary email.</source>
        <translation>Primäre E-Mail.</translation>
    </message>
    <message>
        <source>Company or account.</source>
        <translation>Firma oder Konto.</translation>
    </message>
    <message>
        <source>Plan or tier.</source>
        <translation>Tarif oder Stufe.</translation>
    </message>
    <message>
        <source>Date of first sale (default today).</source>
        <translation>Datum des Erstkaufs (Standard: heute).</translation>
    </message>
    <message>
        <source>Owning agent: id, name or email.</source>
        <translation>Betreuender Agent: ID, Name oder E-Mail.</translation>
    </message>
    <message>
        <source>Customer id.</source>
        <translation>Kunden-ID.</translation>
    </message>
    <message>
        <source>Contact name.</source>
        <translation>Name des Kontakts.</translation>
    </message>
    <message>
        <source>Email.</source>
        <translation>E-Mail.</translation>
    </message>
    <message>
        <source>Phone.</source>
        <translation>Telefon.</translation>
    </message>
    <message>
        <source>Role at the customer.</source>
        <translation>Rolle beim Kunden.</translation>
    </message>
    <message>
        <source>Date the contact was added (default today).</source>
        <translation>Datum, an dem der Kontakt hinzugefügt wurde (Standard: heute).</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Betreffzeile.</translation>
    </message>
    <message>
        <source>Description.</source>
        <translation>Beschreibung.</translation>
    </message>
    <message>
        <source>Creation time (default now).</source>
        <translation>Erstellungszeit (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Solve time, for a solved or closed ticket (without --status it makes the ticket solved).</source>
        <translation>Lösungszeit, für ein gelöstes oder geschlossenes Ticket (ohne --status wird das Ticket damit gelöst).</translation>
    </message>
    <message>
        <source>Satisfaction 1-5.</source>
        <translation>Zufriedenheit 1–5.</translation>
    </message>
    <message>
        <source>Assigned agent: id, name or email.</source>
        <translation>Zugewiesener Agent: ID, Name oder E-Mail.</translation>
    </message>
    <message>
        <source>When it happened (default now).</source>
        <translation>Wann es geschah (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Survey score 0-10.</source>
        <translation>Umfragewert 0–10.</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>Zusammenfassung.</translation>
    </message>
    <message>
        <source>Agent: id, name or email.</source>
        <translation>Agent: ID, Name oder E-Mail.</translation>
    </message>
    <message>
        <source>Agent name.</source>
        <translation>Name des Agenten.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli add customer|contact|ticket|touchpoint|agent [options]; see funneldesk-cli add WHAT --help.</source>
        <translation>Aufruf: funneldesk-cli add customer|contact|ticket|touchpoint|agent [Optionen]; siehe funneldesk-cli add WHAT --help.</translation>
    </message>
    <message>
        <source>add needs what to add: customer, contact, ticket, touchpoint or agent.</source>
        <translation>add braucht, was hinzugefügt werden soll: customer, contact, ticket, touchpoint oder agent.</translation>
    </message>
    <message>
        <source>Cannot add “%1”: choose customer, contact, ticket, touchpoint or agent.</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Wählen Sie customer, contact, ticket, touchpoint oder agent.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Only this customer&apos;s entries (its tickets, contacts, touchpoints and replies too).</source>
        <translation>Nur die Einträge dieses Kunden (auch seine Tickets, Kontakte, Kontaktpunkte und Antworten).</translation>
    </message>
    <message>
        <source>Only this ticket&apos;s entries (its replies and touchpoints too).</source>
        <translation>Nur die Einträge dieses Tickets (auch seine Antworten und Kontaktpunkte).</translation>
    </message>
    <message>
        <source>From this day on (local).</source>
        <translation>Ab diesem Tag (Ortszeit).</translation>
    </message>
    <message>
        <source>Up to and including this day (local).</source>
        <translation>Bis einschließlich dieses Tages (Ortszeit).</translation>
    </message>
    <message>
        <source>csv (default), json, or table: for people, with labels, agent names and local times (csv and json keep the stored values).</source>
        <translation>csv (Standard), json oder table: für Menschen, mit Beschriftungen, Agentennamen und Ortszeiten (csv und json behalten die gespeicherten Werte).</translation>
    </message>
    <message>
        <source>audit takes no arguments besides its options (“%1” is one too many).</source>
        <translation>audit nimmt außer seinen Optionen keine Argumente („%1“ ist eines zu viel).</translation>
    </message>
    <message>
        <source>audit takes --customer or --ticket, not both.</source>
        <translation>audit nimmt --customer oder --ticket, nicht beides.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation>--from braucht ein Datum als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation>--to braucht ein Datum als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to darf nicht vor --from liegen.</translation>
    </message>
    <message>
        <source>--format must be csv, json or table.</source>
        <translation>--format muss csv, json oder table sein.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>--%1 is given more than once (“%2” and “%3”); give it once.</source>
        <translation>--%1 ist mehr als einmal angegeben („%2“ und „%3“); geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli %1</source>
        <translation>Aufruf: funneldesk-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>%1 The changes to “%2” were saved.</source>
        <translation>%1 Die Änderungen an „%2“ wurden gespeichert.</translation>
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
        <translation>Exit-Codes:
  0  Erfolg.
  1  die Daten lehnen einen wohlgeformten Wert ab: eine ungültige oder doppelte
     E-Mail, ein unbekannter Agent oder Kunde, ein Datum mehr als einen Tag in der
     Zukunft, eine Lösungszeit bei einem offenen Ticket; oder die Datei ist nicht
     verwendbar.
  2  Aufruf: die Befehlszeile kann nicht gelesen werden oder nennt einen Wert
     außerhalb einer festen Liste oder eines Bereichs (ein nicht aufgeführter
     --status, --priority, --channel oder --kind, --csat außerhalb 1-5, --score
     außerhalb 0-10, ein nicht lesbares Datum).
  Bei 1 oder 2 sagt ein Satz auf stderr, was schiefging, und nichts wird
  geschrieben; die einzige Ausnahme, eine fehlschlagende Standardausgabe nach
  einer gespeicherten Änderung, sagt das.
</translation>
    </message>
    <message>
        <source>Try “funneldesk-cli --help”.</source>
        <translation>Versuchen Sie „funneldesk-cli --help“.</translation>
    </message>
    <message>
        <source>--stage must be one of %1.</source>
        <translation>--stage muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>Only customers now in this stage (for transitions: moves into it).</source>
        <translation>Nur Kunden, die jetzt in dieser Phase sind (bei transitions: Verschiebungen in sie hinein).</translation>
    </message>
    <message>
        <source>From this day on (customers: first sale; tickets: created; touchpoints and transitions: when).</source>
        <translation>Ab diesem Tag (Kunden: Erstkauf; Tickets: erstellt; Kontaktpunkte und Phasenwechsel: Zeitpunkt).</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Bis einschließlich dieses Tages.</translation>
    </message>
    <message>
        <source>The CSV file, or - for standard output (default).</source>
        <translation>Die CSV-Datei oder - für die Standardausgabe (Standard).</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation>Mit einer UTF-8-Byte-Order-Mark beginnen (für Excel).</translation>
    </message>
    <message>
        <source>export needs what to export: customers, tickets, touchpoints or transitions.</source>
        <translation>export braucht, was exportiert werden soll: customers, tickets, touchpoints oder transitions.</translation>
    </message>
    <message>
        <source>Cannot export “%1”: choose customers, tickets, touchpoints or transitions.</source>
        <translation>„%1“ kann nicht exportiert werden: Wählen Sie customers, tickets, touchpoints oder transitions.</translation>
    </message>
    <message>
        <source>--out needs a file name, or - for standard output.</source>
        <translation>--out braucht einen Dateinamen oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Number of customers, 1 to %1 (default %2, or in proportion to --tickets or --touchpoints).</source>
        <translation>Anzahl der Kunden, 1 bis %1 (Standard %2, oder im Verhältnis zu --tickets oder --touchpoints).</translation>
    </message>
    <message>
        <source>Number of tickets, up to %1 (default %2 per customer).</source>
        <translation>Anzahl der Tickets, bis zu %1 (Standard %2 pro Kunde).</translation>
    </message>
    <message>
        <source>Number of touchpoints, the one each ticket records included, up to %1 (default %2 per ticket).</source>
        <translation>Anzahl der Kontaktpunkte, einschließlich des einen, den jedes Ticket erfasst, bis zu %1 (Standard %2 pro Ticket).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data.</source>
        <translation>Zufallsstartwert: Derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>Show the rows generated so far on stderr (the default when it is a terminal).</source>
        <translation>Die bisher erzeugten Zeilen auf stderr anzeigen (Standard, wenn es ein Terminal ist).</translation>
    </message>
    <message>
        <source>generate takes no arguments besides its options.</source>
        <translation>generate nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not “%2”.</source>
        <translation>%1 braucht eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not “%1”.</source>
        <translation>--seed braucht eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist; create it first or choose another path.</source>
        <translation>„%1“ kann nicht angelegt werden: Der Ordner „%2“ existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: its folder is not writable for you; choose a folder you can write to.</source>
        <translation>„%1“ kann nicht angelegt werden: Sie dürfen nicht in seinen Ordner schreiben; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Das Erzeugen von Demodaten</translation>
    </message>
    <message>
        <source>Generating: %1% (%2 of %3 rows)</source>
        <translation>Erzeugen: %1 % (%2 von %3 Zeilen)</translation>
    </message>
    <message>
        <source>Generating: 100%, every row written; building the indexes and saving…</source>
        <translation>Erzeugen: 100 %, jede Zeile geschrieben; Indizes werden aufgebaut und gespeichert…</translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>Das Erzeugen wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: another file of that name appeared while generating.</source>
        <translation>„%1“ kann nicht angelegt werden: Während des Erzeugens ist eine andere Datei dieses Namens entstanden.</translation>
    </message>
    <message>
        <source>Generated %1 customers, %2 tickets and %3 touchpoints in %4 s.</source>
        <translation>%1 Kunden, %2 Tickets und %3 Kontaktpunkte in %4 s erzeugt.</translation>
    </message>
    <message>
        <source>Healthy %1, Watch %2, At risk %3.</source>
        <translation>Gesund %1, Beobachten %2, Gefährdet %3.</translation>
    </message>
    <message>
        <source>Report what a real run does, write nothing.</source>
        <translation>Berichten, was ein echter Lauf tut, nichts schreiben.</translation>
    </message>
    <message>
        <source>health recompute takes no arguments besides its options.</source>
        <translation>health recompute nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>Scored %1 customers as of %2.</source>
        <translation>%1 Kunden zum Stand %2 bewertet.</translation>
    </message>
    <message>
        <source>No score changed.</source>
        <translation>Kein Score hat sich geändert.</translation>
    </message>
    <message>
        <source>Changed %1 scores; %2 customers changed band:</source>
        <translation>%1 Scores geändert; %2 Kunden haben die Stufe gewechselt:</translation>
    </message>
    <message>
        <source>Would change %1 scores; %2 customers would change band:</source>
        <translation>Würde %1 Scores ändern; %2 Kunden würden die Stufe wechseln:</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>The playbooks of band drops and silences added %1 tasks.</source>
        <translation>Die Playbooks für Stufenabstiege und Stille haben %1 Aufgaben hinzugefügt.</translation>
    </message>
    <message>
        <source>health explain needs one customer id.</source>
        <translation>health explain braucht eine Kunden-ID.</translation>
    </message>
    <message>
        <source>%1 scores %2 now: %3.</source>
        <translation>%1 hat jetzt den Score %2: %3.</translation>
    </message>
    <message>
        <source>The last health recompute stored %1 (%2) on %3.</source>
        <translation>Die letzte Health-Neuberechnung hat am %3 %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>No health recompute has scored it yet.</source>
        <translation>Noch keine Health-Neuberechnung hat ihn bewertet.</translation>
    </message>
    <message>
        <source>A changed weight, window or band edge, e.g. recency.weight=30 or health.recency.weight=30, or a stage target, e.g. stage_target.onboarding.behind_days=20.</source>
        <translation>Ein geändertes Gewicht, Zeitfenster oder eine Stufengrenze, z. B. recency.weight=30 oder health.recency.weight=30, oder ein Phasenziel, z. B. stage_target.onboarding.behind_days=20.</translation>
    </message>
    <message>
        <source>health preview needs one or more --set KEY=VALUE.</source>
        <translation>health preview braucht ein oder mehrere --set KEY=VALUE.</translation>
    </message>
    <message>
        <source>With %1, %2 of %3 customers would change band.</source>
        <translation>Mit %1 würden %2 von %3 Kunden die Stufe wechseln.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Dann: %1</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli health recompute|explain|preview [options]; see funneldesk-cli health WHAT --help.</source>
        <translation>Aufruf: funneldesk-cli health recompute|explain|preview [Optionen]; siehe funneldesk-cli health WHAT --help.</translation>
    </message>
    <message>
        <source>health needs a subcommand: recompute, explain or preview.</source>
        <translation>health braucht einen Unterbefehl: recompute, explain oder preview.</translation>
    </message>
    <message>
        <source>Unknown health subcommand “%1”: choose recompute, explain or preview.</source>
        <translation>Unbekannter health-Unterbefehl „%1“: Wählen Sie recompute, explain oder preview.</translation>
    </message>
    <message>
        <source>Read a field from a column: FIELD=COLUMN, by the column&apos;s header (repeatable); FIELD= leaves the field out, e.g. --map status= .</source>
        <translation>Ein Feld aus einer Spalte lesen: FIELD=COLUMN, nach der Kopfzeile der Spalte (wiederholbar); FIELD= lässt das Feld weg, z. B. --map status= .</translation>
    </message>
    <message>
        <source>Read a cell text as one of a field&apos;s values: FIELD:TEXT=VALUE, e.g. status:Offen=open or priority:Hoch=high (repeatable).</source>
        <translation>Einen Zelltext als einen der Werte eines Feldes lesen: FIELD:TEXT=VALUE, z. B. status:Offen=open oder priority:Hoch=high (wiederholbar).</translation>
    </message>
    <message>
        <source>The date format of every date column in Qt&apos;s letters, e.g. dd/MM/yyyy HH:mm, MM/dd/yy h:mm AP or dd-MMM-yyyy; its date part reads date-only columns; &quot;epoch&quot; for Unix seconds or milliseconds. Without it, formats are detected.</source>
        <translation>Das Datumsformat jeder Datumsspalte in den Buchstaben von Qt, z. B. dd/MM/yyyy HH:mm, MM/dd/yy h:mm AP oder dd-MMM-yyyy; sein Datumsteil liest reine Datumsspalten; &quot;epoch&quot; für Unix-Sekunden oder -Millisekunden. Ohne die Option werden Formate erkannt.</translation>
    </message>
    <message>
        <source>The character between fields, e.g. &apos;;&apos;, &apos;|&apos; or tab, for a file whose delimiter cannot be detected (by default: the file&apos;s sep= line, else detected among , ; tab and |).</source>
        <translation>Das Zeichen zwischen Feldern, z. B. &apos;;&apos;, &apos;|&apos; oder tab, für eine Datei, deren Trennzeichen nicht erkannt werden kann (Standard: die sep=-Zeile der Datei, sonst erkannt unter , ; Tabulator und |).</translation>
    </message>
    <message>
        <source>Check every row and print the summary; write nothing (not the database, not the rejects file).</source>
        <translation>Jede Zeile prüfen und die Zusammenfassung ausgeben; nichts schreiben (weder die Datenbank noch die Ablehnungsdatei).</translation>
    </message>
    <message>
        <source>Import the good rows; write the bad ones to --rejects.</source>
        <translation>Die guten Zeilen importieren; die fehlerhaften nach --rejects schreiben.</translation>
    </message>
    <message>
        <source>Where --skip-invalid writes the rejected rows.</source>
        <translation>Wohin --skip-invalid die abgelehnten Zeilen schreibt.</translation>
    </message>
    <message>
        <source>Show the rows read so far on stderr (the default when it is a terminal).</source>
        <translation>Die bisher gelesenen Zeilen auf stderr anzeigen (Standard, wenn es ein Terminal ist).</translation>
    </message>
    <message>
        <source>import needs what to import and the file, e.g. “import tickets tickets.csv”.</source>
        <translation>import braucht, was importiert werden soll, und die Datei, z. B. „import tickets tickets.csv“.</translation>
    </message>
    <message>
        <source>Cannot import “%1”: choose customers, tickets or touchpoints.</source>
        <translation>„%1“ kann nicht importiert werden: Wählen Sie customers, tickets oder touchpoints.</translation>
    </message>
    <message>
        <source>--skip-invalid and --rejects go together: the rejected rows need a file.</source>
        <translation>--skip-invalid und --rejects gehören zusammen: Die abgelehnten Zeilen brauchen eine Datei.</translation>
    </message>
    <message>
        <source>--delimiter: %1</source>
        <translation>--delimiter: %1</translation>
    </message>
    <message>
        <source>--rejects needs a file name.</source>
        <translation>--rejects braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--rejects needs a file: standard output carries the import&apos;s summary.</source>
        <translation>--rejects braucht eine Datei: Die Standardausgabe trägt die Zusammenfassung des Imports.</translation>
    </message>
    <message>
        <source>the file being imported</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make a scratch folder for the dry run: %1.</source>
        <translation>Für den Probelauf kann kein temporärer Ordner angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Importing, even as a dry run,</source>
        <translation>Ein Import, auch als Probelauf,</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Importing: %1% of the rows read</source>
        <translation>Import: %1 % der Zeilen gelesen</translation>
    </message>
    <message>
        <source>Importing: every row read; applying the stage rules and saving…</source>
        <translation>Import: jede Zeile gelesen; Phasenregeln werden angewendet und gespeichert…</translation>
    </message>
    <message>
        <source>No row of “%1” could be imported: %2%3.</source>
        <translation>Keine Zeile von „%1“ konnte importiert werden: %2%3.</translation>
    </message>
    <message>
        <source>its one row was rejected</source>
        <translation>ihre einzige Zeile wurde abgelehnt</translation>
    </message>
    <message>
        <source>all %1 rows were rejected</source>
        <translation>alle %1 Zeilen wurden abgelehnt</translation>
    </message>
    <message>
        <source>; “%1” says why</source>
        <translation>; „%1“ nennt den Grund</translation>
    </message>
    <message>
        <source>; the first: %1</source>
        <translation>; die erste: %1</translation>
    </message>
    <message>
        <source>The rows were imported, but the rejects file was not: %1</source>
        <translation>Die Zeilen wurden importiert, die Ablehnungsdatei aber nicht: %1</translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and backup works on a FunnelDesk file only; back the server up with its own tools (pg_dump), or make a FunnelDesk file of it with `migrate --to COPY.sqlite`.</source>
        <translation>„%1“ ist ein PostgreSQL-Server, und backup funktioniert nur mit einer FunnelDesk-Datei; sichern Sie den Server mit seinen eigenen Werkzeugen (pg_dump) oder machen Sie mit `migrate --to COPY.sqlite` eine FunnelDesk-Datei daraus.</translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and restore works on a FunnelDesk file only; a server is restored by its administrator from the server&apos;s own backups, and a FunnelDesk file goes into an empty server database with `funneldesk-cli --db FILE.sqlite migrate --to SERVER`.</source>
        <translation>„%1“ ist ein PostgreSQL-Server, und restore funktioniert nur mit einer FunnelDesk-Datei; ein Server wird von seinem Administrator aus den eigenen Sicherungen des Servers wiederhergestellt, und eine FunnelDesk-Datei kommt mit `funneldesk-cli --db FILE.sqlite migrate --to SERVER` in eine leere Serverdatenbank.</translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL server, and %2 works on a FunnelDesk file only.</source>
        <translation>„%1“ ist ein PostgreSQL-Server, und %2 funktioniert nur mit einer FunnelDesk-Datei.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli [--db PATH|URI] COMMAND [ARGS...]

FunnelDesk&apos;s command line: everything a manager scripts, headless.

Commands:
</source>
        <translation>Aufruf: funneldesk-cli [--db PATH|URI] COMMAND [ARGS...]

Die Befehlszeile von FunnelDesk: alles, was ein Manager per Skript erledigt, ohne Fenster.

Befehle:
</translation>
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
        <translation>
Globale Optionen:
  --db PATH     die Datenbankdatei (Standard: $FUNNELDESK_DB, sonst %1)
  --db URI      ein PostgreSQL-Server: postgresql://USER@HOST:PORT/DATABASE oder
                libpq-Form &quot;host=… dbname=…&quot;; das Passwort kommt aus ~/.pgpass oder
                PGPASSWORD oder wird im Terminal abgefragt und nie gespeichert
  --help, -h    diese Hilfe; COMMAND --help für die Optionen eines Befehls
  --version     die Version des Programms

</translation>
    </message>
    <message>
        <source>an output error</source>
        <translation>ein Ausgabefehler</translation>
    </message>
    <message>
        <source>Writing to standard output failed: %1.</source>
        <translation>Das Schreiben auf die Standardausgabe ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>--db needs a file name or a server address.</source>
        <translation>--db braucht einen Dateinamen oder eine Serveradresse.</translation>
    </message>
    <message>
        <source>--db is given more than once (“%1” and “%2”); give it once.</source>
        <translation>--db ist mehr als einmal angegeben („%1“ und „%2“); geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>ok: %1 passed FunnelDesk&apos;s invariants.</source>
        <translation>ok: %1 hat die Invarianten von FunnelDesk bestanden.</translation>
    </message>
    <message>
        <source>ok: “%1” passed integrity_check, foreign_key_check and FunnelDesk&apos;s invariants.</source>
        <translation>ok: „%1“ hat integrity_check, foreign_key_check und die Invarianten von FunnelDesk bestanden.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>backup needs one file name: backup OUT.sqlite.</source>
        <translation>backup braucht einen Dateinamen: backup OUT.sqlite.</translation>
    </message>
    <message>
        <source>backup needs a file name: backup OUT.sqlite.</source>
        <translation>backup braucht einen Dateinamen: backup OUT.sqlite.</translation>
    </message>
    <message>
        <source>Backed up “%1” to “%2”.</source>
        <translation>„%1“ nach „%2“ gesichert.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>restore needs one backup file: restore FROM.sqlite.</source>
        <translation>restore braucht eine Sicherungsdatei: restore FROM.sqlite.</translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation>Es gibt keine Sicherung „%1“.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>„%1“ aus „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Where to copy the database: a new file (PATH), or an empty database on a PostgreSQL server (URI or libpq&apos;s &quot;host=… dbname=…&quot;).</source>
        <translation>Wohin die Datenbank kopiert werden soll: eine neue Datei (PATH) oder eine leere Datenbank auf einem PostgreSQL-Server (URI oder libpq-Form &quot;host=… dbname=…&quot;).</translation>
    </message>
    <message>
        <source>Report progress on standard error (also when it is a terminal).</source>
        <translation>Fortschritt auf der Standardfehlerausgabe melden (auch wenn es ein Terminal ist).</translation>
    </message>
    <message>
        <source>migrate takes no arguments besides --to TARGET (“%1” is one too many).</source>
        <translation>migrate nimmt außer --to TARGET keine Argumente („%1“ ist eines zu viel).</translation>
    </message>
    <message>
        <source>migrate needs --to TARGET: a new file, or an empty database on a PostgreSQL server.</source>
        <translation>migrate braucht --to TARGET: eine neue Datei oder eine leere Datenbank auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>Migrating: %1% (%2 of %3 rows)</source>
        <translation>Migration: %1 % (%2 von %3 Zeilen)</translation>
    </message>
    <message>
        <source>Migrating: 100%, every row copied; building the indexes and checking the copy…</source>
        <translation>Migration: 100 %, jede Zeile kopiert; Indizes werden aufgebaut und die Kopie wird geprüft…</translation>
    </message>
    <message>
        <source>Migrated “%1” to “%2”: %3 rows in %4 s; `check` found nothing wrong in the copy.</source>
        <translation>„%1“ nach „%2“ migriert: %3 Zeilen in %4 s; `check` hat in der Kopie keinen Fehler gefunden.</translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the new agent “%2” (the source had no agent of that name).</source>
        <translation>„%1“, der die Migration ausgeführt hat, ist ihr erster Manager, als neuer Agent „%2“ (die Quelle hatte keinen Agenten dieses Namens).</translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the agent “%2” of that name, which signed in as “%3” where the file came from.</source>
        <translation>„%1“, der die Migration ausgeführt hat, ist ihr erster Manager, als der gleichnamige Agent „%2“, der sich dort, woher die Datei kam, als „%3“ anmeldete.</translation>
    </message>
    <message>
        <source>“%1”, who ran the migrate, is its first manager, as the agent “%2” of that name.</source>
        <translation>„%1“, der die Migration ausgeführt hat, ist ihr erster Manager, als der gleichnamige Agent „%2“.</translation>
    </message>
    <message>
        <source>playbooks list takes no arguments.</source>
        <translation>playbooks list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>A playbook as edited, e.g. playbook.detractor_call=&quot;survey&lt;=4 -&gt; 2:phone:Call back for owner&quot; (the key with or without playbook.; an empty line switches it off).</source>
        <translation>Ein Playbook wie bearbeitet, z. B. playbook.detractor_call=&quot;survey&lt;=4 -&gt; 2:phone:Zurückrufen for owner&quot; (der Schlüssel mit oder ohne playbook.; eine leere Zeile schaltet es aus).</translation>
    </message>
    <message>
        <source>How many days to look back (1-365; default 30).</source>
        <translation>Wie viele Tage zurückgeblickt wird (1–365; Standard 30).</translation>
    </message>
    <message>
        <source>Also list each customer: id, name, agent.</source>
        <translation>Auch jeden Kunden auflisten: ID, Name, Agent.</translation>
    </message>
    <message>
        <source>playbooks preview takes no arguments besides its options.</source>
        <translation>playbooks preview nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--days takes a whole number from 1 to 365, not “%1”.</source>
        <translation>--days nimmt eine ganze Zahl von 1 bis 365, nicht „%1“.</translation>
    </message>
    <message>
        <source>Events of %1 to %2; silences as of now.</source>
        <translation>Ereignisse vom %1 bis %2; Stille Stand jetzt.</translation>
    </message>
    <message>
        <source>tasks %1, customers %2</source>
        <translation>Aufgaben %1, Kunden %2</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli playbooks list | preview [--set KEY=LINE ...] [--days N] [--customers]; a playbook is edited with settings set playbook.KEY=LINE.</source>
        <translation>Aufruf: funneldesk-cli playbooks list | preview [--set KEY=LINE ...] [--days N] [--customers]; ein Playbook wird mit settings set playbook.KEY=LINE bearbeitet.</translation>
    </message>
    <message>
        <source>playbooks needs a subcommand: list or preview.</source>
        <translation>playbooks braucht einen Unterbefehl: list oder preview.</translation>
    </message>
    <message>
        <source>Unknown playbooks subcommand “%1”: choose list or preview.</source>
        <translation>Unbekannter playbooks-Unterbefehl „%1“: Wählen Sie list oder preview.</translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation>Erster Tag (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>Last day, included (default: today).</source>
        <translation>Letzter Tag, einschließlich (Standard: heute).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>The file, or - for standard output (default).</source>
        <translation>Die Datei oder - für die Standardausgabe (Standard).</translation>
    </message>
    <message>
        <source>report needs one of %1.</source>
        <translation>report braucht eines von %1.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation>--format muss table, csv oder json sein.</translation>
    </message>
    <message>
        <source>Writing the report failed (%1).</source>
        <translation>Das Schreiben des Berichts ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Only the values saved, not the defaults.</source>
        <translation>Nur die gespeicherten Werte, nicht die Standardwerte.</translation>
    </message>
    <message>
        <source>settings list takes no arguments besides its options.</source>
        <translation>settings list nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>KEY=VALUE ...</source>
        <translation>KEY=VALUE ...</translation>
    </message>
    <message>
        <source>settings set needs one or more KEY=VALUE (funneldesk-cli settings list shows them).</source>
        <translation>settings set braucht ein oder mehrere KEY=VALUE (funneldesk-cli settings list zeigt sie).</translation>
    </message>
    <message>
        <source>Changing the team&apos;s settings</source>
        <translation>Das Ändern der Teameinstellungen</translation>
    </message>
    <message>
        <source>Saved %1 settings.</source>
        <translation>%1 Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli settings list [--saved] | set KEY=VALUE ...</source>
        <translation>Aufruf: funneldesk-cli settings list [--saved] | set KEY=VALUE ...</translation>
    </message>
    <message>
        <source>settings needs a subcommand: list or set.</source>
        <translation>settings braucht einen Unterbefehl: list oder set.</translation>
    </message>
    <message>
        <source>Unknown settings subcommand “%1”: choose list or set.</source>
        <translation>Unbekannter settings-Unterbefehl „%1“: Wählen Sie list oder set.</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>Es gibt kein Ticket mit der ID %1.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>customer or ticket</source>
        <translation>customer oder ticket</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>seine ID</translation>
    </message>
    <message>
        <source>json or table (default).</source>
        <translation>json oder table (Standard).</translation>
    </message>
    <message>
        <source>show needs what and an id, e.g. “show customer 42”.</source>
        <translation>show braucht, was angezeigt werden soll, und eine ID, z. B. „show customer 42“.</translation>
    </message>
    <message>
        <source>Cannot show “%1”: choose customer or ticket.</source>
        <translation>„%1“ kann nicht angezeigt werden: Wählen Sie customer oder ticket.</translation>
    </message>
    <message>
        <source>“%1” is not an id (a positive whole number).</source>
        <translation>„%1“ ist keine ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <source>--format must be json or table, not “%1”.</source>
        <translation>--format muss json oder table sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Evaluate as at the end of this day (YYYY-MM-DD; today means now; not after today).</source>
        <translation>Zum Ende dieses Tages auswerten (YYYY-MM-DD; heute bedeutet jetzt; nicht nach heute).</translation>
    </message>
    <message>
        <source>stages recompute takes no arguments besides its options.</source>
        <translation>stages recompute nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--as-of braucht ein Datum als YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <source>--as-of %1 is after today (%2): stages can be evaluated up to now, not in the future.</source>
        <translation>--as-of %1 liegt nach heute (%2): Phasen können bis jetzt ausgewertet werden, nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>Evaluated %1 customers as of %2.</source>
        <translation>%1 Kunden zum Stand %2 ausgewertet.</translation>
    </message>
    <message>
        <source>Nobody moves.</source>
        <translation>Niemand wird verschoben.</translation>
    </message>
    <message>
        <source>Moved %1 customers (%2 moves):</source>
        <translation>%1 Kunden verschoben (%2 Verschiebungen):</translation>
    </message>
    <message>
        <source>Would move %1 customers (%2 moves):</source>
        <translation>Würde %1 Kunden verschieben (%2 Verschiebungen):</translation>
    </message>
    <message>
        <source>Not written for %1 customers whose history already has later moves.</source>
        <translation>Nicht geschrieben für %1 Kunden, deren Verlauf bereits spätere Verschiebungen hat.</translation>
    </message>
    <message>
        <source>Would not be written for %1 customers whose history already has later moves.</source>
        <translation>Würde nicht geschrieben für %1 Kunden, deren Verlauf bereits spätere Verschiebungen hat.</translation>
    </message>
    <message>
        <source>stages explain needs one customer id.</source>
        <translation>stages explain braucht eine Kunden-ID.</translation>
    </message>
    <message>
        <source>%1 is in %2 since %3.</source>
        <translation>%1 ist seit %3 in %2.</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>Warum: %1 (%2)</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Als Nächstes:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Then, at the same recompute: %1.</source>
        <translation>Dann, bei derselben Neuberechnung: %1.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (erforderlich).</translation>
    </message>
    <message>
        <source>Hold the customer in this stage.</source>
        <translation>Den Kunden in dieser Phase fixieren.</translation>
    </message>
    <message>
        <source>Let the rules move it again.</source>
        <translation>Die Regeln dürfen ihn wieder verschieben.</translation>
    </message>
    <message>
        <source>The agent who makes the move: id, name or email (default: the login name of this process).</source>
        <translation>Der Agent, der die Verschiebung vornimmt: ID, Name oder E-Mail (Standard: der Anmeldename dieses Prozesses).</translation>
    </message>
    <message>
        <source>stages set needs a customer id and a stage.</source>
        <translation>stages set braucht eine Kunden-ID und eine Phase.</translation>
    </message>
    <message>
        <source>“%1” is not a stage; choose %2.</source>
        <translation>„%1“ ist keine Phase; wählen Sie %2.</translation>
    </message>
    <message>
        <source>stages set needs --reason TEXT: every manual move says why.</source>
        <translation>stages set braucht --reason TEXT: Jede manuelle Verschiebung nennt ihren Grund.</translation>
    </message>
    <message>
        <source>--pin and --unpin cannot both be given.</source>
        <translation>--pin und --unpin können nicht beide angegeben werden.</translation>
    </message>
    <message>
        <source>Pinning a customer</source>
        <translation>Das Fixieren eines Kunden</translation>
    </message>
    <message>
        <source>Unpinning a customer</source>
        <translation>Das Lösen der Fixierung eines Kunden</translation>
    </message>
    <message>
        <source>A rep&apos;s moves are recorded as the rep&apos;s own, so %1 cannot make a move as %2; leave out --agent.</source>
        <translation>Die Verschiebungen eines Mitarbeiters werden als seine eigenen erfasst, daher kann %1 keine Verschiebung als %2 vornehmen; lassen Sie --agent weg.</translation>
    </message>
    <message>
        <source>The customer is already in %1.</source>
        <translation>Der Kunde ist bereits in %1.</translation>
    </message>
    <message>
        <source>Pinned.</source>
        <translation>Fixiert.</translation>
    </message>
    <message>
        <source>Unpinned.</source>
        <translation>Fixierung gelöst.</translation>
    </message>
    <message>
        <source>A changed threshold, e.g. postsales.settled.min_days=60.</source>
        <translation>Ein geänderter Schwellenwert, z. B. postsales.settled.min_days=60.</translation>
    </message>
    <message>
        <source>stages preview needs one or more --rule KEY.PARAM=VALUE.</source>
        <translation>stages preview braucht ein oder mehrere --rule KEY.PARAM=VALUE.</translation>
    </message>
    <message>
        <source>With %1, %2 of %3 customers would move:</source>
        <translation>Mit %1 würden %2 von %3 Kunden verschoben:</translation>
    </message>
    <message>
        <source>Save a threshold.</source>
        <translation>Einen Schwellenwert speichern.</translation>
    </message>
    <message>
        <source>Changing the stage rules</source>
        <translation>Das Ändern der Phasenregeln</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli stages recompute|explain|set|preview|rules [options]; see funneldesk-cli stages WHAT --help.</source>
        <translation>Aufruf: funneldesk-cli stages recompute|explain|set|preview|rules [Optionen]; siehe funneldesk-cli stages WHAT --help.</translation>
    </message>
    <message>
        <source>stages needs a subcommand: recompute, explain, set, preview or rules.</source>
        <translation>stages braucht einen Unterbefehl: recompute, explain, set, preview oder rules.</translation>
    </message>
    <message>
        <source>Unknown stages subcommand “%1”: choose recompute, explain, set, preview or rules.</source>
        <translation>Unbekannter stages-Unterbefehl „%1“: Wählen Sie recompute, explain, set, preview oder rules.</translation>
    </message>
    <message>
        <source>Only my tasks (on a file, the agent of --agent).</source>
        <translation>Nur meine Aufgaben (bei einer Datei die des Agenten aus --agent).</translation>
    </message>
    <message>
        <source>Only tasks due before today.</source>
        <translation>Nur Aufgaben, die vor heute fällig waren.</translation>
    </message>
    <message>
        <source>Only this agent&apos;s tasks: id, name or email.</source>
        <translation>Nur die Aufgaben dieses Agenten: ID, Name oder E-Mail.</translation>
    </message>
    <message>
        <source>At most N tasks (default 200).</source>
        <translation>Höchstens N Aufgaben (Standard 200).</translation>
    </message>
    <message>
        <source>tasks list takes no arguments besides its options.</source>
        <translation>tasks list nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to 1000000, not “%1”.</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis 1000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--mine needs to know who you are: on a file, name yourself with --agent AGENT instead (a file has no logins).</source>
        <translation>--mine muss wissen, wer Sie sind: Bei einer Datei nennen Sie sich stattdessen mit --agent AGENT (eine Datei hat keine Logins).</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tasks; --limit N shows more.</source>
        <translation>%1 von %2 Aufgaben angezeigt; --limit N zeigt mehr.</translation>
    </message>
    <message>
        <source>Task id.</source>
        <translation>Aufgaben-ID.</translation>
    </message>
    <message>
        <source>The agent who did it: id, name or email (default: the signed-in login&apos;s agent, else the task&apos;s owner).</source>
        <translation>Der Agent, der sie erledigt hat: ID, Name oder E-Mail (Standard: der Agent des angemeldeten Logins, sonst der Betreuer der Aufgabe).</translation>
    </message>
    <message>
        <source>tasks done needs one task id.</source>
        <translation>tasks done braucht eine Aufgaben-ID.</translation>
    </message>
    <message>
        <source>Task %1 done; touchpoint %2 recorded.</source>
        <translation>Aufgabe %1 erledigt; Kontaktpunkt %2 erfasst.</translation>
    </message>
    <message>
        <source>Task %1 done.</source>
        <translation>Aufgabe %1 erledigt.</translation>
    </message>
    <message>
        <source>The .ics file, or - for standard output.</source>
        <translation>Die .ics-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Every open task, not only the success reviews.</source>
        <translation>Jede offene Aufgabe, nicht nur die Erfolgsreviews.</translation>
    </message>
    <message>
        <source>tasks ics needs --out FILE (or - for standard output).</source>
        <translation>tasks ics braucht --out FILE (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Wrote %1 tasks to %2.</source>
        <translation>%1 Aufgaben nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Each step as DAYS:KIND:TITLE or every DAYS:KIND:TITLE.</source>
        <translation>Jeder Schritt als DAYS:KIND:TITLE oder every DAYS:KIND:TITLE.</translation>
    </message>
    <message>
        <source>plans set needs a stage, then its steps (none: an empty plan).</source>
        <translation>plans set braucht eine Phase, dann ihre Schritte (keine: ein leerer Plan).</translation>
    </message>
    <message>
        <source>Changing a success plan</source>
        <translation>Das Ändern eines Erfolgsplans</translation>
    </message>
    <message>
        <source>Saved the plan of %1: %2 steps.</source>
        <translation>Plan von %1 gespeichert: %2 Schritte.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli tasks list|done|ics [options]; see funneldesk-cli tasks WHAT --help.</source>
        <translation>Aufruf: funneldesk-cli tasks list|done|ics [Optionen]; siehe funneldesk-cli tasks WHAT --help.</translation>
    </message>
    <message>
        <source>tasks needs a subcommand: list, done or ics.</source>
        <translation>tasks braucht einen Unterbefehl: list, done oder ics.</translation>
    </message>
    <message>
        <source>Unknown tasks subcommand “%1”: choose list, done or ics.</source>
        <translation>Unbekannter tasks-Unterbefehl „%1“: Wählen Sie list, done oder ics.</translation>
    </message>
    <message>
        <source>plans list takes no arguments.</source>
        <translation>plans list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli plans list | set STAGE [STEP ...]; a step is DAYS:KIND:TITLE or every DAYS:KIND:TITLE.</source>
        <translation>Aufruf: funneldesk-cli plans list | set STAGE [STEP ...]; ein Schritt ist DAYS:KIND:TITLE oder every DAYS:KIND:TITLE.</translation>
    </message>
    <message>
        <source>plans needs a subcommand: list or set.</source>
        <translation>plans braucht einen Unterbefehl: list oder set.</translation>
    </message>
    <message>
        <source>Unknown plans subcommand “%1”: choose list or set.</source>
        <translation>Unbekannter plans-Unterbefehl „%1“: Wählen Sie list oder set.</translation>
    </message>
    <message>
        <source>the new login “%1” (empty: none)</source>
        <translation>das neue Login „%1“ (leer: keines)</translation>
    </message>
    <message>
        <source>the new login “%1”, again</source>
        <translation>das neue Login „%1“, noch einmal</translation>
    </message>
    <message>
        <source>Cannot read the password file “%1”: %2.</source>
        <translation>Die Passwortdatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The first line of the password file “%1” is empty; write the password there, or give --no-password for a login without one.</source>
        <translation>Die erste Zeile der Passwortdatei „%1“ ist leer; schreiben Sie das Passwort dorthin oder geben Sie --no-password für ein Login ohne Passwort an.</translation>
    </message>
    <message>
        <source>There is no terminal to ask the password of “%1” on; give --password-file FILE (its first line is the password) or --no-password (the server&apos;s administrator sets one).</source>
        <translation>Es gibt kein Terminal, um das Passwort von „%1“ abzufragen; geben Sie --password-file FILE (seine erste Zeile ist das Passwort) oder --no-password an (der Administrator des Servers setzt eines).</translation>
    </message>
    <message>
        <source>The two passwords for “%1” differ; nothing was changed.</source>
        <translation>Die beiden Passwörter für „%1“ unterscheiden sich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>team add needs --login.</source>
        <translation>team add braucht --login.</translation>
    </message>
    <message>
        <source>team add takes --name (a new agent) or --agent (an existing one), not both.</source>
        <translation>team add nimmt --name (ein neuer Agent) oder --agent (ein vorhandener), nicht beides.</translation>
    </message>
    <message>
        <source>team add needs --%1 (or --agent ID|NAME to give an existing agent the login).</source>
        <translation>team add braucht --%1 (oder --agent ID|NAME, um einem vorhandenen Agenten das Login zu geben).</translation>
    </message>
    <message>
        <source>team add takes --password-file or --no-password, not both.</source>
        <translation>team add nimmt --password-file oder --no-password, nicht beides.</translation>
    </message>
    <message>
        <source>--role is rep or manager, not “%1”.</source>
        <translation>--role ist rep oder manager, nicht „%1“.</translation>
    </message>
    <message>
        <source>The name the person signs in to the server with.</source>
        <translation>Der Name, mit dem sich die Person am Server anmeldet.</translation>
    </message>
    <message>
        <source>A new agent&apos;s name, as the team knows it.</source>
        <translation>Der Name eines neuen Agenten, wie das Team ihn kennt.</translation>
    </message>
    <message>
        <source>Give the login to this existing agent (its id or name), e.g. one a migrate copied from a file. Only the database&apos;s owner may give a login that exists on the server and that FunnelDesk did not make.</source>
        <translation>Das Login diesem vorhandenen Agenten geben (seine ID oder sein Name), z. B. einem, den eine Migration aus einer Datei kopiert hat. Nur der Eigentümer der Datenbank darf ein Login vergeben, das auf dem Server existiert und das FunnelDesk nicht angelegt hat.</translation>
    </message>
    <message>
        <source>rep or manager (with --agent: the agent&apos;s own role when left out).</source>
        <translation>rep oder manager (mit --agent: die eigene Rolle des Agenten, wenn weggelassen).</translation>
    </message>
    <message>
        <source>Read the new login&apos;s password from the first line of FILE.</source>
        <translation>Das Passwort des neuen Logins aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Make the login without a password, and ask none: the server&apos;s administrator sets one.</source>
        <translation>Das Login ohne Passwort anlegen und keines abfragen: Der Administrator des Servers setzt eines.</translation>
    </message>
    <message>
        <source>Adding a login to the team</source>
        <translation>Das Hinzufügen eines Logins zum Team</translation>
    </message>
    <message>
        <source>Every agent, those without a login too (e.g. copied by a migrate).</source>
        <translation>Jeden Agenten, auch die ohne Login (z. B. von einer Migration kopiert).</translation>
    </message>
    <message>
        <source>team %1 needs one LOGIN.</source>
        <translation>team %1 braucht ein LOGIN.</translation>
    </message>
    <message>
        <source>Disabling a login</source>
        <translation>Das Deaktivieren eines Logins</translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; the server did not let it sign in before either.</source>
        <translation>„%1“ hat hier keine Rechte mehr, und sein Agent ist inaktiv; der Server ließ es auch vorher nicht zur Anmeldung zu.</translation>
    </message>
    <message>
        <source>Enabling a login</source>
        <translation>Das Aktivieren eines Logins</translation>
    </message>
    <message>
        <source>“%1” is enabled already; nothing was changed.</source>
        <translation>„%1“ ist bereits aktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>“%1” can sign in to the server again, and acts here as its agent, who is active again.</source>
        <translation>„%1“ kann sich wieder am Server anmelden und handelt hier als sein Agent, der wieder aktiv ist.</translation>
    </message>
    <message>
        <source>Usage: funneldesk-cli %1 | list [--all] | disable LOGIN | enable LOGIN</source>
        <translation>Aufruf: funneldesk-cli %1 | list [--all] | disable LOGIN | enable LOGIN</translation>
    </message>
    <message>
        <source>team needs add, list, disable or enable.</source>
        <translation>team braucht add, list, disable oder enable.</translation>
    </message>
    <message>
        <source>Cannot “team %1”: choose add, list, disable or enable.</source>
        <translation>„team %1“ ist nicht möglich: Wählen Sie add, list, disable oder enable.</translation>
    </message>
    <message>
        <source>Not written for %1 customers that another session moved meanwhile; a recompute now judges them anew.</source>
        <translation>Nicht geschrieben für %1 Kunden, die eine andere Sitzung inzwischen verschoben hat; eine Neuberechnung jetzt beurteilt sie neu.</translation>
    </message>
    <message>
        <source>--date-format: %1</source>
        <translation>--date-format: %1</translation>
    </message>
    <message>
        <source>Argument %1, the value of %2, is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation>Argument %1, der Wert von %2, ist kein gültiger UTF-8-Text; geben Sie ihn erneut in UTF-8 ein (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Argument %1, the one after %2, is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation>Argument %1, das nach %2, ist kein gültiger UTF-8-Text; geben Sie es erneut in UTF-8 ein (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; type it again in UTF-8 (nothing was changed).</source>
        <translation>Argument %1 ist kein gültiger UTF-8-Text; geben Sie es erneut in UTF-8 ein (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>“%1” has no password of FunnelDesk&apos;s making: set one as the server&apos;s administrator (psql&apos;s \password &quot;%1&quot;), unless the server lets it in without one or it already had one.</source>
        <translation>„%1“ hat kein von FunnelDesk gesetztes Passwort: Setzen Sie eines als Administrator des Servers (\password &quot;%1&quot; in psql), es sei denn, der Server lässt es ohne Passwort zu oder es hatte bereits eines.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied signed in with a login this server does not have, and were copied without it: %1.</source>
        <translation>
            <numerusform>%Ln kopierter Agent meldete sich mit einem Login an, das dieser Server nicht hat, und wurde ohne es kopiert: %1.</numerusform>
            <numerusform>%Ln kopierte Agenten meldeten sich mit einem Login an, das dieser Server nicht hat, und wurden ohne es kopiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” can no longer sign in to the server, and its agent is inactive here (`team enable %2` undoes both).</source>
        <translation>„%1“ kann sich nicht mehr am Server anmelden, und sein Agent ist hier inaktiv (`team enable %2` macht beides rückgängig).</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s); each line above says what to do, and where rows are wrong, ask the server&apos;s administrator to restore it from the server&apos;s backups, or copy it first (migrate) before repairing it.</source>
        <translation>
            <numerusform>%1 hat %n Prüfung nicht bestanden; jede Zeile oben sagt, was zu tun ist, und wo Zeilen falsch sind, bitten Sie den Administrator des Servers, sie aus den Sicherungen des Servers wiederherzustellen, oder kopieren Sie sie zuerst (migrate), bevor Sie sie reparieren.</numerusform>
            <numerusform>%1 hat %n Prüfungen nicht bestanden; jede Zeile oben sagt, was zu tun ist, und wo Zeilen falsch sind, bitten Sie den Administrator des Servers, sie aus den Sicherungen des Servers wiederherzustellen, oder kopieren Sie sie zuerst (migrate), bevor Sie sie reparieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %n check(s); restore it from a backup or run `funneldesk-cli backup` before repairing it.</source>
        <translation>
            <numerusform>„%1“ hat %n Prüfung nicht bestanden; stellen Sie die Datei aus einer Sicherung wieder her oder führen Sie `funneldesk-cli backup` aus, bevor Sie sie reparieren.</numerusform>
            <numerusform>„%1“ hat %n Prüfungen nicht bestanden; stellen Sie die Datei aus einer Sicherung wieder her oder führen Sie `funneldesk-cli backup` aus, bevor Sie sie reparieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has its agent&apos;s rights here again, and that agent is active; it could sign in to the server all along.</source>
        <translation>„%1“ hat hier wieder die Rechte seines Agenten, und dieser Agent ist aktiv; anmelden konnte es sich am Server die ganze Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied have no login to sign in with: give each one with `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` lists them).</source>
        <translation>
            <numerusform>%Ln kopierter Agent hat kein Login zum Anmelden: Geben Sie jedem eines mit `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` listet sie auf).</numerusform>
            <numerusform>%Ln kopierte Agenten haben kein Login zum Anmelden: Geben Sie jedem eines mit `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` listet sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; it can still sign in to the server, as team disable locks only a login that FunnelDesk made and that belongs to no other role (`team enable %2` undoes this).</source>
        <translation>„%1“ hat hier keine Rechte mehr, und sein Agent ist inaktiv; es kann sich noch am Server anmelden, da team disable nur ein Login sperrt, das FunnelDesk angelegt hat und das zu keiner anderen Rolle gehört (`team enable %2` macht dies rückgängig).</translation>
    </message>
    <message>
        <source>“%1” has no rights here any more and its agent is inactive; it can still sign in to the server, as a role with server attributes (CREATEDB, REPLICATION or BYPASSRLS), which the team commands neither lock nor enable again.</source>
        <translation>„%1“ hat hier keine Rechte mehr, und sein Agent ist inaktiv; es kann sich noch am Server anmelden, als Rolle mit Serverattributen (CREATEDB, REPLICATION oder BYPASSRLS), die die Team-Befehle weder sperren noch wieder freigeben.</translation>
    </message>
</context>
<context>
    <name>fd::cli::CliHints</name>
    <message>
        <source>, e.g. --map customer_email=COLUMN</source>
        <translation>, z. B. --map customer_email=COLUMN</translation>
    </message>
    <message>
        <source> with --map %1=COLUMN</source>
        <translation> mit --map %1=COLUMN</translation>
    </message>
    <message>
        <source> (--map %1 and --map %2)</source>
        <translation> (--map %1 und --map %2)</translation>
    </message>
    <message>
        <source>; to read it as one of those, add --map-value %1:%2=VALUE (or choose it in the import wizard)</source>
        <translation>; um ihn als einen davon zu lesen, fügen Sie --map-value %1:%2=VALUE hinzu (oder wählen Sie ihn im Importassistenten)</translation>
    </message>
    <message>
        <source> of the --map-value %1:%2 mappings</source>
        <translation> der Zuordnungen --map-value %1:%2</translation>
    </message>
    <message>
        <source>; --map-value category:TEXT=VALUE files a category elsewhere</source>
        <translation>; --map-value category:TEXT=VALUE legt eine Kategorie anders ab</translation>
    </message>
    <message>
        <source> (--skip-invalid imports the other rows and writes this one to a rejects file)</source>
        <translation> (--skip-invalid importiert die übrigen Zeilen und schreibt diese in eine Ablehnungsdatei)</translation>
    </message>
    <message>
        <source>: try --delimiter %1</source>
        <translation>: versuchen Sie --delimiter %1</translation>
    </message>
    <message>
        <source>; if the column holds them, name its format with --date-format excel</source>
        <translation>; wenn die Spalte solche enthält, nennen Sie ihr Format mit --date-format excel</translation>
    </message>
    <message>
        <source>; name its format with --date-format, as in --date-format &quot;dd/MM/yyyy HH:mm&quot;</source>
        <translation>; nennen Sie sein Format mit --date-format, wie in --date-format &quot;dd/MM/yyyy HH:mm&quot;</translation>
    </message>
    <message>
        <source>, so name it with --date-format (%1 or %2)</source>
        <translation>, nennen Sie es also mit --date-format (%1 oder %2)</translation>
    </message>
    <message>
        <source>; add one with `funneldesk-cli add agent --name NAME`</source>
        <translation>; fügen Sie einen mit `funneldesk-cli add agent --name NAME` hinzu</translation>
    </message>
    <message>
        <source>; add one with `funneldesk-cli team add --login LOGIN --name NAME --role rep`</source>
        <translation>; fügen Sie einen mit `funneldesk-cli team add --login LOGIN --name NAME --role rep` hinzu</translation>
    </message>
    <message>
        <source>: use --date-format %1 if they are month first</source>
        <translation>: verwenden Sie --date-format %1, wenn der Monat zuerst steht</translation>
    </message>
    <message>
        <source>; pass --db PATH or set FUNNELDESK_DB</source>
        <translation>; geben Sie --db PFAD an oder setzen Sie FUNNELDESK_DB</translation>
    </message>
    <message>
        <source> or create it with `funneldesk-cli --db PATH generate`</source>
        <translation> oder legen Sie sie mit `funneldesk-cli --db PFAD generate` an</translation>
    </message>
    <message>
        <source> with `team add --agent`</source>
        <translation> mit `team add --agent`</translation>
    </message>
    <message>
        <source> with --agent</source>
        <translation> mit --agent</translation>
    </message>
    <message>
        <source>; `team list --all` lists every agent</source>
        <translation>; `team list --all` listet jeden Agenten auf</translation>
    </message>
    <message>
        <source> (funneldesk-cli settings list shows them all)</source>
        <translation> (funneldesk-cli settings list zeigt sie alle)</translation>
    </message>
    <message>
        <source> (--%1)</source>
        <translation> (--%1)</translation>
    </message>
    <message>
        <source> (team disable %1)</source>
        <translation> (team disable %1)</translation>
    </message>
    <message>
        <source>: `team disable %1`, then `team enable %1`</source>
        <translation>: `team disable %1`, danach `team enable %1`</translation>
    </message>
    <message>
        <source> (any command, e.g. `funneldesk-cli check`)</source>
        <translation> (ein beliebiger Befehl, z. B. `funneldesk-cli check`)</translation>
    </message>
    <message>
        <source> (team enable %1)</source>
        <translation> (team enable %1)</translation>
    </message>
    <message>
        <source>; map it with --map %1=%2, or leave it out with --map %1=</source>
        <translation>; ordnen Sie sie mit --map %1=%2 zu oder lassen Sie sie mit --map %1= weg</translation>
    </message>
    <message>
        <source>, with `team add --agent ID --login %1`</source>
        <translation>, mit `team add --agent ID --login %1`</translation>
    </message>
</context>
<context>
    <name>fd::pg::Connection</name>
    <message>
        <source>Cannot connect to a PostgreSQL server: out of memory.</source>
        <translation>Keine Verbindung zu einem PostgreSQL-Server möglich: kein Speicher mehr.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer within %2 s; check the host, the port and the network.</source>
        <translation>Der PostgreSQL-Server unter %1 hat nicht innerhalb von %2 s geantwortet; prüfen Sie Host, Port und Netzwerk.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the password for user %2; check the password and the user name, then try again.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort für Benutzer %2 abgelehnt; prüfen Sie Passwort und Benutzernamen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 asks for user %2’s password and none was given; enter it when asked, or put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Der PostgreSQL-Server unter %1 verlangt das Passwort von Benutzer %2, und es wurde keines angegeben; geben Sie es bei der Abfrage ein oder legen Sie es in ~/.pgpass oder PGPASSWORD ab.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user %2 connect to database %3 from here (pg_hba.conf); ask its administrator to allow it.</source>
        <translation>Der PostgreSQL-Server unter %1 lässt Benutzer %2 von hier aus nicht mit Datenbank %3 verbinden (pg_hba.conf); bitten Sie seinen Administrator, es zu erlauben.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no database %2; check its name, or create it first (createdb).</source>
        <translation>Der PostgreSQL-Server unter %1 hat keine Datenbank %2; prüfen Sie ihren Namen oder legen Sie sie zuerst an (createdb).</translation>
    </message>
    <message>
        <source>User %1 has no right to connect to database %2 on the PostgreSQL server at %3; ask its administrator to grant CONNECT.</source>
        <translation>Benutzer %1 hat kein Recht, sich mit Datenbank %2 auf dem PostgreSQL-Server unter %3 zu verbinden; bitten Sie dessen Administrator, CONNECT zu gewähren.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is starting up or shutting down; try again in a moment.</source>
        <translation>Der PostgreSQL-Server unter %1 startet oder fährt herunter; versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has too many connections open; try again later, or ask its administrator to allow more.</source>
        <translation>Der PostgreSQL-Server unter %1 hat zu viele offene Verbindungen; versuchen Sie es später erneut oder bitten Sie seinen Administrator, mehr zuzulassen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 gave no encrypted connection, which sslmode=%2 requires (%3), so nothing was sent; ask its administrator to turn SSL on, or about its certificate.</source>
        <translation>Der PostgreSQL-Server unter %1 bot keine verschlüsselte Verbindung, die sslmode=%2 verlangt (%3), daher wurde nichts gesendet; bitten Sie seinen Administrator, SSL einzuschalten, oder fragen Sie nach seinem Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1 (%2); check that it is running and that the host and port are right.</source>
        <translation>Der PostgreSQL-Server unter %1 ist nicht erreichbar (%2); prüfen Sie, ob er läuft und Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused the connection: %2 (SQLSTATE %3).</source>
        <translation>Der PostgreSQL-Server unter %1 hat die Verbindung abgelehnt: %2 (SQLSTATE %3).</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server at %1 was lost (%2); check that the server is running, then open it again.</source>
        <translation>Die Verbindung zum PostgreSQL-Server unter %1 ist verloren gegangen (%2); prüfen Sie, ob der Server läuft, und öffnen Sie die Datenbank erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 stopped the statement, as asked.</source>
        <translation>Der PostgreSQL-Server unter %1 hat die Anweisung wie verlangt abgebrochen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 refused a statement: %2 (SQLSTATE %3).</source>
        <translation>Der PostgreSQL-Server unter %1 hat eine Anweisung abgelehnt: %2 (SQLSTATE %3).</translation>
    </message>
    <message>
        <source>%1 is a file, not a PostgreSQL server.</source>
        <translation>%1 ist eine Datei, kein PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer for %2 seconds, nor a new connection; FunnelDesk stopped waiting and nothing unfinished was saved: check the server, then open it again.</source>
        <translation>Der PostgreSQL-Server unter %1 hat %2 Sekunden lang nicht geantwortet, auch nicht auf eine neue Verbindung; FunnelDesk hat aufgehört zu warten, und nichts Unvollendetes wurde gespeichert: Prüfen Sie den Server und öffnen Sie die Datenbank erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 offered an encrypted connection whose certificate sslmode=%2 does not accept (%3), so nothing was sent; check sslrootcert, or ask the server&apos;s administrator about its certificate.</source>
        <translation>Der PostgreSQL-Server unter %1 bot eine verschlüsselte Verbindung an, deren Zertifikat sslmode=%2 nicht annimmt (%3); daher wurde nichts gesendet; prüfen Sie sslrootcert oder fragen Sie den Administrator des Servers nach seinem Zertifikat.</translation>
    </message>
    <message>
        <source>FunnelDesk is still waiting for the PostgreSQL server at %1 to answer an earlier request, so this one was not sent; try it again once the server has answered.</source>
        <translation>FunnelDesk wartet noch auf die Antwort des PostgreSQL-Servers unter %1 auf eine frühere Anfrage, daher wurde diese nicht gesendet; versuchen Sie es erneut, sobald der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 stopped the statement before it ended (%2): a time limit set on the server, or its administrator, ended it.</source>
        <translation>Der PostgreSQL-Server unter %1 hat die Anweisung vor ihrem Ende abgebrochen (%2): Ein auf dem Server gesetztes Zeitlimit oder seine Administration hat sie beendet.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user (role) %2 that may log in; check the user name, or ask its administrator to create it (or, if a manager disabled it, to enable it again).</source>
        <translation>Der PostgreSQL-Server unter %1 hat keinen Benutzer (keine Rolle) %2, der sich anmelden darf; prüfen Sie den Benutzernamen oder bitten Sie seinen Administrator, ihn anzulegen (oder, falls ein Manager ihn deaktiviert hat, ihn wieder zu aktivieren).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user %2 log in, though the user exists: it was made without LOGIN (a team&apos;s group role is), or a manager disabled it with FunnelDesk&apos;s team disable, and can enable it again (team enable).</source>
        <translation>Der PostgreSQL-Server unter %1 lässt den Benutzer %2 nicht anmelden, obwohl es ihn gibt: Er wurde ohne LOGIN angelegt (wie die Gruppenrollen eines Teams), oder ein Manager hat ihn mit team disable von FunnelDesk deaktiviert und kann ihn wieder aktivieren (team enable).</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %2 lets user %1 open no more connections: its CONNECTION LIMIT is reached, or is 0 (the server&apos;s administrator may have locked it out); close a window or a program that uses it, or ask the administrator.</source>
        <translation>Der PostgreSQL-Server unter %2 lässt den Benutzer %1 keine weiteren Verbindungen öffnen: Sein CONNECTION LIMIT ist erreicht oder 0 (der Administrator des Servers hat ihn vielleicht gesperrt); schließen Sie ein Fenster oder ein Programm, das ihn nutzt, oder fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %2 lets database %1 take no more connections: its CONNECTION LIMIT is reached, or is 0 (the server&apos;s administrator may have closed it); try again later, or ask the administrator.</source>
        <translation>Der PostgreSQL-Server unter %2 lässt für die Datenbank %1 keine weiteren Verbindungen zu: Ihr CONNECTION LIMIT ist erreicht oder 0 (der Administrator des Servers hat sie vielleicht geschlossen); versuchen Sie es später erneut, oder fragen Sie den Administrator.</translation>
    </message>
</context>
<context>
    <name>fd::pg::Copy</name>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost while copying rows into %2 (%3); nothing was written.</source>
        <translation>Die Verbindung zum PostgreSQL-Server %1 ist beim Kopieren von Zeilen nach %2 verloren gegangen (%3); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused row %2 of the rows copied into %3: %4 (SQLSTATE %5).</source>
        <translation>Der PostgreSQL-Server %1 hat Zeile %2 der nach %3 kopierten Zeilen abgelehnt: %4 (SQLSTATE %5).</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the rows copied into %2: %3 (SQLSTATE %4).</source>
        <translation>Der PostgreSQL-Server %1 hat die nach %2 kopierten Zeilen abgelehnt: %3 (SQLSTATE %4).</translation>
    </message>
    <message>
        <source>Row %1 of the rows copied into “%2” holds “%3” in its column %4, which is no %5.</source>
        <translation>Zeile %1 der nach „%2“ kopierten Zeilen enthält „%3“ in ihrer Spalte %4, die kein %5 ist.</translation>
    </message>
</context>
<context>
    <name>fd::pg::Schema</name>
    <message>
        <source>database %1 (schema %2)</source>
        <translation>Datenbank %1 (Schema %2)</translation>
    </message>
    <message>
        <source>The search_path of database %1 names no schema that exists and that this user may use; create one, or set search_path, then try again.</source>
        <translation>Der search_path der Datenbank %1 nennt kein Schema, das existiert und das dieser Benutzer verwenden darf; legen Sie eines an oder setzen Sie search_path, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The %1 already holds tables or functions that are not FunnelDesk&apos;s; FunnelDesk creates its schema only in an empty database or schema.</source>
        <translation>%1 enthält bereits Tabellen oder Funktionen, die nicht zu FunnelDesk gehören; FunnelDesk legt sein Schema nur in einer leeren Datenbank oder einem leeren Schema an.</translation>
    </message>
    <message>
        <source>The %1 holds a FunnelDesk schema of version %2, newer than this FunnelDesk (which knows up to version %3); update FunnelDesk to use it.</source>
        <translation>%1 enthält ein FunnelDesk-Schema der Version %2, neuer als dieses FunnelDesk (das bis Version %3 kennt); aktualisieren Sie FunnelDesk, um es zu verwenden.</translation>
    </message>
    <message>
        <source>The %1 already holds FunnelDesk&apos;s schema (version %2); open it instead of creating it.</source>
        <translation>%1 enthält bereits das Schema von FunnelDesk (Version %2); öffnen Sie es, statt es anzulegen.</translation>
    </message>
    <message>
        <source>User %1 may not create tables in the %2; ask its administrator to GRANT CREATE ON SCHEMA %3 TO %4, or use a database of your own.</source>
        <translation>Benutzer %1 darf in %2 keine Tabellen anlegen; bitten Sie den Administrator um GRANT CREATE ON SCHEMA %3 TO %4, oder verwenden Sie eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The %1 does not store text as UTF-8, which FunnelDesk needs; create the database with ENCODING &apos;UTF8&apos;.</source>
        <translation>%1 speichert Text nicht als UTF-8, was FunnelDesk braucht; legen Sie die Datenbank mit ENCODING &apos;UTF8&apos; an.</translation>
    </message>
    <message>
        <source>The server of %1 was built without ICU (it has no collation “und-x-icu”), which FunnelDesk&apos;s search needs; use a server built with ICU.</source>
        <translation>Der Server von %1 wurde ohne ICU gebaut (er hat keine Sortierung „und-x-icu“), die die Suche von FunnelDesk braucht; verwenden Sie einen mit ICU gebauten Server.</translation>
    </message>
    <message>
        <source>The server of %1 does not know the time zone %2; give an IANA time zone name such as Europe/Berlin.</source>
        <translation>Der Server von %1 kennt die Zeitzone %2 nicht; geben Sie einen IANA-Zeitzonennamen wie Europe/Berlin an.</translation>
    </message>
    <message>
        <source>this FunnelDesk was built without %1.</source>
        <translation>dieses FunnelDesk wurde ohne %1 gebaut.</translation>
    </message>
    <message>
        <source>%1, statement %2: %3</source>
        <translation>%1, Anweisung %2: %3</translation>
    </message>
    <message>
        <source>Creating FunnelDesk&apos;s schema in the %1 failed, and nothing was created: %2</source>
        <translation>Das Anlegen des FunnelDesk-Schemas in %1 ist fehlgeschlagen, und nichts wurde angelegt: %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Upgrading FunnelDesk&apos;s schema in the %1 from version %2 to %3 failed, and nothing was changed: %4</source>
        <translation>Die Aktualisierung des FunnelDesk-Schemas in %1 von Version %2 auf %3 ist fehlgeschlagen, und nichts wurde geändert: %4</translation>
    </message>
    <message>
        <source>Upgrading FunnelDesk&apos;s schema in the %1 from version %2 to %3 waited more than %4 for tables that another session is using (%5), and nothing was changed: close FunnelDesk where it is still open from before the update, or let that session finish, then try again.</source>
        <translation>Die Aktualisierung des FunnelDesk-Schemas in %1 von Version %2 auf %3 hat mehr als %4 auf Tabellen gewartet, die eine andere Sitzung verwendet (%5), und nichts wurde geändert: Schließen Sie FunnelDesk dort, wo es noch von vor der Aktualisierung geöffnet ist, oder lassen Sie diese Sitzung zu Ende laufen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>a FunnelDesk still open from before the update, or a long transaction</source>
        <translation>ein noch von vor der Aktualisierung geöffnetes FunnelDesk oder eine lange Transaktion</translation>
    </message>
    <message>
        <source>User %1 has no right to read FunnelDesk&apos;s tables in %2; ask the database&apos;s administrator to grant it.</source>
        <translation>Benutzer %1 hat kein Recht, die Tabellen von FunnelDesk in %2 zu lesen; bitten Sie den Administrator der Datenbank, es zu gewähren.</translation>
    </message>
    <message>
        <source>FunnelDesk creates schema versions %1 to %2 on a server, not %3.</source>
        <translation>FunnelDesk legt auf einem Server die Schemaversionen %1 bis %2 an, nicht %3.</translation>
    </message>
    <message>
        <source>Another FunnelDesk has been upgrading or setting up FunnelDesk&apos;s schema on %1 for more than %2; nothing was changed here: try again in a moment.</source>
        <translation>Ein anderes FunnelDesk aktualisiert oder richtet das Schema von FunnelDesk auf %1 seit mehr als %2 ein; hier wurde nichts geändert: Versuchen Sie es gleich erneut.</translation>
    </message>
    <message>
        <source>The %1 lost its table fd_meta while it was read; try again.</source>
        <translation>%1 hat beim Lesen ihre Tabelle fd_meta verloren; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The %1 does not hold FunnelDesk&apos;s schema; nothing was dropped.</source>
        <translation>%1 enthält nicht das Schema von FunnelDesk; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The %1 holds FunnelDesk&apos;s data; nothing was dropped.</source>
        <translation>%1 enthält Daten von FunnelDesk; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>The %1 could not be emptied; nothing was dropped.</source>
        <translation>%1 konnte nicht geleert werden; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 holds FunnelDesk data of schema version %2, and this FunnelDesk needs version %3; only its owner %4 (or a member of that role, or a superuser) can upgrade it: ask them to open it once with this FunnelDesk%5, signed in as %4, then try again; nothing was changed.</source>
        <translation>%1 enthält FunnelDesk-Daten der Schemaversion %2, und dieses FunnelDesk braucht Version %3; nur ihr Eigentümer %4 (oder ein Mitglied dieser Rolle oder ein Superuser) kann sie aktualisieren: Bitten Sie ihn, sie einmal mit diesem FunnelDesk zu öffnen%5, angemeldet als %4, und versuchen Sie es dann erneut; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>fd::pg::Team</name>
    <message>
        <source>FunnelDesk did not make the login %1 for %2, nor did its owner give it to an agent; the team commands act only on such logins.</source>
        <translation>FunnelDesk hat das Login %1 nicht für %2 angelegt, und sein Eigentümer hat es keinem Agenten gegeben; die Team-Befehle wirken nur auf solche Logins.</translation>
    </message>
    <message>
        <source>The role %1 is a group role, not a person&apos;s login; the team commands act only on logins.</source>
        <translation>Die Rolle %1 ist eine Gruppenrolle, kein Login einer Person; die Team-Befehle wirken nur auf Logins.</translation>
    </message>
    <message>
        <source>The role %1 owns %2; the team commands do not act on the database&apos;s owner.</source>
        <translation>Die Rolle %1 ist Eigentümer von %2; die Team-Befehle wirken nicht auf den Eigentümer der Datenbank.</translation>
    </message>
    <message>
        <source>PostgreSQL keeps the name %1 for itself; choose another login name.</source>
        <translation>PostgreSQL reserviert den Namen %1 für sich; wählen Sie einen anderen Loginnamen.</translation>
    </message>
    <message>
        <source>A role named %1 was made on the server meanwhile; try again, or choose another login name.</source>
        <translation>Inzwischen wurde auf dem Server eine Rolle namens %1 angelegt; versuchen Sie es erneut oder wählen Sie einen anderen Loginnamen.</translation>
    </message>
    <message>
        <source>Teams are a server feature: a FunnelDesk file has no logins.</source>
        <translation>Teams sind eine Serverfunktion: Eine FunnelDesk-Datei hat keine Logins.</translation>
    </message>
    <message>
        <source>The login that made this copy has no agent in it.</source>
        <translation>Das Login, das diese Kopie angelegt hat, hat darin keinen Agenten.</translation>
    </message>
    <message>
        <source>The login %1 is already the agent %2 here.</source>
        <translation>Das Login %1 ist hier bereits der Agent %2.</translation>
    </message>
    <message>
        <source>The password for %1 could not be prepared for the server.</source>
        <translation>Das Passwort für %1 konnte nicht für den Server vorbereitet werden.</translation>
    </message>
    <message>
        <source>The login %1 exists on the server and FunnelDesk did not make it for %2; only the database&apos;s owner can give it to an agent%3.</source>
        <translation>Das Login %1 existiert auf dem Server, und FunnelDesk hat es nicht für %2 angelegt; nur der Eigentümer der Datenbank kann es einem Agenten geben%3.</translation>
    </message>
    <message>
        <source>The login %1 belonged to an agent of %2 that was deleted; only the database&apos;s owner can give it to an agent again%3.</source>
        <translation>Das Login %1 gehörte einem gelöschten Agenten von %2; nur der Eigentümer der Datenbank kann es wieder einem Agenten geben%3.</translation>
    </message>
    <message>
        <source>The login %1 differs only in case from the login %2 on this server: PostgreSQL tells them apart, but people, and psql&apos;s unquoted names (folded to lower case), do not; choose another login, or give %2 to the agent%3.</source>
        <translation>Das Login %1 unterscheidet sich vom Login %2 auf diesem Server nur in der Groß- und Kleinschreibung: PostgreSQL unterscheidet sie, Menschen und die nicht in Anführungszeichen gesetzten Namen von psql (in Kleinbuchstaben umgewandelt) aber nicht; wählen Sie ein anderes Login oder geben Sie %2 dem Agenten%3.</translation>
    </message>
    <message>
        <source>An agent named %1 already exists; give the new login another name, or give that agent the login%2.</source>
        <translation>Ein Agent namens %1 existiert bereits; geben Sie dem neuen Login einen anderen Namen oder geben Sie jenem Agenten das Login%2.</translation>
    </message>
    <message>
        <source>No agent of %1 has the id or name %2%3.</source>
        <translation>Kein Agent von %1 hat die ID oder den Namen %2%3.</translation>
    </message>
    <message>
        <source>No agent of %1 signs in as %2%3.</source>
        <translation>Kein Agent von %1 meldet sich als %2 an%3.</translation>
    </message>
    <message>
        <source>The login “%1” does not inherit the rights of the roles it is a member of (NOINHERIT), so it would not work here, and nothing was changed; the server&apos;s administrator can run ALTER ROLE %2 INHERIT first, which also lets it use the rights of every other role it is a member of.</source>
        <translation>Das Login „%1“ erbt die Rechte der Rollen nicht, deren Mitglied es ist (NOINHERIT), daher würde es hier nicht funktionieren, und nichts wurde geändert; der Administrator des Servers kann zuerst ALTER ROLE %2 INHERIT ausführen, womit es auch die Rechte jeder anderen Rolle nutzt, deren Mitglied es ist.</translation>
    </message>
    <message>
        <source>The login %1 has %2 on the server, so it keeps or can take back every right here whatever team disable does, and nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %3 %4</source>
        <translation>Das Login %1 hat auf dem Server %2, daher behält es jedes Recht hier oder kann es sich zurückholen, was team disable auch tut, und es wurde nichts geändert; der Administrator des Servers kann zuerst ausführen: ALTER ROLE %3 %4</translation>
    </message>
    <message>
        <source>The login %1 has %2 on the server, and the team commands give their rights only to a login without such attributes, so nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %3 %4</source>
        <translation>Das Login %1 hat auf dem Server %2, und die Team-Befehle geben ihre Rechte nur einem Login ohne solche Attribute, daher wurde nichts geändert; der Administrator des Servers kann zuerst ausführen: ALTER ROLE %3 %4</translation>
    </message>
    <message>
        <source>The login %1 owns %2, and the database&apos;s owner is never disabled; nothing was changed.</source>
        <translation>Das Login %1 besitzt %2, und der Eigentümer der Datenbank wird nie deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>You are connected as %1, and no login disables itself; nothing was changed, and another manager can disable it.</source>
        <translation>Sie sind als %1 angemeldet, und kein Login deaktiviert sich selbst; nichts wurde geändert, und ein anderer Manager kann es deaktivieren.</translation>
    </message>
    <message>
        <source>The login %1 owns %2 and is never disabled, so there is nothing to enable.</source>
        <translation>Das Login %1 besitzt %2 und wird nie deaktiviert, daher gibt es nichts zu aktivieren.</translation>
    </message>
    <message>
        <source>The login %1 no longer exists on the server; its administrator makes it again first, and then it can be enabled.</source>
        <translation>Das Login %1 gibt es auf dem Server nicht mehr; sein Administrator legt es zuerst neu an, danach kann es aktiviert werden.</translation>
    </message>
    <message>
        <source>The login %1 may not sign in to the server (NOLOGIN), and the team commands give their rights only to a login that may, so nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %2 LOGIN</source>
        <translation>Das Login %1 darf sich nicht am Server anmelden (NOLOGIN), und die Team-Befehle geben ihre Rechte nur einem Login, das es darf, daher wurde nichts geändert; der Administrator des Servers kann zuerst ausführen: ALTER ROLE %2 LOGIN</translation>
    </message>
    <message>
        <source>The agent %1 signs in as %2 already, and an agent has one login; if that one is no longer theirs, the database&apos;s owner can clear agent.login first.</source>
        <translation>Der Agent %1 meldet sich bereits als %2 an, und ein Agent hat ein Login; gehört dieses ihm nicht mehr, kann der Eigentümer der Datenbank zuerst agent.login leeren.</translation>
    </message>
    <message>
        <source>%1 shares its team roles with %2, and its owner %3 may not create roles (CREATEROLE) to give it roles of its own, so its team cannot change and nothing was changed; the server&apos;s administrator can first run: ALTER ROLE %4 CREATEROLE</source>
        <translation>Die Datenbank %1 teilt ihre Team-Rollen mit %2, und ihr Eigentümer %3 darf keine Rollen anlegen (CREATEROLE), um ihr eigene zu geben, daher kann sich ihr Team nicht ändern, und nichts wurde geändert; der Administrator des Servers kann zuerst ausführen: ALTER ROLE %4 CREATEROLE</translation>
    </message>
    <message>
        <source>%1 has no team roles, and its owner %2 may not create roles (CREATEROLE): it works as one login, its owner&apos;s, and its team cannot change.</source>
        <translation>Die Datenbank %1 hat keine Team-Rollen, und ihr Eigentümer %2 darf keine Rollen anlegen (CREATEROLE); sie arbeitet mit einem Login, dem ihres Eigentümers, und ihr Team kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>The team&apos;s %1 role %2 is not on the server, so its team cannot change and nothing was changed; if it was renamed, the server&apos;s administrator can rename it back with ALTER ROLE … RENAME TO %2, else (dropped) run CREATE ROLE %2 NOLOGIN, and check then names what it lacks.</source>
        <translation>Die Rolle %1 des Teams, %2, gibt es auf dem Server nicht, daher kann sich das Team nicht ändern, und nichts wurde geändert; wurde sie umbenannt, kann der Administrator des Servers sie mit ALTER ROLE … RENAME TO %2 zurückbenennen, sonst (gelöscht) CREATE ROLE %2 NOLOGIN ausführen, und check nennt dann, was ihr fehlt.</translation>
    </message>
    <message>
        <source>The agent %1 (id %2) was deleted meanwhile, and nothing was changed%3.</source>
        <translation>Der Agent %1 (ID %2) wurde inzwischen gelöscht, und nichts wurde geändert%3.</translation>
    </message>
</context>
<context>
    <name>fd::service::Audit</name>
    <message>
        <source>Name a customer or a ticket, not both.</source>
        <translation>Nennen Sie einen Kunden oder ein Ticket, nicht beides.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
</context>
<context>
    <name>fd::service::AuditText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Stage recompute</source>
        <translation>Phasen-Neuberechnung</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>canned replies</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>First sale</source>
        <translation>Erstkauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Externe Referenz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>Umfragewert</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Audit log paused</source>
        <translation>Audit-Log pausiert</translation>
    </message>
    <message>
        <source>%1: %2 row</source>
        <translation>%1: %2 Zeile</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>%1; not logged one by one: %2</source>
        <translation>%1; nicht einzeln protokolliert: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unknown — bulk load)</source>
        <translation>(unbekannt — Massenladen)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Reply on #%1</source>
        <translation>Antwort zu #%1</translation>
    </message>
    <message>
        <source>Touchpoint #%1</source>
        <translation>Kontaktpunkt #%1</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Kontakt #%1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>Canned reply #%1</source>
        <translation>Textbaustein #%1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>fd::service::Migrate</name>
    <message>
        <source>Cannot create %1: another file of that name appeared while migrating; nothing was written.</source>
        <translation>%1 kann nicht angelegt werden: Während der Migration ist eine andere Datei dieses Namens entstanden; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>There is no FunnelDesk file %1 to migrate.</source>
        <translation>Es gibt keine FunnelDesk-Datei %1 zum Migrieren.</translation>
    </message>
    <message>
        <source>%1 already exists; migrate writes a new FunnelDesk file and never touches one that exists.</source>
        <translation>%1 existiert bereits; migrate schreibt eine neue FunnelDesk-Datei und rührt eine vorhandene nie an.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist; create it first or choose another path.</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht; legen Sie ihn zuerst an oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>%1 FunnelDesk&apos;s empty schema made for the copy stays behind: %2</source>
        <translation>%1 Das für die Kopie angelegte leere Schema von FunnelDesk bleibt zurück: %2</translation>
    </message>
    <message>
        <source>database %1 (schema %2) on %3</source>
        <translation>Datenbank %1 (Schema %2) auf %3</translation>
    </message>
    <message>
        <source>The %1 already holds tables or functions that are not FunnelDesk&apos;s; migrate copies only into an empty database or schema.</source>
        <translation>%1 enthält bereits Tabellen oder Funktionen, die nicht zu FunnelDesk gehören; migrate kopiert nur in eine leere Datenbank oder ein leeres Schema.</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>die %1</translation>
    </message>
    <message>
        <source>The %1 already holds FunnelDesk&apos;s data (%2 rows); migrate copies only into an empty database, so that nothing there is mixed or lost.</source>
        <translation>%1 enthält bereits Daten von FunnelDesk (%2 Zeilen); migrate kopiert nur in eine leere Datenbank, damit dort nichts vermischt wird oder verloren geht.</translation>
    </message>
    <message>
        <source>Migrating %1 failed, and nothing was written: %2</source>
        <translation>Die Migration von %1 ist fehlgeschlagen, und nichts wurde geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>the copy failed %Ln check(s), the first: %1</source>
        <translation>
            <numerusform>die Kopie hat %Ln Prüfung nicht bestanden, die erste: %1</numerusform>
            <numerusform>die Kopie hat %Ln Prüfungen nicht bestanden, die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrating %1 was cancelled; nothing was written.</source>
        <translation>Die Migration von %1 wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the database being migrated; copy it to a new file or to an empty database on a server instead.</source>
        <translation>%1 ist die zu migrierende Datenbank; kopieren Sie sie stattdessen in eine neue Datei oder in eine leere Datenbank auf einem Server.</translation>
    </message>
    <message>
        <source>a new file</source>
        <translation>eine neue Datei</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>another program kept the new file %1 open</source>
        <translation>ein anderes Programm hielt die neue Datei %1 geöffnet</translation>
    </message>
    <message>
        <source>%1 was made by a newer FunnelDesk (this one knows versions up to %2): run the migrate with that FunnelDesk.</source>
        <translation>%1 wurde von einem neueren FunnelDesk angelegt (dieses kennt Versionen bis %2): Führen Sie migrate mit jenem FunnelDesk aus.</translation>
    </message>
    <message>
        <source>open %1 with this FunnelDesk to bring it up to date first.</source>
        <translation>Öffnen Sie %1 zuerst mit diesem FunnelDesk, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 has FunnelDesk&apos;s schema version %2 and %3 version %4; migrate copies only between databases of the same version: %5</source>
        <translation>%1 hat die FunnelDesk-Schemaversion %2 und %3 die Version %4; migrate kopiert nur zwischen Datenbanken derselben Version: %5</translation>
    </message>
</context>
<context>
    <name>fd::service::Setup</name>
    <message>
        <source>“%1” already exists; init makes a new FunnelDesk file and never touches one that exists.</source>
        <translation>„%1“ existiert bereits; init legt eine neue FunnelDesk-Datei an und rührt eine vorhandene nie an.</translation>
    </message>
    <message>
        <source>Created a new, empty FunnelDesk file “%1”.</source>
        <translation>Neue, leere FunnelDesk-Datei „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Created FunnelDesk&apos;s tables in schema “%1” of database “%2” (%3), with “%4” as its first manager.</source>
        <translation>Die Tabellen von FunnelDesk in Schema „%1“ der Datenbank „%2“ (%3) angelegt, mit „%4“ als erstem Manager.</translation>
    </message>
</context>
<context>
    <name>fd::settingspages::AgentsPage</name>
    <message>
        <source>The agents who own customers, are assigned tickets and log touchpoints. A new agent is added when the settings are saved.</source>
        <translation>Die Agenten, die Kunden betreuen, Tickets zugewiesen bekommen und Kontaktpunkte erfassen. Ein neuer Agent wird beim Speichern der Einstellungen hinzugefügt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>New agent&apos;s name</source>
        <translation>Name des neuen Agenten</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <source>New agent&apos;s email</source>
        <translation>E-Mail des neuen Agenten</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>New agent&apos;s role</source>
        <translation>Rolle des neuen Agenten</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>Agent &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected new agent off the list (Delete)</source>
        <translation>Den ausgewählten neuen Agenten von der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <source>An agent added here has no login; funneldesk-cli team add gives one a login to this server.</source>
        <translation>Ein hier hinzugefügter Agent hat kein Login; funneldesk-cli team add gibt einem ein Login für diesen Server.</translation>
    </message>
    <message>
        <source>A new agent needs a name.</source>
        <translation>Ein neuer Agent braucht einen Namen.</translation>
    </message>
    <message>
        <source>An agent&apos;s name cannot be digits only: “%1” would read as an agent&apos;s id.</source>
        <translation>Der Name eines Agenten kann nicht nur aus Ziffern bestehen: „%1“ würde als ID eines Agenten gelesen.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>There is an agent named “%1” already.</source>
        <translation>Es gibt bereits einen Agenten namens „%1“.</translation>
    </message>
    <message>
        <source>%1 has the email “%2” already.</source>
        <translation>%1 hat bereits die E-Mail „%2“.</translation>
    </message>
    <message>
        <source>new, added on Save</source>
        <translation>neu, wird beim Speichern hinzugefügt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FunnelDesk helpdesk</source>
        <translation>FunnelDesk-Helpdesk</translation>
    </message>
    <message>
        <source>A SQLite file&apos;s path, or a PostgreSQL server as a postgresql:// URI or libpq key=value pairs.</source>
        <translation>Der Pfad einer SQLite-Datei oder ein PostgreSQL-Server als postgresql://-URI oder libpq-Paare key=value.</translation>
    </message>
    <message>
        <source>Render the window, save it as a PNG and exit.</source>
        <translation>Das Fenster darstellen, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Start on a view: overview, onboarding, post-sales, retention, advocacy, customers, tickets or tasks; settings opens the Settings dialog.</source>
        <translation>In einer Ansicht starten: overview, onboarding, post-sales, retention, advocacy, customers, tickets oder tasks; settings öffnet den Einstellungsdialog.</translation>
    </message>
    <message>
        <source>The database, as --db DATABASE.</source>
        <translation>Die Datenbank, wie --db DATABASE.</translation>
    </message>
    <message>
        <source>FunnelDesk opens one database at a time; name it once, as --db DATABASE or as PATH alone.</source>
        <translation>FunnelDesk öffnet eine Datenbank auf einmal; nennen Sie sie einmal, als --db DATABASE oder allein als PATH.</translation>
    </message>
    <message>
        <source>%1

Restore the automatic backup of %2? The damaged file is kept beside it.</source>
        <translation>%1

Die automatische Sicherung von %2 wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
</context>
</TS>
