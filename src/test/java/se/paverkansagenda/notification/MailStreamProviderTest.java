package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** The mail configuration names the mail library's stream provider, so that no message scans the class path for it. */
class MailStreamProviderTest {

    @Test
    void theMailConfigurationNamesTheStreamProviderTheMailLibraryUses() throws Exception {
        Class.forName(MailConfiguration.class.getName(), true, MailConfiguration.class.getClassLoader());

        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MailConfiguration.STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName())
                .as("the class named exists and is the one the library finds").isEqualTo(MailConfiguration.STREAM_PROVIDER);
    }
}
