package se.paverkansagenda.refgroup;

import java.time.OffsetDateTime;

/**
 * A group's advice on one of its issues (a RUS area's code or a compiled proposal's id), as last saved, by
 * whom (a member's e-mail or an official's id).
 */
public record ReferenceGroupAdvice(String groupId, String groupName, String issue, String text, String recordedBy,
                                   OffsetDateTime recordedAt) {
}
