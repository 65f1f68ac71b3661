package se.paverkansagenda.carryforward;

/** A follow-up of one issue as an official fills it in, before the rules have checked it. */
public record FollowUpDraft(String done, String result, String responsible, String decision, String newWording,
                            String closeReason) {
}
