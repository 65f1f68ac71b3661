package se.paverkansagenda.link;

/** Lets tests that try wrong links on purpose leave the address unblocked for the next test. */
public final class LinkTestSupport {

    private LinkTestSupport() {
    }

    public static void forgive(FailedLinkAttempts attempts, String address) {
        attempts.forget(address);
    }
}
