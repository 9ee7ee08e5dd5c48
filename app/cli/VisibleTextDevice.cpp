#include "VisibleTextDevice.h"

#include "common/VisibleText.h"

namespace fd::cli {

namespace {

// How many bytes of `bytes` form whole UTF-8 sequences: all but a lead byte at the end whose
// continuation bytes have not come yet.
qsizetype wholeSequences(const QByteArray& bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(size - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const qsizetype needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return needed > back ? size - back : size;
    }
    return size;
}

} // namespace

VisibleTextDevice::VisibleTextDevice(QIODevice& inner) : m_inner(inner)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool VisibleTextDevice::writeRaw(const QByteArray& bytes)
{
    return m_inner.write(bytes) == bytes.size();
}

qint64 VisibleTextDevice::readData(char*, qint64)
{
    return -1;
}

qint64 VisibleTextDevice::writeData(const char* data, qint64 size)
{
    m_pending.append(data, size);
    const qsizetype whole = wholeSequences(m_pending);
    const QByteArray shown = visibleText(QString::fromUtf8(m_pending.first(whole))).toUtf8();
    m_pending.remove(0, whole);
    return m_inner.write(shown) == shown.size() ? size : -1;
}

} // namespace fd::cli
