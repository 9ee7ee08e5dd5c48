// Who is at the keyboard, per database file: the agent the rep chose (in "Who are you?" or
// "Me" above the queue), kept in QSettings under the file's absolute path. Replies are
// signed with it, "My open" lists its tickets, manual moves and touchpoints name it.
// AgentChooser.h asks for it when an action needs it and none is remembered.
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace fd {

class Database;

class CurrentAgent : public QObject {
    Q_OBJECT

public:
    // The one notifier: views showing "Me" follow it.
    static CurrentAgent& instance();

    // The agent id remembered for the file at `databasePath` (any spelling of its path),
    // whether or not it still exists; nullopt when none was chosen for that file.
    static std::optional<qint64> remembered(const QString& databasePath);
    static void remember(const QString& databasePath, qint64 agentId);
    static void forget(const QString& databasePath);
    // An agent was added to the file at `databasePath` by this window (AgentChooser's "Add
    // me…"): emits agentAdded, so that the window reads its lists again (DataChanges).
    static void added(const QString& databasePath);
    // The key the answer is kept under: the file's canonical path when it exists, else its
    // absolute path.
    static QString fileKey(const QString& databasePath);

signals:
    // The answer for `fileKey` changed (or an agent was added to that file).
    void changed(const QString& fileKey);
    // An agent was added to that file in this process (added()).
    void agentAdded(const QString& fileKey);

private:
    CurrentAgent() = default;
};

} // namespace fd
