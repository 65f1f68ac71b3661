package se.paverkansagenda.agenda;

import java.time.OffsetDateTime;

/** A consultation statement (its request's id) linked to the agenda section it comments on. */
public record StatementLink(String statementId, String sectionKey, String linkedBy, OffsetDateTime linkedAt) {
}
