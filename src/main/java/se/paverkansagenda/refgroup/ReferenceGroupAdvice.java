package se.paverkansagenda.refgroup;

import java.time.OffsetDateTime;

/** A group's advice on one issue area, as last saved, by whom (a member's e-mail or an official's id). */
public record ReferenceGroupAdvice(String groupId, String groupName, String rusArea, String text, String recordedBy,
                                   OffsetDateTime recordedAt) {
}
