// A file's path in a sentence of a dialog or a notice (issue 15, Step 9: the import wizard
// grew to the width of a long rejects path, and jumped between pages).
#pragma once

#include <QDir>
#include <QFontMetrics>
#include <QString>

#include <algorithm>

namespace fd {

// `path` with native separators, cut in the middle to at most `width` pixels of `metrics`
// ("/home/ana/Support…/tickets.rejects.csv": the folder's start and the file's name stay), but
// never to fewer than 24 average characters. Whoever shows it puts the whole path in a
// tooltip beside it.
inline QString elidedPath(const QString& path, const QFontMetrics& metrics, int width)
{
    return metrics.elidedText(QDir::toNativeSeparators(path), Qt::ElideMiddle,
                              std::max(width, metrics.averageCharWidth() * 24));
}

} // namespace fd
