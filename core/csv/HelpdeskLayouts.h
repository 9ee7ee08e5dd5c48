#pragma once

#include "domain/Enums.h"

#include <span>
#include <string>
#include <string_view>

namespace fd::layouts {

// What the CSV exports of other helpdesks call FunnelDesk's fields and values, so that a
// file exported from Zendesk, Freshdesk, Zammad, osTicket, Help Scout, HubSpot, Jira
// Service Management, ServiceNow or FreeScout imports with no --map. Each helpdesk's
// default export, with the documentation every synonym comes from, is in
// docs/IMPORT-LAYOUTS.md; each layout has a test (tests/core/HelpdeskLayoutsTest.cpp).
//
// Texts are normalised before they are compared: letters and digits only, lower case
// ("Requester email", "requester_email" and "Requester-Email" are all "requesteremail").

// A field and the normalised header texts that name it, best first: the first is the field
// itself, so an exact header beats a synonym when two columns want one field. Within one
// entity no text names two fields (tested).
struct FieldSynonyms {
    std::string_view field;
    std::string_view synonyms; // space-separated
};

std::span<const FieldSynonyms> customerFields();
std::span<const FieldSynonyms> ticketFields();
std::span<const FieldSynonyms> touchpointFields();

// Fields that hold a list: several columns with one header (Jira writes
// `Labels,Labels,Labels`) are joined, ", " between their values.
bool isListField(std::string_view field);

// A normalised cell text and the value it means.
template <typename E> struct ValueSynonym {
    std::string_view key;
    E value;
};

std::span<const ValueSynonym<TicketStatus>> ticketStatuses();
std::span<const ValueSynonym<Priority>> priorities();
std::span<const ValueSynonym<TouchpointKind>> kinds(); // the ticket channels are among them
std::span<const ValueSynonym<Category>> categories();
std::span<const ValueSynonym<Direction>> directions();
std::span<const ValueSynonym<CustomerStatus>> customerStatuses();
std::span<const ValueSynonym<Stage>> stages();

// Satisfaction ratings written as words, on FunnelDesk's 1–5 CSAT scale: Zendesk's
// "Good"/"Bad", Help Scout's "Great"/"Okay"/"Not Good", Freshdesk's survey answers.
// A rating of 0 means "offered, not rated" (Zendesk's "Offered", "Unoffered"): no CSAT.
std::span<const ValueSynonym<int>> satisfactionWords();

// Channel texts that name no channel (osTicket's "Other", Zammad's "note"): read as an
// empty cell, so the ticket takes the default channel. `key` is normalised.
bool meansNoChannel(std::u16string_view key);

} // namespace fd::layouts
