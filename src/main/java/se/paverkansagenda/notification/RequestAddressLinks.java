package se.paverkansagenda.notification;

import org.springframework.stereotype.Component;
import se.paverkansagenda.round.RoundRequest;

/**
 * For now the link is the request's address under the public base URL. The personal link with an
 * unguessable token, valid for that request alone, replaces this implementation.
 */
@Component
public class RequestAddressLinks implements AnswerLinks {

    private final String baseUrl;

    public RequestAddressLinks(MailSettings settings) {
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    @Override
    public String linkFor(RoundRequest request) {
        return baseUrl + "/svar/" + request.id();
    }
}
