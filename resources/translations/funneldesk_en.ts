<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fd::CustomersView</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s): %1</source>
        <translation>
            <numerusform>%Ln customer: %1</numerusform>
            <numerusform>%Ln customers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln open ticket</numerusform>
            <numerusform>%Ln open tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::ReportText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::SettingsDialog</name>
    <message numerus="yes">
        <source>%Ln customer(s) would move, of %1 evaluated.</source>
        <translation>
            <numerusform>%Ln customer would move, of %1 evaluated.</numerusform>
            <numerusform>%Ln customers would move, of %1 evaluated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) would change band, of %1 scored.</source>
        <translation>
            <numerusform>%Ln customer would change band, of %1 scored.</numerusform>
            <numerusform>%Ln customers would change band, of %1 scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As edited, over %1 these playbooks would have made %Ln task(s); silences as of now.</source>
        <translation>
            <numerusform>As edited, over %1 these playbooks would have made %Ln task; silences as of now.</numerusform>
            <numerusform>As edited, over %1 these playbooks would have made %Ln tasks; silences as of now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved playbooks would have made %Ln task(s) over %1; silences as of now.</source>
        <translation>
            <numerusform>The saved playbooks would have made %Ln task over %1; silences as of now.</numerusform>
            <numerusform>The saved playbooks would have made %Ln tasks over %1; silences as of now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::Sla</name>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::SlaSweep</name>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2, connected %3) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation>
            <numerusform>No SLA breach recorded for %n minute: “%1” (%2, connected %3) holds the sweep&apos;s lock. A manager can end that session.</numerusform>
            <numerusform>No SLA breach recorded for %n minutes: “%1” (%2, connected %3) holds the sweep&apos;s lock. A manager can end that session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SLA breach recorded for %n minute(s): “%1” (%2) holds the sweep&apos;s lock. A manager can end that session.</source>
        <translation>
            <numerusform>No SLA breach recorded for %n minute: “%1” (%2) holds the sweep&apos;s lock. A manager can end that session.</numerusform>
            <numerusform>No SLA breach recorded for %n minutes: “%1” (%2) holds the sweep&apos;s lock. A manager can end that session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TasksView</name>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::TicketsView</name>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s): %1</source>
        <translation>
            <numerusform>%Ln ticket: %1</numerusform>
            <numerusform>%Ln tickets: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::cli::CliContext</name>
    <message numerus="yes">
        <source>%Ln agent(s) copied signed in with a login this server does not have, and were copied without it.</source>
        <translation type="vanished">
            <numerusform>%Ln agent copied signed in with a login this server does not have, and was copied without it.</numerusform>
            <numerusform>%Ln agents copied signed in with a login this server does not have, and were copied without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied signed in with a login this server does not have, and were copied without it: %1.</source>
        <translation>
            <numerusform>%Ln agent copied signed in with a login this server does not have, and was copied without it: %1.</numerusform>
            <numerusform>%Ln agents copied signed in with a login this server does not have, and were copied without it: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n check(s); each line above says what to do, and where rows are wrong, ask the server&apos;s administrator to restore it from the server&apos;s backups, or copy it first (migrate) before repairing it.</source>
        <translation>
            <numerusform>%1 failed %n check; each line above says what to do, and where rows are wrong, ask the server&apos;s administrator to restore it from the server&apos;s backups, or copy it first (migrate) before repairing it.</numerusform>
            <numerusform>%1 failed %n checks; each line above says what to do, and where rows are wrong, ask the server&apos;s administrator to restore it from the server&apos;s backups, or copy it first (migrate) before repairing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” failed %n check(s); restore it from a backup or run `funneldesk-cli backup` before repairing it.</source>
        <translation>
            <numerusform>“%1” failed %n check; restore it from a backup or run `funneldesk-cli backup` before repairing it.</numerusform>
            <numerusform>“%1” failed %n checks; restore it from a backup or run `funneldesk-cli backup` before repairing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln agent(s) copied have no login to sign in with: give each one with `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` lists them).</source>
        <translation>
            <numerusform>%Ln agent copied has no login to sign in with: give it one with `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` lists it).</numerusform>
            <numerusform>%Ln agents copied have no login to sign in with: give each one with `funneldesk-cli --db TARGET team add --agent ID --login LOGIN` (`team list --all` lists them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fd::service::Migrate</name>
    <message numerus="yes">
        <source>the copy failed %Ln check(s), the first: %1</source>
        <translation>
            <numerusform>the copy failed %Ln check, the first: %1</numerusform>
            <numerusform>the copy failed %Ln checks, the first: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
