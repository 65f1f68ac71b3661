package se.paverkansagenda.document;

/** What a generated document is; its Swedish title and the stem of its file name. */
public enum DocumentKind {
    /** Steps 6 and 7: every municipality's proposals. */
    INPUT_COMPILATION("Sammanställning av inspel", "sammanstallning-inspel"),
    /** Step 11, when it opens: the agenda version the consultation asks about, sent with every request. */
    CONSULTATION_DRAFT("Remissversion av påverkansagendan", "remissversion"),
    /** Step 11, for step 12: every organisation's statement. */
    CONSULTATION_COMPILATION("Sammanställning av samrådet", "sammanstallning-samrad"),
    /** Step 12: the adopted agenda. */
    ADOPTED_AGENDA("Länsgemensam påverkansagenda", "paverkansagenda"),
    /** A council's treatment of an item (RSR, step 4): the extract of its minutes. */
    MINUTES_EXTRACT("Protokollsutdrag", "protokollsutdrag"),
    /** Each period of the plan: the stage-progress report to the steering group. */
    STEERING_REPORT("Lägesrapport till styrgruppen", "lagesrapport"),
    /** Step 1 of a cycle that follows another: what became of the followed agenda's issues. */
    FOLLOW_UP_REPORT("Uppföljningsrapport", "uppfoljningsrapport");

    private final String swedishTitle;
    private final String fileStem;

    DocumentKind(String swedishTitle, String fileStem) {
        this.swedishTitle = swedishTitle;
        this.fileStem = fileStem;
    }

    public String swedishTitle() {
        return swedishTitle;
    }

    /** ASCII only, so the file name is safe in any header and file system. */
    public String fileStem() {
        return fileStem;
    }
}
