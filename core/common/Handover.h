#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace fd {

// A bounded hand-over between two threads: the producer blocks while it is full, the
// consumer while it is empty. close() (the consumer gave up) and finish() (the producer
// is done) release the other side.
template <typename Item> class Handover {
public:
    // A capacity of 0 never blocks the producer.
    explicit Handover(std::size_t capacity) : m_capacity(capacity) {}

    bool push(Item&& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock,
                       [&] { return m_closed || m_capacity == 0 || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }
    // Without waiting: false when there is nothing.
    bool tryPop(Item& item)
    {
        std::unique_lock lock(m_mutex);
        return take(item);
    }
    // Waits for an item: false once the producer is done (or closed) and nothing is left.
    bool pop(Item& item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_finished || m_closed || !m_items.empty(); });
        return take(item);
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    bool take(Item& item) // with the lock held
    {
        if (m_items.empty())
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    bool m_finished = false;
    bool m_closed = false;
};

// A thread that is always joined, and whose failure is rethrown by whoever joins it.
class Worker {
public:
    template <typename F>
    explicit Worker(F&& work, std::function<void()> stop) : m_stop(std::move(stop))
    {
        m_thread = std::thread([this, work = std::forward<F>(work)]() mutable {
            try {
                work();
            } catch (...) {
                m_error = std::current_exception();
            }
        });
    }
    ~Worker()
    {
        if (m_thread.joinable()) {
            m_stop();
            m_thread.join();
        }
    }
    void join()
    {
        m_thread.join();
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::function<void()> m_stop;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace fd
