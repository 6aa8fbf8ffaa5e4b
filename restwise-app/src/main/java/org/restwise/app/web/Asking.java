package org.restwise.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.restwise.app.access.AthleteJournal;
import org.restwise.app.access.Journals;
import org.restwise.app.access.Requester;

/** Who is asking, as {@link AccessGate} found it; every handler passes it to the use case it calls. */
final class Asking {

    private static final String REQUESTER = "restwise.requester";
    private static final String OWN_JOURNAL = "restwise.own-journal";

    private Asking() {
    }

    static void is(Context ctx, Requester requester) {
        ctx.attribute(REQUESTER, requester);
    }

    /** The requester; a route the gate let through without one (a public route) has none to give. */
    static Requester who(Context ctx) {
        Requester requester = ctx.attribute(REQUESTER);
        if (requester == null) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "sign in first");
        }
        return requester;
    }

    /** The journal the requester keeps. */
    static AthleteJournal ownJournal(Journals journals, Context ctx) {
        AthleteJournal known = ctx.attribute(OWN_JOURNAL);
        if (known == null) {
            known = journals.own(who(ctx));
            ctx.attribute(OWN_JOURNAL, known);
        }
        return known;
    }
}
