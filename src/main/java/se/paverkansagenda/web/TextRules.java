package se.paverkansagenda.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of every text people type into the application's own pages: present when required,
 * readable, not too long, and plain text (no HTML tags), each problem said with the field's label.
 *
 * <p>A form's bytes that are not UTF-8 reach the application as U+FFFD, the replacement character
 * (Tomcat decodes form fields, URL-encoded and multipart alike, that way): a text holding it is
 * refused, so what could not be read is typed again instead of being stored and printed as {@code #}.
 */
public final class TextRules {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    /** The character a decoder puts where bytes were not UTF-8. */
    public static final char UNREADABLE = '\uFFFD';

    private TextRules() {
    }

    public static Optional<String> problem(String value, String label, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(label + " saknas.") : Optional.empty();
        }
        if (value.indexOf(UNREADABLE) >= 0) {
            return Optional.of(label + " innehåller tecken som inte kunde läsas (de visas som " + UNREADABLE
                    + "); texten kom inte fram som UTF-8. Skriv in eller klistra in texten på nytt och skicka igen.");
        }
        if (value.length() > max) {
            return Optional.of(label + " får vara högst " + max + " tecken (nu " + value.length() + ").");
        }
        if (MARKUP.matcher(value).find()) {
            return Optional.of(label + " får inte innehålla HTML-taggar; skriv vanlig text.");
        }
        return Optional.empty();
    }
}
