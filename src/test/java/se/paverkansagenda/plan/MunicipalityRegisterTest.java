package se.paverkansagenda.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalityRegisterTest {

    private final Map<String, String> all = MunicipalityRegister.sweden().all();

    @Test
    void holdsSwedensTwoHundredNinetyMunicipalitiesByFourDigitCode() {
        assertThat(all).hasSize(290);
        assertThat(all.keySet()).allMatch(code -> code.matches("\\d{4}"));
        Map<String, Long> perCounty = all.keySet().stream()
                .collect(Collectors.groupingBy(code -> code.substring(0, 2), Collectors.counting()));
        assertThat(perCounty).containsEntry("01", 26L).containsEntry("12", 33L).containsEntry("14", 49L)
                .containsEntry("22", 7L).containsEntry("23", 8L).containsEntry("25", 14L).hasSize(21);
    }

    @Test
    void theReferenceMunicipalitiesHaveTheirCodes() {
        assertThat(all).containsEntry("2303", "Ragunda").containsEntry("2305", "Bräcke")
                .containsEntry("2309", "Krokom").containsEntry("2313", "Strömsund").containsEntry("2321", "Åre")
                .containsEntry("2326", "Berg").containsEntry("2361", "Härjedalen").containsEntry("2380", "Östersund")
                .containsEntry("2260", "Ånge").containsEntry("2262", "Timrå").containsEntry("2280", "Härnösand")
                .containsEntry("2281", "Sundsvall").containsEntry("2282", "Kramfors").containsEntry("2283", "Sollefteå")
                .containsEntry("2284", "Örnsköldsvik");
    }
}
