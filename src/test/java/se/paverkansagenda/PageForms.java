package se.paverkansagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Posts the forms of the officials' pages as a browser would: with the action token of the page they are on. */
public final class PageForms {

    private static final Pattern ACTION_TOKEN = Pattern.compile("name=\"actionToken\" value=\"([A-Za-z0-9_-]+)\"");

    private PageForms() {
    }

    /** Reads the page for its token, then posts the fields to the path. */
    public static HttpResponse<String> post(ApiClient client, String page, String path, Map<String, String> fields) {
        Matcher token = ACTION_TOKEN.matcher(client.get(page).body());
        assertThat(token.find()).as("the page carries its action token").isTrue();
        fields.put("actionToken", token.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.post(path, "application/x-www-form-urlencoded", body);
    }
}
