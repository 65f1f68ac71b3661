package se.paverkansagenda.plan;

import java.util.List;

/** The twelve dated steps of a cycle, in the order of the implementation plan. */
public enum Step {
    DRAFT_PM(1, "Formulera förslag till struktur (PM)"),
    SEND_PLAN_TO_RSR(2, "Genomförandeplan skickas till RSR"),
    PRESIDIUM_REVIEW(3, "Förslaget presenteras för RUN:s presidium"),
    RSR_TREATMENT(4, "Förslaget behandlas på RSR"),
    INPUT_ROUND(5, "Förfrågan om inspel från kommunerna"),
    COMPILE_INPUT(6, "Sammanställning av inspel"),
    SEND_COMPILATION_TO_RSR(7, "Sammanställning skickas till RSR"),
    WORKSHOP(8, "Workshop för att prioritera inspel"),
    WRITE_AGENDA(9, "Formulering av påverkansagenda"),
    INFORM_PARTNERSHIP(10, "Arbetet förankras i Länspartnerskapet"),
    CONSULTATION(11, "Samråd med näringsliv, organisationer, aktörer"),
    ADOPTION(12, "Fastställande");

    private final int number;
    private final String swedishName;

    Step(int number, String swedishName) {
        this.number = number;
        this.swedishName = swedishName;
    }

    public int number() {
        return number;
    }

    public String swedishName() {
        return swedishName;
    }

    /**
     * The steps that must have started before this one may start. Step 10 runs beside step 9,
     * so both follow the workshop, and the consultation follows them both.
     */
    public List<Step> predecessors() {
        return switch (this) {
            case DRAFT_PM -> List.of();
            case WRITE_AGENDA, INFORM_PARTNERSHIP -> List.of(WORKSHOP);
            case CONSULTATION -> List.of(WRITE_AGENDA, INFORM_PARTNERSHIP);
            default -> List.of(values()[ordinal() - 1]);
        };
    }

    /** The step's name in camel case ({@code draftPm}), the stem of its meetings' calendar UIDs. */
    public String camelName() {
        StringBuilder out = new StringBuilder();
        for (String part : name().toLowerCase().split("_")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
