// The stage engine: facts about a customer → rules → a decision with a reason.
// StageRules holds every threshold and window of PRODUCT.md §3 as data: each has a
// stable key ("postsales.settled.min_days"), a default, and a range; managers change
// them in settings, and a what-if preview overrides them without saving.
#pragma once

#include "common/KeyedParameters.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <span>
#include <utility>
#include <vector>

namespace fd {

struct StageRules {
    int onboardingMinDays = 30;
    int onboardingMinTouchpoints = 1;

    int settledMinDays = 90;
    int settledWindowDays = 30;
    int settledMaxTickets = 2;
    int settledMaxLiveTouchpoints = 3;

    int advocateWindowDays = 180;
    int advocateMinSurvey = 9;
    int advocateMinCsat = 4;
    int advocateDetractorScore = 6;
    int advocateDetractorWindowDays = 90;

    int regressWindowDays = 30;
    int regressMinTickets = 5;

    int lapseWindowDays = 365;
    int lapseMinSurvey = 9;
    int lapseDetractorScore = 6;
    int lapseDetractorWindowDays = 90;
};

// Keys are "<rule key>.<parameter>" (common/KeyedParameters.h).
using RuleParameter = KeyedParameter<StageRules>;

class StageRuleSettings {
    Q_DECLARE_TR_FUNCTIONS(fd::StageRuleSettings)

public:
    // Every parameter, in rule order.
    static std::span<const RuleParameter> parameters();
    // Settings keys are "stage_rule." + the parameter key.
    static QString settingsKey(const RuleParameter& parameter);

    // The defaults with the stored values applied; a stored value that is not a whole
    // number in range is reported, not ignored.
    static Result<StageRules> fromSettings(const std::map<QString, QString>& settings);
    // Splits a list of "KEY.PARAM=VALUE" (as typed after --rule or --set) into key and value,
    // in order, each key at most once: a key given twice is refused, naming it (which value
    // would count is a guess we do not make; issue 14 §4), as is an assignment without
    // "=". Keys and values are checked by set(), not here.
    static Result<std::vector<std::pair<QString, QString>>> assignments(const QStringList& list);
    // assignments(), then set() for each; on failure `rules` is unchanged.
    static Status applyAll(StageRules& rules, const QStringList& list);
    static Status set(StageRules& rules, const QString& key, const QString& value);
};

} // namespace fd
