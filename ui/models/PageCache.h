// The rows a view has asked for, a page at a time, the least recently used page dropped
// first: a list model over millions of rows holds only a few thousand.
#pragma once

#include "common/Result.h"

#include <QHash>

#include <list>
#include <vector>

namespace fd {

template <typename Row> class PageCache {
public:
    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 16;

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

    // The row at `index`; `fetch(page)` reads a missing page (an error is passed on and
    // nothing is kept).
    template <typename Fetch> Result<const Row*> at(qint64 index, Fetch&& fetch)
    {
        const qint64 pageIndex = index / kPageSize;
        auto it = m_pages.find(pageIndex);
        if (it == m_pages.end()) {
            Result<std::vector<Row>> page = fetch(pageIndex);
            if (!page)
                return failure(page.error());
            if (m_pages.size() >= kPagesKept) {
                m_pages.remove(m_recent.back());
                m_recent.pop_back();
            }
            it = m_pages.insert(pageIndex, std::move(*page));
        } else {
            m_recent.remove(pageIndex);
        }
        m_recent.push_front(pageIndex);
        const auto offset = static_cast<std::size_t>(index % kPageSize);
        return offset < it->size() ? &(*it)[offset] : nullptr;
    }

    // A page already read, or null: lets a windowed query seek from its neighbour.
    const std::vector<Row>* find(qint64 pageIndex) const
    {
        const auto it = m_pages.constFind(pageIndex);
        return it == m_pages.cend() ? nullptr : &*it;
    }

private:
    QHash<qint64, std::vector<Row>> m_pages;
    std::list<qint64> m_recent; // most recently used page first
};

} // namespace fd
