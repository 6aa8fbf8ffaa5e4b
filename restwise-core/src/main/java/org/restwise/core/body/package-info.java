/**
 * What the body's own signals say on a day, as devices and apps recorded them: beat-to-beat
 * intervals and the rMSSD computed from them, resting heart rate, SDNN, sleep; each value tagged with
 * where it came from. Pure values: reading files is {@code restwise-formats}' job, baselines are
 * {@code body.normal}'s.
 */
package org.restwise.core.body;
