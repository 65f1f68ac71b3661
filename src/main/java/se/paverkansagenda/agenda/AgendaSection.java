package se.paverkansagenda.agenda;

/**
 * One section of an agenda version, in its place: a heading and its text. The key stays the same
 * across versions, so a section's history and the statements about it follow it; a section from the
 * workshop's list carries its issue's id.
 */
public record AgendaSection(String key, int position, SectionOrigin origin, String issueId, String title, String text) {
}
