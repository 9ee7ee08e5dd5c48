// The status bar's sentence when a customer changes stage (issue 15, hostile tester: the
// move was named twice, "… moved to Advocacy — why: Onboarding → Advocacy by …", and it
// stayed over view changes while StatusRoom hid the counts for it).
#pragma once

#include <QString>

class QStatusBar;

namespace fd {

struct StageTransition;

namespace MoveNotice {

// How long the sentence stays, in milliseconds.
constexpr int kTimeoutMs = 15000;

// WrittenFacts::moveSentence (core/service/Written.h), the one place a move is worded.
QString sentence(const QString& customer, const StageTransition& move);

// Shows `sentence` for kTimeoutMs, marked as a move's so that dismiss() takes it away.
void show(QStatusBar* bar, const QString& sentence);

// On a view change: clears the bar when it still shows a move's sentence (not an error).
void dismiss(QStatusBar* bar);

} // namespace MoveNotice

} // namespace fd
