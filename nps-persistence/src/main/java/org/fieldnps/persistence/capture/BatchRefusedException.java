package org.fieldnps.persistence.capture;

import java.util.List;
import org.fieldnps.domain.BusinessRuleException;

/**
 * A batch of answers was refused as a whole, because at least one of them breaks a rule; none of
 * them was recorded. Each refused answer is listed with its place in the batch and its reason.
 */
public class BatchRefusedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient List<RefusedAnswer> refused;

    public BatchRefusedException(List<RefusedAnswer> refused) {
        super("items", describe(refused));
        this.refused = List.copyOf(refused);
    }

    /** The refused answers, in the order of the batch. */
    public List<RefusedAnswer> refused() {
        return refused;
    }

    private static String describe(List<RefusedAnswer> refused) {
        return refused.size() == 1
                ? "One answer of the batch was refused, so none was recorded; fix it and send the batch again."
                : refused.size() + " answers of the batch were refused, so none was recorded; fix them and send"
                        + " the batch again.";
    }

    /**
     * One answer of a batch and why it was refused.
     *
     * @param index   its place in the batch, counted from 0
     * @param refusal the rule it breaks, naming the field of the answer at fault
     */
    public record RefusedAnswer(int index, BusinessRuleException refusal) {
    }
}
