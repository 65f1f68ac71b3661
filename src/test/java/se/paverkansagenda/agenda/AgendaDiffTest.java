package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaDiffTest {

    @Test
    void wordsTakenAwayAndAddedAreMarkedOnTheirSide() {
        String[] sides = AgendaDiff.words("Bredband i hela länet", "Snabbt bredband i hela länet och glesbygden");

        assertThat(sides[0]).isEqualTo("<del>Bredband</del> i hela länet");
        assertThat(sides[1]).isEqualTo("<ins>Snabbt bredband </ins>i hela länet<ins> och glesbygden</ins>");
    }

    @Test
    void markupInASectionIsEscapedBeforeTheMarksAreAdded() {
        String[] sides = AgendaDiff.words("Text", "Text <script>alert(1)</script> & <b>fet</b>");

        assertThat(sides[1]).isEqualTo("Text<ins> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;</ins>")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void sectionsAreMatchedByKeyInTheLaterOrderWithRemovedOnesLast() {
        AgendaVersion v1 = version(1, section("a", 1, "Stambanan", "Text"), section("b", 2, "Bredband", "Text"),
                section("c", 3, "Skatt", "Text"));
        AgendaVersion v2 = version(2, section("b", 1, "Bredband", "Text"), section("a", 2, "Stambanan", "Ny text"),
                section("d", 3, "Eget", "Tillagt"));

        List<AgendaDiff.SectionDiff> diffs = AgendaDiff.compare(v1, v2);

        assertThat(diffs).extracting(AgendaDiff.SectionDiff::key).containsExactly("b", "a", "d", "c");
        assertThat(diffs).extracting(AgendaDiff.SectionDiff::change).containsExactly(AgendaDiff.Change.MOVED,
                AgendaDiff.Change.CHANGED, AgendaDiff.Change.ADDED, AgendaDiff.Change.REMOVED);
        assertThat(diffs.get(1).newText()).isEqualTo("<ins>Ny text</ins>");
        assertThat(diffs.get(1).oldText()).isEqualTo("<del>Text</del>");
        assertThat(diffs.get(2).oldTitle()).isEmpty();
        assertThat(diffs.get(3).newText()).isEmpty();
    }

    private static AgendaVersion version(int number, AgendaSection... sections) {
        return new AgendaVersion("PA-T-2020", number, "tjansteperson", OffsetDateTime.now(), "", List.of(sections));
    }

    private static AgendaSection section(String key, int position, String title, String text) {
        return new AgendaSection(key, position, SectionOrigin.ADDED, null, title, text);
    }
}
