package se.paverkansagenda.link;

import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.notification.PersonalLinks;

/**
 * Each mail gets a link of its own, with a fresh token for the request it is about, made as the mail
 * is sent: the outbox keeps the mail without it, and the token is stored only as its hash.
 */
@Component
public class TokenAnswerLinks implements PersonalLinks {

    static final String PATH = "/svar/";

    private final AnswerTokens tokens;
    private final String baseUrl;

    public TokenAnswerLinks(AnswerTokens tokens, MailSettings settings) {
        this.tokens = tokens;
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    @Override
    public String linkFor(String requestId) {
        return baseUrl + PATH + tokens.mint(requestId);
    }
}
