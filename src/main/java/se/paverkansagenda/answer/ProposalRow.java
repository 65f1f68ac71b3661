package se.paverkansagenda.answer;

/** One proposed issue as the form sends it and the page shows it. */
public class ProposalRow {

    private String title = "";
    private String description = "";
    private String rusArea = "";
    private String decisionLevel = "";
    private String justification = "";
    private String contactPerson = "";
    private boolean remove;

    public ProposalRow() {
    }

    public ProposalRow(String title, String description, String rusArea, String decisionLevel, String justification,
                       String contactPerson) {
        this.title = title;
        this.description = description;
        this.rusArea = rusArea;
        this.decisionLevel = decisionLevel;
        this.justification = justification;
        this.contactPerson = contactPerson;
    }

    boolean isEmpty() {
        return isBlank(title) && isBlank(description) && isBlank(rusArea) && isBlank(decisionLevel)
                && isBlank(justification) && isBlank(contactPerson);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The row with surrounding white space removed and missing fields as empty text. */
    ProposalRow trimmed() {
        return new ProposalRow(trim(title), trim(description), trim(rusArea), trim(decisionLevel), trim(justification),
                trim(contactPerson));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRusArea() {
        return rusArea;
    }

    public void setRusArea(String rusArea) {
        this.rusArea = rusArea;
    }

    public String getDecisionLevel() {
        return decisionLevel;
    }

    public void setDecisionLevel(String decisionLevel) {
        this.decisionLevel = decisionLevel;
    }

    /** Where the issue is decided, in words: "Nationell nivå". */
    public String getDecisionLevelLabel() {
        return DecisionLevel.isOne(decisionLevel) ? DecisionLevel.valueOf(decisionLevel).label() : decisionLevel;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }
}
