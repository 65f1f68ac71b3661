package se.paverkansagenda.link;

import se.paverkansagenda.web.LinkSecrets;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.answer.ReceivedMails;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestMessages;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The links in the request mails open answer pages, and nothing the database keeps does: after a round
 * has sent its requests, reminders and a receipt, no text or binary column of any table holds a token
 * that opens a page.
 */
@IntegrationTest
class NoUsableTokenStoredTest {

    /** A token as it could stand in any text: 22 characters of base64url, not part of a longer run. */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])");
    private static final Pattern LINK = Pattern.compile("/svar/([A-Za-z0-9_-]{22})");

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    RequestMessages messages;
    @Autowired
    AnswerTokens tokens;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void afterARoundNoTableHoldsATokenThatOpensAnAnswerPage() throws Exception {
        LifecycleDriver cycle = lifecycles.atInputRound("NTS");
        RoundRequest ostersund = request(cycle, "2380");
        RoundRequest krokom = request(cycle, "2309");
        String link = ReceivedMails.linkTo(mailServer, tokens, ostersund);
        assertThat(ApiClient.anonymous(port).get(link).statusCode()).as("the mailed link opens").isEqualTo(200);
        messages.remindNow(krokom.id(), ClockUtil.getCurrentTime().toInstant());
        assertThat(ApiClient.anonymous(port).post(link, "application/x-www-form-urlencoded",
                "action=submit&proposals%5B0%5D.title=Stambanan&proposals%5B0%5D.description=Beskrivning"
                        + "&proposals%5B0%5D.rusArea=RUS-1&proposals%5B0%5D.decisionLevel=EU"
                        + "&proposals%5B0%5D.justification=Motivering&proposals%5B0%5D.contactPerson=Strateg")
                .statusCode()).isEqualTo(302);
        cycle.runDueJobs();

        assertThat(outbox.findByCycle(cycle.cycleKey())).as("the request mails are in the outbox")
                .anySatisfy(message -> assertThat(message.bodyText()).contains("%%PERSONLIG-LANK:" + ostersund.id() + "%%"));
        Set<String> storedHashes = storedTokenHashes();
        List<String> mailedTokens = new ArrayList<>();
        mailServer.receivedMessages().forEach(message -> collect(ReceivedMails.text(message), mailedTokens));
        assertThat(mailedTokens.stream().filter(token -> storedHashes.contains(LinkSecrets.hash(token))))
                .as("the scan finds the tokens in what was mailed").isNotEmpty();

        assertThat(tokensInTheDatabase(storedHashes)).isEmpty();
    }

    private Set<String> storedTokenHashes() throws Exception {
        Set<String> hashes = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT token_hash FROM answer_token")) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        return hashes;
    }

    /** Every table's text and binary columns, each place that holds a token that opens a page. */
    private List<String> tokensInTheDatabase(Set<String> storedHashes) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<Map.Entry<String, String>> columns = new ArrayList<>();
            try (ResultSet all = meta.getColumns(null, "PUBLIC", "%", "%")) {
                while (all.next()) {
                    int type = all.getInt("DATA_TYPE");
                    if (List.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCLOB,
                            Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY, Types.BLOB).contains(type)) {
                        columns.add(Map.entry(all.getString("TABLE_NAME"), all.getString("COLUMN_NAME")));
                    }
                }
            }
            assertThat(columns).as("columns read").hasSizeGreaterThan(50);
            for (Map.Entry<String, String> column : columns) {
                try (Statement select = connection.createStatement();
                     ResultSet rows = select.executeQuery("SELECT \"" + column.getValue() + "\" FROM \""
                             + column.getKey() + "\"")) {
                    while (rows.next()) {
                        Object value = rows.getObject(1);
                        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                : value instanceof java.sql.Blob blob ? new String(blob.getBytes(1, (int) blob.length()),
                                StandardCharsets.ISO_8859_1)
                                : value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                                : value == null ? "" : value.toString();
                        List<String> candidates = new ArrayList<>();
                        collect(text, candidates);
                        candidates.stream().filter(token -> storedHashes.contains(LinkSecrets.hash(token)))
                                .forEach(token -> found.add(column.getKey() + "." + column.getValue() + ": " + token));
                    }
                }
            }
        }
        return found;
    }

    private static void collect(String text, List<String> candidates) {
        Matcher bare = TOKEN.matcher(text);
        while (bare.find()) {
            candidates.add(bare.group());
        }
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            candidates.add(link.group(1));
        }
    }

    private RoundRequest request(LifecycleDriver cycle, String code) {
        return rounds.requestsOf(cycle.cycleKey(), RoundKind.INPUT).stream()
                .filter(r -> r.recipientCode().equals(code)).findFirst().orElseThrow();
    }
}
