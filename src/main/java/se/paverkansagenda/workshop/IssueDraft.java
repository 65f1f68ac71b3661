package se.paverkansagenda.workshop;

import java.util.List;

/** An issue as the officials save it; its place in the saved list is its rank. */
public record IssueDraft(String title, String description, String rusArea, List<String> proposalIds) {
}
