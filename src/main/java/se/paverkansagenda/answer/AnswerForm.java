package se.paverkansagenda.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/** The answer page's form: the municipality's proposals, or the organisation's statement and its files. */
public class AnswerForm {

    private List<ProposalRow> proposals = new ArrayList<>();
    private String statement = "";
    private boolean noComments;
    private List<MultipartFile> attachments = new ArrayList<>();
    private List<String> removeAttachments = new ArrayList<>();
    /** The keys of the consultation draft's sections the statement concerns. */
    private List<String> sections = new ArrayList<>();
    /** The municipality's comments on last year's issues (a cycle that follows another), by the id. */
    private Map<String, String> comments = new LinkedHashMap<>();

    public Map<String, String> getComments() {
        return comments;
    }

    public void setComments(Map<String, String> comments) {
        this.comments = comments == null ? new LinkedHashMap<>() : new LinkedHashMap<>(comments);
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections == null ? new ArrayList<>() : sections;
    }

    public List<ProposalRow> getProposals() {
        return proposals;
    }

    public void setProposals(List<ProposalRow> proposals) {
        this.proposals = proposals == null ? new ArrayList<>() : new ArrayList<>(proposals);
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public boolean isNoComments() {
        return noComments;
    }

    public void setNoComments(boolean noComments) {
        this.noComments = noComments;
    }

    public List<MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<MultipartFile> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }

    /** Ids of attachments sent earlier that the organisation takes away. */
    public List<String> getRemoveAttachments() {
        return removeAttachments;
    }

    public void setRemoveAttachments(List<String> removeAttachments) {
        this.removeAttachments = removeAttachments == null ? new ArrayList<>() : new ArrayList<>(removeAttachments);
    }
}
