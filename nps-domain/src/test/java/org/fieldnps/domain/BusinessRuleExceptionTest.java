package org.fieldnps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessRuleExceptionTest {

    @Test
    void keepsTheFieldAndTheMessageForTheForm() {
        var problem = new BusinessRuleException("target", "A target NPS is from -100 to 100.");

        assertThat(problem.field()).isEqualTo("target");
        assertThat(problem.getMessage()).isEqualTo("A target NPS is from -100 to 100.");
    }

    @Test
    void allowsProblemsThatConcernNoSingleField() {
        var problem = new BusinessRuleException(null, "This survey has already been answered.");

        assertThat(problem.field()).isNull();
    }

    @Test
    void keepsTheCauseForTheLog() {
        var cause = new NumberFormatException("x");

        var problem = new BusinessRuleException("score", "Not a score.", cause);

        assertThat(problem).hasCause(cause).isInstanceOf(RuntimeException.class);
        assertThat(problem.field()).isEqualTo("score");
    }
}
