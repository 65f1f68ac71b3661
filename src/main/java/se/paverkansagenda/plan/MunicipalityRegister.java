package se.paverkansagenda.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sweden's municipalities by their four-digit municipality code, from {@code municipalities-se.csv}. */
public final class MunicipalityRegister {

    private static final String RESOURCE = "/plans/municipalities-se.csv";
    private static final MunicipalityRegister INSTANCE = load();

    private final Map<String, String> namesByCode;

    private MunicipalityRegister(Map<String, String> namesByCode) {
        this.namesByCode = Collections.unmodifiableMap(namesByCode);
    }

    public static MunicipalityRegister sweden() {
        return INSTANCE;
    }

    public Optional<String> nameOf(String code) {
        return Optional.ofNullable(namesByCode.get(code));
    }

    public Map<String, String> all() {
        return namesByCode;
    }

    private static MunicipalityRegister load() {
        Map<String, String> names = new LinkedHashMap<>();
        try (var in = MunicipalityRegister.class.getResourceAsStream(RESOURCE);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] fields = line.split(";", 2);
                names.put(fields[0].trim(), fields[1].trim());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new MunicipalityRegister(names);
    }
}
