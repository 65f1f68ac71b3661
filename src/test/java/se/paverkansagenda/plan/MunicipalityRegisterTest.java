package se.paverkansagenda.plan;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalityRegisterTest {

    private final Map<String, String> all = MunicipalityRegister.sweden().all();

    @Test
    void holdsSwedensTwoHundredNinetyMunicipalitiesByFourDigitCode() {
        assertThat(all).hasSize(290);
        assertThat(all.keySet()).allMatch(code -> code.matches("\\d{4}"));
        assertThat(all.values()).doesNotHaveDuplicates().allMatch(name -> !name.isBlank() && name.equals(name.strip()));
    }

    @Test
    void theFileHasOneLinePerCodeSortedByCode() throws IOException {
        List<String> lines;
        try (InputStream in = MunicipalityRegister.class.getResourceAsStream("/plans/municipalities-se.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> rows = lines.subList(1, lines.size());

        assertThat(lines.get(0)).isEqualTo("code;name");
        assertThat(rows).hasSize(290).allMatch(row -> row.matches("\\d{4};[^;]+"));
        assertThat(rows.stream().map(row -> row.substring(0, 4)).toList()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void theReferenceMunicipalitiesHaveTheirCodes() {
        assertThat(all).contains(
                entry("2303", "Ragunda"), entry("2305", "Bräcke"), entry("2309", "Krokom"),
                entry("2313", "Strömsund"), entry("2321", "Åre"), entry("2326", "Berg"),
                entry("2361", "Härjedalen"), entry("2380", "Östersund"),
                entry("2260", "Ånge"), entry("2262", "Timrå"), entry("2280", "Härnösand"),
                entry("2281", "Sundsvall"), entry("2282", "Kramfors"), entry("2283", "Sollefteå"),
                entry("2284", "Örnsköldsvik"));
    }

    @Test
    void namesAreSpelledAsScbSpellsThem() {
        assertThat(all).contains(
                entry("0114", "Upplands Väsby"), entry("0139", "Upplands-Bro"), entry("0980", "Gotland"),
                entry("1256", "Östra Göinge"), entry("1438", "Dals-Ed"), entry("1462", "Lilla Edet"),
                entry("2023", "Malung-Sälen"), entry("2584", "Kiruna"));
    }

    @Test
    void everyCountyHasItsNumberOfMunicipalities() {
        Map<String, Long> perCounty = all.keySet().stream()
                .collect(Collectors.groupingBy(code -> code.substring(0, 2), Collectors.counting()));

        assertThat(perCounty).containsOnly(
                entry("01", 26L), entry("03", 8L), entry("04", 9L), entry("05", 13L), entry("06", 13L),
                entry("07", 8L), entry("08", 12L), entry("09", 1L), entry("10", 5L), entry("12", 33L),
                entry("13", 6L), entry("14", 49L), entry("17", 16L), entry("18", 12L), entry("19", 10L),
                entry("20", 15L), entry("21", 10L), entry("22", 7L), entry("23", 8L), entry("24", 15L),
                entry("25", 14L));
    }
}
