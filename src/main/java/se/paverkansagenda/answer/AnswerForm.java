package se.paverkansagenda.answer;

import java.util.ArrayList;
import java.util.List;

/** The answer page's form: the municipality's proposals, or the organisation's statement. */
public class AnswerForm {

    private List<ProposalRow> proposals = new ArrayList<>();
    private String statement = "";
    private boolean noComments;

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
}
