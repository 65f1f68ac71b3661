package se.paverkansagenda.refgroup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference groups, their members, advice and attachments, as the tables of V92 keep them. */
@Repository
class ReferenceGroupRepository {

    private static final String GROUP_COLUMNS =
            "id, cycle_key, position, name, rus_areas, proposals, meeting_day, meeting_time, meeting_place, cancelled, sequence";

    private final JdbcClient jdbc;

    ReferenceGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReferenceGroup> findByCycle(String cycleKey) {
        List<ReferenceGroup> bare = jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM reference_group WHERE cycle_key = :cycle"
                        + " ORDER BY position")
                .param("cycle", cycleKey)
                .query((rs, row) -> group(rs, List.of()))
                .list();
        List<ReferenceGroup> groups = new ArrayList<>();
        for (ReferenceGroup group : bare) {
            groups.add(withMembers(group));
        }
        return groups;
    }

    Optional<ReferenceGroup> find(String groupId) {
        return jdbc.sql("SELECT " + GROUP_COLUMNS + " FROM reference_group WHERE id = :id")
                .param("id", groupId)
                .query((rs, row) -> group(rs, List.of()))
                .optional()
                .map(this::withMembers);
    }

    /** Locks the group's row until the transaction ends, so that two saves of one group take turns. */
    void lock(String groupId) {
        jdbc.sql("SELECT id FROM reference_group WHERE id = :id FOR UPDATE").param("id", groupId).query(String.class).optional();
    }

    int nextPosition(String cycleKey) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM reference_group WHERE cycle_key = :cycle")
                .param("cycle", cycleKey).query(Integer.class).single();
    }

    void insert(ReferenceGroup group, OffsetDateTime at, String by) {
        jdbc.sql("""
                INSERT INTO reference_group (id, cycle_key, position, name, rus_areas, proposals, meeting_day, meeting_time,
                    meeting_place, cancelled, sequence, updated_at, updated_by)
                VALUES (:id, :cycle, :position, :name, :areas, :proposals, :day, :time, :place, FALSE, 0, :at, :by)""")
                .param("id", group.id()).param("cycle", group.cycleKey()).param("position", group.position())
                .param("name", group.name()).param("areas", String.join(",", group.rusAreas()))
                .param("proposals", String.join(",", group.proposalIds()))
                .param("day", group.meetingDay()).param("time", group.meetingTime().toString())
                .param("place", group.meetingPlace()).param("at", at).param("by", by)
                .update();
    }

    void update(ReferenceGroup group, OffsetDateTime at, String by) {
        jdbc.sql("""
                UPDATE reference_group SET name = :name, rus_areas = :areas, proposals = :proposals, meeting_day = :day,
                    meeting_time = :time,
                    meeting_place = :place, cancelled = :cancelled, sequence = :sequence, updated_at = :at, updated_by = :by
                WHERE id = :id""")
                .param("id", group.id()).param("name", group.name()).param("areas", String.join(",", group.rusAreas()))
                .param("proposals", String.join(",", group.proposalIds()))
                .param("day", group.meetingDay()).param("time", group.meetingTime().toString())
                .param("place", group.meetingPlace()).param("cancelled", group.cancelled())
                .param("sequence", group.sequence()).param("at", at).param("by", by)
                .update();
    }

    void insertMember(String groupId, int position, ReferenceGroup.Member member) {
        jdbc.sql("""
                INSERT INTO reference_group_member (id, group_id, position, name, organisation, email, competence, removed)
                VALUES (:id, :group, :position, :name, :organisation, :email, :competence, FALSE)""")
                .param("id", member.id()).param("group", groupId).param("position", position)
                .param("name", member.name()).param("organisation", member.organisation())
                .param("email", member.email()).param("competence", member.competence())
                .update();
    }

    void updateMember(int position, ReferenceGroup.Member member) {
        jdbc.sql("""
                UPDATE reference_group_member SET position = :position, name = :name, organisation = :organisation,
                    email = :email, competence = :competence, removed = :removed WHERE id = :id""")
                .param("id", member.id()).param("position", position).param("name", member.name())
                .param("organisation", member.organisation()).param("email", member.email())
                .param("competence", member.competence()).param("removed", member.removed())
                .update();
    }

    void markSent(String memberId, int sequence, String method) {
        jdbc.sql("UPDATE reference_group_member SET sent_sequence = :seq, sent_method = :method WHERE id = :id")
                .param("seq", sequence).param("method", method).param("id", memberId)
                .update();
    }

    boolean released(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM reference_group_release WHERE cycle_key = :cycle")
                .param("cycle", cycleKey).query(Integer.class).single() > 0;
    }

    void release(String cycleKey, OffsetDateTime at) {
        if (!released(cycleKey)) {
            jdbc.sql("INSERT INTO reference_group_release (cycle_key, released_at) VALUES (:cycle, :at)")
                    .param("cycle", cycleKey).param("at", at).update();
        }
    }

    List<ReferenceGroupAdvice> adviceOfCycle(String cycleKey) {
        return jdbc.sql("""
                SELECT a.group_id, g.name, a.rus_area, a.advice, a.recorded_by, a.recorded_at
                FROM reference_group_advice a JOIN reference_group g ON g.id = a.group_id
                WHERE g.cycle_key = :cycle AND g.cancelled = FALSE ORDER BY g.position, a.rus_area""")
                .param("cycle", cycleKey)
                .query((rs, row) -> new ReferenceGroupAdvice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    void saveAdvice(String groupId, String rusArea, String text, String by, OffsetDateTime at) {
        int updated = jdbc.sql("""
                UPDATE reference_group_advice SET advice = :text, recorded_by = :by, recorded_at = :at
                WHERE group_id = :group AND rus_area = :area""")
                .param("text", text).param("by", by).param("at", at).param("group", groupId).param("area", rusArea)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO reference_group_advice (group_id, rus_area, advice, recorded_by, recorded_at)
                    VALUES (:group, :area, :text, :by, :at)""")
                    .param("text", text).param("by", by).param("at", at).param("group", groupId).param("area", rusArea)
                    .update();
        }
    }

    void saveAttachment(String groupId, String fileName, String mediaType, byte[] content, OffsetDateTime at) {
        jdbc.sql("DELETE FROM reference_group_attachment WHERE group_id = :group").param("group", groupId).update();
        jdbc.sql("""
                INSERT INTO reference_group_attachment (group_id, file_name, media_type, size_bytes, content, uploaded_at)
                VALUES (:group, :name, :type, :size, :content, :at)""")
                .param("group", groupId).param("name", fileName).param("type", mediaType)
                .param("size", content.length).param("content", content).param("at", at)
                .update();
    }

    Optional<GroupAttachment> attachment(String groupId) {
        return jdbc.sql("SELECT file_name, media_type, content FROM reference_group_attachment WHERE group_id = :group")
                .param("group", groupId)
                .query((rs, row) -> new GroupAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private ReferenceGroup withMembers(ReferenceGroup group) {
        List<ReferenceGroup.Member> members = jdbc.sql("""
                SELECT id, name, organisation, email, competence, removed, sent_sequence, sent_method
                FROM reference_group_member WHERE group_id = :group ORDER BY removed, position""")
                .param("group", group.id())
                .query((rs, row) -> new ReferenceGroup.Member(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), (Integer) rs.getObject(7, Integer.class),
                        rs.getString(8)))
                .list();
        return new ReferenceGroup(group.id(), group.cycleKey(), group.position(), group.name(), group.rusAreas(),
                group.proposalIds(), group.meetingDay(), group.meetingTime(), group.meetingPlace(), group.cancelled(), group.sequence(), members);
    }

    private static ReferenceGroup group(ResultSet rs, List<ReferenceGroup.Member> members) throws SQLException {
        return new ReferenceGroup(rs.getString("id"), rs.getString("cycle_key"), rs.getInt("position"),
                rs.getString("name"), list(rs.getString("rus_areas")), list(rs.getString("proposals")),
                rs.getObject("meeting_day", LocalDate.class), LocalTime.parse(rs.getString("meeting_time")),
                rs.getString("meeting_place"), rs.getBoolean("cancelled"), rs.getInt("sequence"), members);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).filter(item -> !item.isBlank()).toList();
    }

    /** The file a group attached to its advice. */
    record GroupAttachment(String fileName, String mediaType, byte[] content) {
    }
}
