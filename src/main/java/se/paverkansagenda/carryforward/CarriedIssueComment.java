package se.paverkansagenda.carryforward;

/** A municipality's comment on an issue of last year's agenda, given with its input. */
public record CarriedIssueComment(String municipality, String text) {
}
