package se.paverkansagenda.answer;

import org.springframework.http.HttpStatus;

/** A link that cannot be answered from, with the page the recipient sees instead. */
public class LinkProblem extends RuntimeException {

    static final long BUSY_RETRY_SECONDS = 60;

    private final HttpStatus status;
    private final String title;
    private final long retryAfterSeconds;

    private LinkProblem(HttpStatus status, String title, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static LinkProblem unknown() {
        return new LinkProblem(HttpStatus.NOT_FOUND, "Länken fungerar inte",
                "Länken är okänd. Kontrollera att hela länken från e-postmeddelandet kom med, "
                        + "eller kontakta regionen som skickade förfrågan.", 0);
    }

    static LinkProblem noAnswer() {
        return new LinkProblem(HttpStatus.NOT_FOUND, "Inget svar att visa",
                "Det finns inget inskickat svar för den här förfrågan, och därför inget kvitto. "
                        + "Öppna länken i e-postmeddelandet för att svara.", 0);
    }

    static LinkProblem closed(String why) {
        return new LinkProblem(HttpStatus.GONE, "Svarstiden har gått ut", why, 0);
    }

    static LinkProblem tooManyAttempts(long retryAfterSeconds) {
        return new LinkProblem(HttpStatus.TOO_MANY_REQUESTS, "För många försök",
                "Det har kommit för många felaktiga länkar från er adress. Vänta en stund och försök igen.",
                retryAfterSeconds);
    }

    static LinkProblem tooLarge(long limit) {
        String size = limit < 1024 * 1024 ? limit / 1024 + " kB" : limit / (1024 * 1024) + " MB";
        return new LinkProblem(HttpStatus.PAYLOAD_TOO_LARGE, "Svaret är för stort",
                "Svaret får vara högst " + size + " med bilagor. Inget har sparats; korta texterna eller skicka "
                        + "färre eller mindre bilagor och försök igen.", 0);
    }

    static LinkProblem busy() {
        return new LinkProblem(HttpStatus.SERVICE_UNAVAILABLE, "Många svarar just nu",
                "Svaret kunde inte tas emot just nu eftersom många svarar samtidigt. Inget har sparats; gå tillbaka "
                        + "i webbläsaren, där det du skrev finns kvar, och skicka igen om en minut.", BUSY_RETRY_SECONDS);
    }

    static LinkProblem noDraft() {
        return new LinkProblem(HttpStatus.NOT_FOUND, "Remissversionen finns inte",
                "Länken leder inte till någon remissversion. Kontrollera att ni har kopierat hela länken från e-postmeddelandet.", 0);
    }

    static LinkProblem unknownAttachment() {
        return new LinkProblem(HttpStatus.NOT_FOUND, "Bilagan finns inte",
                "Bilagan finns inte, eller hör inte till det här svaret. Den kan ha tagits bort.", 0);
    }

    static LinkProblem unreadable() {
        return new LinkProblem(HttpStatus.BAD_REQUEST, "Svaret kunde inte läsas",
                "Svaret kom inte fram helt. Inget har sparats; skicka det igen från formuläret på sidan.", 0);
    }

    static LinkProblem wrongContentType() {
        return new LinkProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Svaret kunde inte läsas",
                "Svaret ska skickas från formuläret på sidan. Inget har sparats.", 0);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
