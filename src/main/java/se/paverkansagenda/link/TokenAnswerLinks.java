package se.paverkansagenda.link;

import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.round.AnswerLinks;
import se.paverkansagenda.round.RoundRequest;

/** Each mail gets a link of its own, with a fresh token for the request it is about. */
@Component
public class TokenAnswerLinks implements AnswerLinks {

    static final String PATH = "/svar/";

    private final AnswerTokens tokens;
    private final String baseUrl;

    public TokenAnswerLinks(AnswerTokens tokens, MailSettings settings) {
        this.tokens = tokens;
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    @Override
    public String linkFor(RoundRequest request) {
        return baseUrl + PATH + tokens.mint(request.id());
    }
}
