package mx.ventanilla.pwa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core, run in the page as it is on screen, against WCAG 2.1 A and AA: the app's screens may have no serious or
 * critical violation.
 */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails with each blocking rule, its impact and the first offending elements. */
    public static void assertNoSeriousViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
        assertThat(blocking).as("axe-core serious or critical violations on %s", page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
