package se.paverkansagenda.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed plan (Jämtland Härjedalen 2020–21) that ships with the product as the default. */
public final class DefaultPlan {

    public static final String RESOURCE = "/plans/seed-plan-jh-2020.yaml";

    private DefaultPlan() {
    }

    public static String yaml() {
        try (InputStream in = DefaultPlan.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
