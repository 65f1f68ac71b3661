package se.paverkansagenda.document;

/**
 * Builds the XHTML that {@link PdfRenderer} turns into a PDF. Every text that comes from users goes
 * through {@link #text}: markup in it is shown as written, never interpreted.
 */
public final class Xhtml {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; @bottom-right { content: counter(page) " (" counter(pages) ")"; font-size: 8pt; } }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.35; }
            h1 { font-size: 18pt; margin: 0 0 4pt 0; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt 0; border-bottom: 1px solid #888; }
            h3 { font-size: 11pt; margin: 10pt 0 2pt 0; }
            p { margin: 2pt 0 6pt 0; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
            th, td { border: 1px solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            .late { color: #a00; font-weight: bold; }
            .muted { color: #555; }
            .pre { white-space: pre-wrap; }
            """;

    private Xhtml() {
    }

    /** A whole document with the house style; the body is XHTML built with {@link #text}. */
    public static String page(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"sv\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + text(title) + "</title><style>" + STYLE + "</style></head><body>"
                + body + "</body></html>";
    }

    /** The text escaped for XHTML, without the control characters XML cannot carry. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (XmlText.allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
