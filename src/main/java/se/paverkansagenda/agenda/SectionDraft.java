package se.paverkansagenda.agenda;

/**
 * A section as the officials save it, in its place in the list. The key is empty for a new section;
 * the issue id is empty for a section the officials add themselves.
 */
public record SectionDraft(String key, String issueId, String title, String text) {
}
