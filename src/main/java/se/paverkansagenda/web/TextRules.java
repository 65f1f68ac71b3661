package se.paverkansagenda.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of every text people type into the application's own pages: present when required,
 * not too long, and plain text (no HTML tags), each problem said with the field's label.
 */
public final class TextRules {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

    private TextRules() {
    }

    public static Optional<String> problem(String value, String label, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of(label + " saknas.") : Optional.empty();
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
