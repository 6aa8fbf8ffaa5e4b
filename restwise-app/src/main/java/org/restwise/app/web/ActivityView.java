package org.restwise.app.web;

/**
 * One activity's page.
 *
 * @param chartJson distance, elevation, pace and GAP series in the runner's units for restwise-activity.js; "" without a profile
 */
public record ActivityView(ActivityRow activity, String chartJson, boolean imperial) {

    public boolean hasCharts() {
        return !chartJson.isEmpty();
    }
}
