#pragma once

#include <QByteArray>
#include <QIODevice>

namespace fd::cli {

// The device behind CliContext's out() and err(): every byte written passes to `inner` as
// visibleText (common/VisibleText.h) shows it, so no command can print an ESC or a bidi
// override that came in with the data (issues 16/17 hostile pass). The few bytes of a UTF-8
// sequence cut by a write wait for the next. Unbuffered, write-only; a failed write of
// `inner` fails this one (-1), so OutputFile still reports it.
class VisibleTextDevice : public QIODevice {
public:
    explicit VisibleTextDevice(QIODevice& inner);

    bool isSequential() const override { return true; }
    // `bytes` to `inner` as they are: a progress line's carriage return.
    bool writeRaw(const QByteArray& bytes);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& m_inner;
    QByteArray m_pending; // the start of a UTF-8 sequence the last write cut
};

} // namespace fd::cli
