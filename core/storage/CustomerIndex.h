// Finding a customer's row by id among many, fast: the indexes StageFactsRepository's reads
// (StageFactsRepository.cpp) look up each ticket's and touchpoint's customer in, by position
// when the ids are dense, by a hash otherwise.
#pragma once

#include "domain/CustomerFacts.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace fd {

// Finds a customer's facts by id: a direct index when ids are dense and none is negative (the
// usual case), a hash map otherwise (a raw INSERT may give any id, -7 or 2^63 - 1).
class FactsIndex {
public:
    explicit FactsIndex(std::vector<CustomerFacts>& facts)
    {
        qint64 maxId = 0;
        qint64 minId = 0;
        for (const CustomerFacts& f : facts) {
            maxId = std::max(maxId, f.customerId);
            minId = std::min(minId, f.customerId);
        }
        if (minId >= 0 && maxId <= 4 * static_cast<qint64>(facts.size()) + 1024) {
            m_dense.assign(static_cast<std::size_t>(maxId) + 1, nullptr);
            for (CustomerFacts& f : facts)
                m_dense[static_cast<std::size_t>(f.customerId)] = &f;
        } else {
            for (CustomerFacts& f : facts)
                m_sparse.emplace(f.customerId, &f);
        }
    }
    CustomerFacts* find(qint64 id) const
    {
        if (!m_dense.empty())
            return id >= 0 && id < static_cast<qint64>(m_dense.size())
                       ? m_dense[static_cast<std::size_t>(id)]
                       : nullptr;
        auto it = m_sparse.find(id);
        return it == m_sparse.end() ? nullptr : it->second;
    }

private:
    std::vector<CustomerFacts*> m_dense;
    std::unordered_map<qint64, CustomerFacts*> m_sparse;
};

// Finds a customer's history by id among `histories` (sorted by id, not empty): by position
// when the ids are dense (an import's new customers are), else by a hash.
class HistoryIndex {
public:
    explicit HistoryIndex(std::vector<CustomerHistory>& histories)
        : m_histories(histories), m_first(histories.front().customer.customerId),
          m_span(histories.back().customer.customerId - m_first + 1)
    {
        if (m_span <= 4 * static_cast<qint64>(histories.size()) + 1024) {
            m_dense.assign(static_cast<std::size_t>(m_span), -1);
            for (std::size_t i = 0; i < histories.size(); ++i)
                m_dense[static_cast<std::size_t>(histories[i].customer.customerId - m_first)] =
                    static_cast<std::int32_t>(i);
        } else {
            for (std::size_t i = 0; i < histories.size(); ++i)
                m_sparse.emplace(histories[i].customer.customerId, static_cast<std::int32_t>(i));
        }
    }

    CustomerHistory* find(qint64 id) const
    {
        std::int32_t i = -1;
        if (!m_dense.empty()) {
            if (id >= m_first && id - m_first < m_span)
                i = m_dense[static_cast<std::size_t>(id - m_first)];
        } else if (auto it = m_sparse.find(id); it != m_sparse.end()) {
            i = it->second;
        }
        return i < 0 ? nullptr : &m_histories[static_cast<std::size_t>(i)];
    }

private:
    std::vector<CustomerHistory>& m_histories;
    qint64 m_first;
    qint64 m_span;
    std::vector<std::int32_t> m_dense;
    std::unordered_map<qint64, std::int32_t> m_sparse;
};

} // namespace fd
