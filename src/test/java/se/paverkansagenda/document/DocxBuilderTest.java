package se.paverkansagenda.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocxBuilderTest {

    @Test
    void aTextIsSplitIntoLinesAtEachKindOfLineBreakAsItWasWithARegularExpression() {
        for (String text : new String[] {"", "en rad", "ett\ntvå", "ett\r\ntvå\rtre\n", "\n\n", "\r\n\r", "a\n\rb",
                "slut\r"}) {
            assertThat(DocxBuilder.lines(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(text.split("\r\n|\r|\n", -1));
        }
    }
}
