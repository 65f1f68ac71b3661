package se.paverkansagenda.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.compilation.DocumentContent;

class PdfRendererTest {

    @Test
    void everyOutsideResourceIsRefusedBeforeARequestIsMade() throws IOException {
        List<String> refused = new ArrayList<>();
        try (ServerSocket outside = new ServerSocket(0)) {
            String address = "http://127.0.0.1:" + outside.getLocalPort();
            String body = "<p>Före</p><img src=\"" + address + "/bild.png\"/>"
                    + "<img src=\"file:///etc/hostname\"/><p style=\"background: url('" + address + "/bakgrund.png')\">Efter</p>";
            String head = "<link rel=\"stylesheet\" href=\"" + address + "/stil.css\"/>";

            byte[] pdf = new PdfRenderer(refused::add).fromHtml(Xhtml.page("Test", body).replace("</head>", head + "</head>"));

            outside.setSoTimeout(200);
            assertThatThrownBy(outside::accept).isInstanceOf(SocketTimeoutException.class);
            assertThat(DocumentContent.pdfText(pdf)).contains("Före", "Efter");
            assertThat(DocumentContent.pdfImages(pdf)).isZero();
        }
        assertThat(refused).anyMatch(uri -> uri.endsWith("/bild.png")).anyMatch(uri -> uri.endsWith("/stil.css"))
                .anyMatch(uri -> uri.startsWith("file:"));
    }

    @Test
    void userTextIsShownAsWrittenWithoutTheControlCharactersXmlCannotCarry() {
        String text = "<script>alert(1)</script> & \"citat\" 'apostrof' Å\u0000\u0007";

        byte[] pdf = new PdfRenderer().fromHtml(Xhtml.page(text, "<p>" + Xhtml.text(text) + "</p>"));

        assertThat(DocumentContent.pdfText(pdf)).contains("<script>alert(1)</script> & \"citat\" 'apostrof' Å");
    }
}
