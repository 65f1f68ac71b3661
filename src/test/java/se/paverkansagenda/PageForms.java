package se.paverkansagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        return post(client, page, path, List.copyOf(fields.entrySet()));
    }

    /** As {@link #post(ApiClient, String, String, Map)}, for a form with a field given more than once (checkboxes). */
    public static HttpResponse<String> post(ApiClient client, String page, String path,
                                            List<Map.Entry<String, String>> fields) {
        Matcher token = ACTION_TOKEN.matcher(client.get(page).body());
        assertThat(token.find()).as("the page carries its action token").isTrue();
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("actionToken", token.group(1)));
        String body = all.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.post(path, "application/x-www-form-urlencoded", body);
    }
}
