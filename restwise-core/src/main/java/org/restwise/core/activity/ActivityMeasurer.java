package org.restwise.core.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.restwise.core.terrain.GradeCostModel;

/**
 * Measures an activity while it is read, in bounded memory: the summary as running totals, and the
 * chart profile from a track thinned to a bounded number of points. Get one from
 * {@link ActivityAnalyzer#measurer()}; one measurer per activity.
 *
 * <p>The sport and the elevation median are only known at the end, so the summary starts as one
 * {@link MeasuringPass} and splits where they would make a difference (a GPS jump between the foot
 * and the wheel speed limit, an elevation of exactly 0 m): at most four passes, usually one.
 */
public final class ActivityMeasurer implements TrackSink<MeasuredActivity> {

    private final List<MeasuringPass> passes = new ArrayList<>();
    private final ZeroElevationVote zeroVote = new ZeroElevationVote();
    private final Optional<ProfileTrack> profileTrack;
    private final GradeCostModel costModel;
    private final int profilePoints;
    private long points;

    ActivityMeasurer(GradeCostModel costModel, NoiseHandling noise, Optional<Integer> profilePoints) {
        this.costModel = costModel;
        this.profilePoints = profilePoints.orElse(0);
        this.profileTrack = profilePoints.map(n -> new ProfileTrack());
        passes.add(new MeasuringPass(costModel, noise));
    }

    @Override
    public void startSegment() {
        passes.forEach(MeasuringPass::startSegment);
        profileTrack.ifPresent(ProfileTrack::startSegment);
    }

    @Override
    public void points(SampleColumns chunk) {
        int size = chunk.size();
        points += size;
        for (int i = 0; i < size; i++) {
            zeroVote.elevation(chunk.elevationOrNaN(i));
        }
        // Each pass takes the whole chunk; a twin split off at point i takes it from i on.
        List<MeasuringPass> work = new ArrayList<>(passes);
        List<Integer> firstPoint = new ArrayList<>(Collections.nCopies(work.size(), 0));
        for (int w = 0; w < work.size(); w++) {
            MeasuringPass pass = work.get(w);
            for (int i = firstPoint.get(w); i < size; i++) {
                MeasuringPass.Split split = pass.point(chunk, i);
                if (split != MeasuringPass.Split.NONE) {
                    MeasuringPass twin = pass.splitOff(split);
                    passes.add(twin);
                    work.add(twin);
                    firstPoint.add(i);
                    i--; // this pass now reads the fact one way: it takes point i again
                }
            }
        }
        profileTrack.ifPresent(track -> track.points(chunk));
    }

    @Override
    public void endSegment() {
        passes.forEach(MeasuringPass::endSegment);
        profileTrack.ifPresent(ProfileTrack::endSegment);
    }

    @Override
    public MeasuredActivity finish(Sport sport, DeviceTotals deviceTotals, boolean wallClockTimes) {
        boolean onFoot = ActivityAnalyzer.onFoot(sport);
        boolean zeroIsPlaceholder = zeroVote.zeroIsPlaceholder();
        MeasuringPass pass = passes.stream().filter(p -> p.readsAs(onFoot, zeroIsPlaceholder)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pass reads the activity as it is"));
        ActivitySummary summary = pass.summary(points, deviceTotals, wallClockTimes);
        ActivityProfile profile = profileTrack.map(track -> track.profile(costModel, profilePoints))
                .orElse(ActivityProfile.EMPTY);
        return new MeasuredActivity(sport, deviceTotals, summary, profile, pass.sustainedSpeeds());
    }
}
