package se.paverkansagenda.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV's formula guard and the PDF renderer's refusal to fetch anything. */
class StageFilesTest {

    @Test
    void cellsASpreadsheetWouldEvaluateGetAnApostrophe() {
        assertThat(StageCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(StageCsv.safe("+1")).isEqualTo("'+1");
        assertThat(StageCsv.safe("-1")).isEqualTo("'-1");
        assertThat(StageCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(StageCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(StageCsv.safe("\rx")).isEqualTo("'\rx");
        assertThat(StageCsv.safe("2020-04-07")).isEqualTo("2020-04-07");
        assertThat(StageCsv.safe("")).isEmpty();
    }

    @Test
    void thePdfRendererFetchesNoImageStylesheetOrFont(@TempDir Path dir) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path secret = Files.writeString(dir.resolve("hemlig.css"), "body { color: red; }");
            byte[] pdf = StagePdf.render("""
                    <html xmlns="http://www.w3.org/1999/xhtml"><head>
                    <link rel="stylesheet" href="%1$s/style.css"/>
                    <link rel="stylesheet" href="%2$s"/>
                    <style>@import url("%1$s/import.css"); @font-face { font-family: x; src: url("%1$s/font.ttf"); }</style>
                    </head><body><p>Text</p><img src="%1$s/bild.png"/><img src="%2$s"/></body></html>"""
                    .formatted(base, secret.toUri()));

            assertThat(TimelineTest.pdfText(pdf)).contains("Text");
            assertThat(requests.get()).isZero();
        } finally {
            server.stop(0);
        }
    }
}
