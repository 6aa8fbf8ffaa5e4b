package org.restwise.app.cli;

import java.io.PrintWriter;
import org.restwise.app.json.AdviceJson;
import org.restwise.app.json.BodyJson;
import org.restwise.core.advice.Advice;
import org.restwise.core.journal.SavedCheckIn;

/** A stored check-in's decision as the terminal shows it: the card (short or whole) and what the body showed. */
final class StoredCard {

    private StoredCard() {
    }

    static void print(PrintWriter out, SavedCheckIn saved, boolean verbose) {
        Advice advice = AdviceJson.read(saved.adviceJson());
        DecisionCard card = new DecisionCard(Terminal.supportsColour());
        out.print(verbose ? card.render(advice) : card.renderShort(advice));
        BodyJson.fromOutput(AdviceJson.tree(saved.adviceJson())).forEach(r ->
                out.println((r.outsideNormal() ? "Body, outside your normal: " : "Body: ") + r.words() + "."));
        out.flush();
    }
}
