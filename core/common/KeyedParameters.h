// Whole-number settings kept as data: each parameter of a group (the stage rules, the health
// score) has a stable key ("postsales.settled.min_days", "recency.weight"), a default (its
// struct member's initialiser) and an inclusive range. A manager changes them in settings
// ("<prefix><key>" = the number as text), a what-if preview overrides them without saving, and
// the CLI takes them as KEY=VALUE. The checks and the sentences are here, once, for every group.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <span>
#include <utility>
#include <vector>

namespace fd {

template <typename Values> struct KeyedParameter {
    const char* key; // without the settings prefix
    int Values::*member;
    int minimum; // inclusive
    int maximum; // inclusive
};

class KeyedParameters {
    Q_DECLARE_TR_FUNCTIONS(fd::KeyedParameters)

public:
    // `value` as a whole number in [minimum, maximum]; else "KEY must be a whole number from A
    // to B, not “V”."
    static Result<int> number(const QString& key, const QString& value, int minimum, int maximum);
    // "“KEY” is not WHAT; the parameters are K1, K2, …", e.g. WHAT = "a stage rule parameter".
    static Error unknown(const QString& key, const QString& what, const QStringList& known);
    // Splits a list of "KEY=VALUE" (as typed after --rule, --set or `settings set`) into key
    // and value, in order, each key at most once: a key given twice is refused, naming it (which
    // value would count is a guess we do not make; issue 14 §4), as is an assignment without
    // "=" (`example` is quoted as the form's example). Keys and values are not checked here.
    static Result<std::vector<std::pair<QString, QString>>> assignments(const QStringList& list,
                                                                        const QString& example);

    // Sets one parameter of `values` by its key (no prefix), checking the range.
    template <typename Values>
    static Status set(std::span<const KeyedParameter<Values>> parameters, Values& values,
                      const QString& key, const QString& value, const QString& what)
    {
        for (const KeyedParameter<Values>& p : parameters) {
            if (key != QLatin1String(p.key))
                continue;
            auto n = number(key, value, p.minimum, p.maximum);
            if (!n)
                return failure(n.error());
            values.*p.member = *n;
            return {};
        }
        QStringList known;
        for (const KeyedParameter<Values>& p : parameters)
            known << QLatin1String(p.key);
        return failure(unknown(key, what, known));
    }

    // The defaults with every stored "<prefix>KEY" applied; a stored value that is not a whole
    // number in range, or a stored key this build does not know, is reported ("The saved
    // settings are invalid: …"), not ignored.
    template <typename Values>
    static Result<Values> fromSettings(std::span<const KeyedParameter<Values>> parameters,
                                       const std::map<QString, QString>& settings,
                                       const QString& prefix, const QString& what)
    {
        Values values;
        for (auto it = settings.lower_bound(prefix);
             it != settings.end() && it->first.startsWith(prefix); ++it) {
            if (auto applied =
                    set(parameters, values, it->first.mid(prefix.size()), it->second, what);
                !applied)
                return failure(savedInvalid(applied.error()));
        }
        return values;
    }

private:
    static Error savedInvalid(const QString& sentence);
};

} // namespace fd
