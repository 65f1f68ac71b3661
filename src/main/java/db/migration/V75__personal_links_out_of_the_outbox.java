package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Takes the answer links out of the messages already in the outbox: each becomes the placeholder that
 * messages are recorded with now, so the database holds no usable link. A request's messages are keyed
 * by its id ({@code <request id>/<type>…}), which the placeholder names.
 */
public class V75__personal_links_out_of_the_outbox extends BaseJavaMigration {

    private static final Pattern LINK = Pattern.compile("(?:https?://[^\\s\"<>]*)?/svar/[A-Za-z0-9_-]{22}");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, idempotency_key, body_text, body_html FROM notification "
                     + "WHERE body_text LIKE '%/svar/%' OR body_html LIKE '%/svar/%'");
             PreparedStatement update = context.getConnection().prepareStatement(
                     "UPDATE notification SET body_text = ?, body_html = ? WHERE id = ?")) {
            while (rows.next()) {
                String key = rows.getString("idempotency_key");
                String placeholder = "%%PERSONLIG-LANK:" + key.substring(0, key.indexOf('/') < 0 ? key.length()
                        : key.indexOf('/')) + "%%";
                update.setString(1, withoutLinks(rows.getString("body_text"), placeholder));
                update.setString(2, withoutLinks(rows.getString("body_html"), placeholder));
                update.setString(3, rows.getString("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static String withoutLinks(String body, String placeholder) {
        return body == null ? null : LINK.matcher(body).replaceAll(Matcher.quoteReplacement(placeholder));
    }
}
