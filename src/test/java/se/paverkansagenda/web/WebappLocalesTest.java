package se.paverkansagenda.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cockpit, Admin and the start page speak Swedish: each has a {@code sv.json} with every key of the
 * English file Camunda ships (an untranslated label stays English, never a bare key), the labels a
 * process owner sees translated, and a configuration offering Swedish first and English.
 */
class WebappLocalesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPS = "META-INF/resources/webjars/camunda/app/";

    private static final Map<String, Map<String, String>> SEEN = Map.of(
            "cockpit", Map.of("DASHBOARD_RIGHT_NOW", "Just nu", "DASHBOARD_RUNNING_PROCESS_INSTANCE", "Pågående processinstanser",
                    "DASHBOARD_CUSTOM_PLUGINS", "Cykler", "PAGE_LOGIN_PASSWORD", "Lösenord",
                    "APP_VENDOR", "Påverkansagenda"),
            "admin", Map.of("USERS_CREATE_NEW_USER", "Skapa ny användare", "USERS_FIRSTNAME", "Förnamn*",
                    "PAGE_LOGIN_PASSWORD", "Lösenord", "APP_VENDOR", "Påverkansagenda"),
            "welcome", Map.of("APPLICATIONS", "Program", "EDIT_PROFILE", "Redigera profilen",
                    "PAGE_LOGIN_PASSWORD", "Lösenord", "APP_VENDOR", "Påverkansagenda"));

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin", "welcome"})
    void swedishHasEveryEnglishKeyAndTheCommonLabelsTranslated(String app) throws IOException {
        JsonNode english = read(APPS + app + "/locales/en.json");
        JsonNode swedish = read(APPS + app + "/locales/sv.json");
        for (Iterator<String> keys = english.path("labels").fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            assertThat(swedish.path("labels").has(key)).as(app + ": " + key).isTrue();
        }
        if (english.has("dateLocales")) {
            assertThat(swedish.path("dateLocales").path("months").get(0).asText()).isEqualTo("januari");
        }
        SEEN.get(app).forEach((key, label) -> assertThat(swedish.path("labels").path(key).asText()).as(app + ": " + key)
                .isEqualTo(label));

        String config = text(APPS + app + "/scripts/config.js");
        assertThat(config).contains("availableLocales: ['sv', 'en']", "fallbackLocale: 'sv'", "vendor: 'Påverkansagenda'");
    }

    private static JsonNode read(String resource) throws IOException {
        return JSON.readTree(text(resource).replace("\uFEFF", ""));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
