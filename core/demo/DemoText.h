#pragma once

#include "domain/CannedReply.h"

#include <vector>

#include "domain/Enums.h"

#include <string_view>

namespace fd {
class Random;
}

// Word lists and sentence templates for realistic demo data.
namespace fd::demo {

std::string_view firstName(Random& random);
std::string_view lastName(Random& random);
std::string_view firstNameAt(std::size_t index); // index modulo the list size
std::string_view lastNameAt(std::size_t index);
std::string_view companyWord(Random& random);
std::string_view companySuffix(Random& random);
std::string_view plan(Random& random);
std::string_view contactRole(Random& random);
std::string_view ticketSubject(Category category, Random& random);
std::string_view ticketDetail(Category category, Random& random);
std::string_view feature(Random& random);
std::string_view replyText(Random& random);
std::string_view noteText(Random& random);
std::string_view touchpointSummary(TouchpointKind kind, Random& random);
// The team's saved replies, with placeholders.
std::vector<CannedReply> cannedReplies();

} // namespace fd::demo
