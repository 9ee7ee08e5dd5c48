#pragma once

#include "common/Result.h"
#include <QAbstractTableModel>

namespace fd {

// What the list models share: a storage error reaches the window once, as a queued
// failed() signal, because it is found in data() (which cannot emit) or in a constructor
// (before anyone listens).
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The end of a cell's text that a narrow column must not cut (KeepEndDelegate): the
    // " (customer 12)" of "Acme (customer 12)", which tells two Acmes apart. A QString.
    static constexpr int KeepEndRole = Qt::UserRole + 64;

    // The last storage error, if a list or a page could not be read.
    const QString& lastError() const { return m_error; }

signals:
    void failed(const fd::Error& sentence);

protected:
    void reportLater(const Error& error) const
    {
        if (error == m_error)
            return;
        m_error = error;
        auto* self = const_cast<PagedTableModel*>(this);
        QMetaObject::invokeMethod(
            self, [self, error] { emit self->failed(error); }, Qt::QueuedConnection);
    }

private:
    mutable QString m_error;
};

} // namespace fd
