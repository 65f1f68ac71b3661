package se.paverkansagenda.refgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.paverkansagenda.notification.MailTemplates;
import se.paverkansagenda.notification.NotificationType;

/** The members' mail in its three kinds, in Swedish, with what people typed escaped in its HTML. */
class ReferenceGroupMailTest {

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theInvitationListsTheProposalsOfTheGroupsIssuesAndTheLink() {
        MailTemplates.Rendered mail = templates.render(NotificationType.REFERENCE_GROUP_INVITATION, model("invitation", false));

        assertThat(mail.subject()).isEqualTo("Kallelse till referensgruppen Stråk <i>A</i> torsdag 5 november 2020");
        assertThat(mail.text()).contains("Till Strateg <b>,", "RUS-1 Infrastruktur", "torsdag 5 november 2020 kl. 13:00",
                "Sammanställda inspel:", "* Stambanan <genom> Norrland (Östersund, RUS-1 Infrastruktur)",
                "https://pa.example/referensgrupp/x");
        assertThat(mail.html()).contains("Stråk &lt;i&gt;A&lt;/i&gt;", "Strateg &lt;b&gt;", "Stambanan &lt;genom&gt; Norrland",
                "href=\"https://pa.example/referensgrupp/x\"").doesNotContain("<i>A</i>", "<genom>");
    }

    @Test
    void aChangeAndACancellationSayWhatHappened() {
        assertThat(templates.render(NotificationType.REFERENCE_GROUP_INVITATION, model("change", false)).text())
                .contains("Mötet eller gruppen har ändrats.", "Sammanställda inspel:");
        MailTemplates.Rendered cancelled = templates.render(NotificationType.REFERENCE_GROUP_INVITATION,
                model("cancellation", false));
        assertThat(cancelled.subject()).startsWith("Inställt: referensgruppen Stråk <i>A</i>");
        assertThat(cancelled.text()).contains("ställer in sitt möte torsdag 5 november 2020 kl. 13:00")
                .doesNotContain("personliga länk");
        assertThat(templates.render(NotificationType.REFERENCE_GROUP_INVITATION, model("cancellation", true)).text())
                .contains("du ingår inte längre i referensgruppen Stråk <i>A</i>");
    }

    private static Map<String, Object> model(String kind, boolean removed) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("region", "Region Jämtland Härjedalen");
        model.put("cycleKey", "PA-JH-2020");
        model.put("processOwner", "po@regionjh.example");
        model.put("kind", kind);
        model.put("memberName", "Strateg <b>");
        model.put("groupName", "Stråk <i>A</i>");
        model.put("areas", List.of("RUS-1 Infrastruktur"));
        model.put("meetingDay", "torsdag 5 november 2020");
        model.put("meetingTime", "13:00");
        model.put("meetingPlace", "Regionens hus");
        model.put("proposals", List.of(new ReferenceGroupInvitations.ProposalLine("Östersund", "Stambanan <genom> Norrland",
                "Beskrivning", "RUS-1 Infrastruktur")));
        model.put("members", List.of("Strateg <b> (Regionen)"));
        model.put("removed", removed);
        if (!"cancellation".equals(kind)) {
            model.put("link", "https://pa.example/referensgrupp/x");
        }
        return model;
    }
}
