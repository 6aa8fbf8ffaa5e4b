package org.restwise.app.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.restwise.app.journal.ActivityImporter.Result;

/** What an import did, file by file, in the order the files were read: the CLI's and the web's summary alike. */
public final class ImportSummary implements Consumer<Result> {

    private final List<Result.Imported> imported = new ArrayList<>();
    private final List<Result.AlreadyThere> alreadyThere = new ArrayList<>();
    private final List<Result.Skipped> skipped = new ArrayList<>();
    private final List<BodyImporter.Kept> body = new ArrayList<>();

    @Override
    public void accept(Result result) {
        if (result instanceof Result.Imported i) {
            imported.add(i);
        } else if (result instanceof Result.AlreadyThere a) {
            alreadyThere.add(a);
        } else {
            skipped.add((Result.Skipped) result);
        }
    }

    /** A wellness file whose days were kept. */
    public void body(BodyImporter.Kept kept) {
        body.add(kept);
    }

    /** The wellness files read, in the order they were read. */
    public List<BodyImporter.Kept> body() {
        return List.copyOf(body);
    }

    /** True when nothing at all was found: no activity, no wellness file, not even a skip. */
    public boolean isEmpty() {
        return imported.isEmpty() && alreadyThere.isEmpty() && skipped.isEmpty() && body.isEmpty();
    }

    public List<Result.Imported> imported() {
        return List.copyOf(imported);
    }

    public List<Result.AlreadyThere> alreadyThere() {
        return List.copyOf(alreadyThere);
    }

    public List<Result.Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
