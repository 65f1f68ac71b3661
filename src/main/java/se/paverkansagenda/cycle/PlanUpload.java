package se.paverkansagenda.cycle;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import se.paverkansagenda.web.TooLargeException;

/**
 * A plan file sent in a request's body, to start a cycle or revise one. The body is read only up to the
 * limit, so a larger one is refused without being held in memory.
 */
public final class PlanUpload {

    /** A plan of 290 municipalities and every organisation of a county is some 30 kB; a megabyte leaves room. */
    public static final int MAX_BYTES = 1_000_000;

    private PlanUpload() {
    }

    /** @param nothingDone what the refusal says did not happen, e.g. "inget har startats" */
    public static String text(HttpServletRequest request, String nothingDone) throws IOException {
        String tooLarge = "Planen är för stor (högst 1 000 000 byte); " + nothingDone;
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw new TooLargeException(tooLarge);
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLargeException(tooLarge);
        }
        Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(request.getCharacterEncoding());
        return new String(body, charset);
    }
}
