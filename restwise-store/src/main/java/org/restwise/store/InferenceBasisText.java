package org.restwise.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.restwise.core.activity.ActivityLeg;
import org.restwise.core.activity.InferenceBasis;
import org.restwise.core.activity.Sport;
import org.restwise.core.activity.SustainedSpeeds;

/**
 * The {@code activity.inference_basis} column, in plain lines as {@link ProfileText} is:
 * {@code speeds MINUTE TEN_MINUTES} (metres per second), then one {@code leg SPORT KIND DISTANCE
 * SECONDS ASCENT DESCENT HR} line per leg of the file, where KIND is {@code transition} or {@code leg};
 * {@code -} for a value the file did not give.
 */
public final class InferenceBasisText {

    private static final String ABSENT = "-";

    private InferenceBasisText() {
    }

    public static String write(InferenceBasis basis) {
        StringBuilder text = new StringBuilder("speeds ")
                .append(number(basis.speeds().fastestMinuteMetersPerSecond())).append(' ')
                .append(number(basis.speeds().fastestTenMinutesMetersPerSecond())).append('\n');
        for (ActivityLeg leg : basis.legs()) {
            text.append("leg ").append(leg.sport().name()).append(' ').append(leg.transition() ? "transition" : "leg").append(' ')
                    .append(number(leg.distanceMeters())).append(' ')
                    .append(number(leg.timer().map(t -> t.toMillis() / 1000.0))).append(' ')
                    .append(number(leg.ascentMeters())).append(' ')
                    .append(number(leg.descentMeters())).append(' ')
                    .append(leg.avgHeartRateBpm().map(String::valueOf).orElse(ABSENT)).append('\n');
        }
        return text.toString();
    }

    /** Reads the text back; {@link JournalException} names the line that is wrong. */
    public static InferenceBasis read(String text) {
        SustainedSpeeds speeds = SustainedSpeeds.UNKNOWN;
        List<ActivityLeg> legs = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                String[] v = line.strip().split(" ");
                if (v[0].equals("speeds") && v.length == 3) {
                    speeds = new SustainedSpeeds(value(v[1], Double::parseDouble), value(v[2], Double::parseDouble));
                } else if (v[0].equals("leg") && v.length == 8) {
                    legs.add(new ActivityLeg(Sport.valueOf(v[1]), v[2].equals("transition"), value(v[3], Double::parseDouble),
                            value(v[4], s -> Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000))),
                            value(v[5], Double::parseDouble), value(v[6], Double::parseDouble), value(v[7], Integer::parseInt)));
                } else {
                    throw new IllegalArgumentException("is neither a speeds line nor a leg line");
                }
            } catch (IllegalArgumentException e) {
                throw new JournalException("activity inference basis line " + number + ": " + e.getMessage(), e);
            }
        }
        return new InferenceBasis(legs, speeds);
    }

    private static <T> Optional<T> value(String text, Function<String, T> parse) {
        return text.equals(ABSENT) ? Optional.empty() : Optional.of(parse.apply(text));
    }

    private static String number(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.3f", v)).orElse(ABSENT);
    }
}
