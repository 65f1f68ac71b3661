package se.paverkansagenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The jar that Maven packages is the one a region runs: it carries what production and the demo need
 * (the demo's SMTP server among them) and none of the test libraries.
 */
class ProductionJarIT {

    private static final List<String> TEST_LIBRARIES = List.of("junit-", "hamcrest", "assertj", "mockito",
            "selenium", "archunit", "camunda-bpm-assert", "camunda-bpm-junit5", "greenmail-junit5",
            "spring-boot-test", "jsonassert", "xmlunit", "awaitility");

    @Test
    void carriesTheApplicationAndTheDemoMailServerButNoTestLibrary() throws IOException {
        List<String> libraries = librariesIn(packagedJar());

        assertThat(libraries).anyMatch(name -> name.startsWith("camunda-engine-"))
                .anyMatch(name -> name.startsWith("greenmail-"));
        assertThat(libraries).noneMatch(name -> TEST_LIBRARIES.stream().anyMatch(name::startsWith));
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("paverkansagenda-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged jar in target/; run mvn verify"));
        }
    }

    private static List<String> librariesIn(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .toList();
        }
    }
}
