package se.paverkansagenda.agenda;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * Two agenda versions side by side, section by section (matched by their keys), word by word: the
 * earlier text with what was taken away in {@code <del>}, the later one with what was added in
 * {@code <ins>}. The texts are HTML-escaped before the marks are added, so a section's own markup
 * shows as text.
 */
public final class AgendaDiff {

    /** Splits between words and white space, keeping both. */
    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

    private AgendaDiff() {
    }

    /** One section in both versions: its change, and HTML for each side; a side is empty where the section is missing. */
    public record SectionDiff(String key, Change change, String oldTitle, String newTitle, String oldText,
                              String newText) {
    }

    public enum Change {
        ADDED("Nytt avsnitt"), REMOVED("Borttaget avsnitt"), CHANGED("Ändrat"), MOVED("Flyttat"),
        UNCHANGED("Oförändrat");

        private final String swedishName;

        Change(String swedishName) {
            this.swedishName = swedishName;
        }

        public String swedishName() {
            return swedishName;
        }
    }

    /** The sections of both versions in the later version's order, removed ones after them. */
    public static List<SectionDiff> compare(AgendaVersion from, AgendaVersion to) {
        Set<String> keys = new LinkedHashSet<>();
        to.sections().forEach(section -> keys.add(section.key()));
        from.sections().forEach(section -> keys.add(section.key()));
        List<SectionDiff> diffs = new ArrayList<>();
        for (String key : keys) {
            AgendaSection before = from.section(key).orElse(null);
            AgendaSection after = to.section(key).orElse(null);
            String[] title = words(before == null ? "" : before.title(), after == null ? "" : after.title());
            String[] text = words(before == null ? "" : before.text(), after == null ? "" : after.text());
            diffs.add(new SectionDiff(key, change(before, after), title[0], title[1], text[0], text[1]));
        }
        return diffs;
    }

    private static Change change(AgendaSection before, AgendaSection after) {
        if (before == null) {
            return Change.ADDED;
        }
        if (after == null) {
            return Change.REMOVED;
        }
        if (!before.title().equals(after.title()) || !before.text().equals(after.text())) {
            return Change.CHANGED;
        }
        return before.position() != after.position() ? Change.MOVED : Change.UNCHANGED;
    }

    /** The two texts as escaped HTML with the words taken away and added marked. */
    static String[] words(String before, String after) {
        List<String> old = tokens(before);
        List<String> neu = tokens(after);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, neu).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                left.append(escape(old.get(oldAt++)));
            }
            while (newAt < delta.getTarget().getPosition()) {
                right.append(escape(neu.get(newAt++)));
            }
            if (delta.getType() == DeltaType.DELETE || delta.getType() == DeltaType.CHANGE) {
                left.append("<del>").append(escape(String.join("", delta.getSource().getLines()))).append("</del>");
                oldAt += delta.getSource().size();
            }
            if (delta.getType() == DeltaType.INSERT || delta.getType() == DeltaType.CHANGE) {
                right.append("<ins>").append(escape(String.join("", delta.getTarget().getLines()))).append("</ins>");
                newAt += delta.getTarget().size();
            }
        }
        while (oldAt < old.size()) {
            left.append(escape(old.get(oldAt++)));
        }
        while (newAt < neu.size()) {
            right.append(escape(neu.get(newAt++)));
        }
        return new String[] {joined(left, "del"), joined(right, "ins")};
    }

    /** Marks that only white space separates read as one. */
    private static String joined(StringBuilder html, String tag) {
        return html.toString().replaceAll("</" + tag + ">(\\s+)<" + tag + ">", "$1");
    }

    private static List<String> tokens(String text) {
        return text.isEmpty() ? List.of() : List.of(WORDS.split(text));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
