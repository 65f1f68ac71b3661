package se.paverkansagenda.refgroup;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.paverkansagenda.notification.MailSettings;
import se.paverkansagenda.notification.PersonalLinks;

/** The members' personal links, made with a fresh token as each mail goes out; never stored usable. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReferenceGroupLinks implements PersonalLinks {

    /** The subjects of members' links in a recorded message: {@code rg-} and the member's id. */
    static final String SUBJECT_PREFIX = "rg-";
    static final String PATH = "/referensgrupp/";

    private final ReferenceGroupTokens tokens;
    private final String baseUrl;

    public ReferenceGroupLinks(ReferenceGroupTokens tokens, MailSettings settings) {
        this.tokens = tokens;
        this.baseUrl = settings.publicBaseUrl().replaceAll("/+$", "");
    }

    static String subject(String memberId) {
        return SUBJECT_PREFIX + memberId;
    }

    @Override
    public boolean handles(String subjectId) {
        return subjectId.startsWith(SUBJECT_PREFIX);
    }

    @Override
    public String linkFor(String subjectId) {
        return baseUrl + PATH + tokens.mint(subjectId.substring(SUBJECT_PREFIX.length()));
    }
}
