package se.paverkansagenda.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tokens in the forms of the officials' round pages. A browser sends the official's HTTP Basic
 * login with every request, also one another site makes it send; the pages' actions therefore also
 * need this token, which only a page of the application itself carries. It is a keyed hash of the
 * user's id with a key made at start, so it needs no session; after a restart a page is reloaded.
 */
@Component
public class ActionTokens {

    private final SecretKeySpec key;

    public ActionTokens() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String issue(String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public boolean valid(String userId, String token) {
        return token != null && MessageDigest.isEqual(issue(userId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
