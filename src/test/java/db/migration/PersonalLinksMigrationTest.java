package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalLinksMigrationTest {

    @Test
    void aStoredLinkBecomesThePlaceholderInTextAndHtml() {
        String placeholder = "%%PERSONLIG-LANK:6f1c0b2e-0000-4000-8000-000000000001%%";

        assertThat(V75__personal_links_out_of_the_outbox.withoutLinks(
                "Svara här:\nhttps://pa.region.example/svar/AbCdEfGhIjKlMnOpQrStUv\n", placeholder))
                .isEqualTo("Svara här:\n" + placeholder + "\n");
        assertThat(V75__personal_links_out_of_the_outbox.withoutLinks(
                "<a href=\"http://localhost:8080/svar/AbCdEfGhIjKlMnOpQrSt-_\">http://localhost:8080/svar/AbCdEfGhIjKlMnOpQrSt-_</a>",
                placeholder)).isEqualTo("<a href=\"" + placeholder + "\">" + placeholder + "</a>");
        assertThat(V75__personal_links_out_of_the_outbox.withoutLinks(null, placeholder)).isNull();
    }
}
