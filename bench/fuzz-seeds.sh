#!/usr/bin/env bash
# (Re)writes the Jazzer seed inputs of every fuzz target from shared/fixtures: only permissively
# licensed files (gpxpy, jpx: Apache-2.0; python-tcxparser: BSD-2-Clause; tcxreader, python-fitparse:
# MIT), trimmed to a few KB so the fuzzer mutates structure rather than megabytes, plus files written
# here (a small FIT through the Garmin SDK's encoder, archives, JSON). Inputs that fuzzing found are
# kept beside the seeds under their own names (crash-*, found-*) and are not touched.
# Usage: bench/fuzz-seeds.sh   (needs python3, Java 17 and a built restwise-formats test classpath)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
source "$root/bench/fixtures.sh"
formats="$root/restwise-formats/src/test/resources/org/restwise/formats"
app="$root/restwise-app/src/test/resources/org/restwise/app/json"

fit_sdk="$(find "${HOME}/.m2/repository/com/garmin/fit" -name 'fit-*.jar' | sort | tail -1)"
[ -n "$fit_sdk" ] || { echo "bench: the Garmin FIT SDK is not in ~/.m2; run mvn -pl restwise-formats test-compile first" >&2; exit 1; }
synthetic_fit="$(mktemp --suffix=.fit)"
trap 'rm -f "$synthetic_fit"' EXIT
# A two-minute trail run: positions, barometric altitude, heart rate, device distance, a session.
cat >"${synthetic_fit%.fit}.java" <<'JAVA'
import com.garmin.fit.*;
public class Seed {
    public static void main(String[] args) {
        FileEncoder encoder = new FileEncoder(new java.io.File(args[0]), Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY); id.setManufacturer(Manufacturer.DEVELOPMENT); id.setProduct(1); id.setSerialNumber(1L);
        long start = 1_000_000_000L; // seconds since 1989-12-31: 2021-09-08
        id.setTimeCreated(new DateTime(start));
        encoder.write(id);
        for (int i = 0; i < 120; i++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(start + i));
            if (i % 10 != 3) {
                r.setPositionLat((int) ((45.0 + i * 0.00002) / 180.0 * 2147483648.0));
                r.setPositionLong((int) (7.0 / 180.0 * 2147483648.0));
            }
            r.setEnhancedAltitude(1000f + i * 0.4f);
            r.setHeartRate((short) (120 + i % 30));
            r.setDistance(i * 2.2f);
            encoder.write(r);
        }
        SessionMesg s = new SessionMesg();
        s.setTimestamp(new DateTime(start + 120)); s.setStartTime(new DateTime(start));
        s.setSport(Sport.RUNNING); s.setSubSport(SubSport.TRAIL);
        s.setTotalElapsedTime(120f); s.setTotalTimerTime(118f); s.setTotalDistance(262f);
        s.setTotalAscent(48); s.setTotalDescent(0); s.setAvgHeartRate((short) 134); s.setMaxHeartRate((short) 149);
        encoder.write(s);
        encoder.close();
    }
}
JAVA
java -cp "$fit_sdk" "${synthetic_fit%.fit}.java" "$synthetic_fit"
rm -f "${synthetic_fit%.fit}.java"

python3 - "$fixtures" "$formats" "$app" "$synthetic_fit" <<'PY'
import gzip, io, os, re, sys, zipfile
fx, formats, app, synthetic_fit = sys.argv[1:5]

def read(rel):
    return open(os.path.join(fx, rel), "rb").read()

def trim_points(xml, point, keep, closing):
    """The document up to its first `keep` <point> elements, then the tags still open, closed."""
    ends = [m.end() for m in re.finditer(b"</" + point + b">", xml)]
    if len(ends) <= keep:
        return xml
    return xml[:ends[keep - 1]] + b"\n" + closing

def put(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    for old in os.listdir(folder):
        if old.startswith("seed-") and old == name:
            os.remove(os.path.join(folder, old))
    open(os.path.join(folder, name), "wb").write(data)

gpx = {
    "seed-gpxpy-track-with-empty-segment": read("gpx/gpxpy--track-with-empty-segment.gpx"),
    "seed-gpxpy-gpx10-all-fields": read("gpx/gpxpy--gpx1.0_with_all_fields.gpx"),
    "seed-jpx-issue-170": read("gpx/jpx--ISSUE-170.gpx"),
    "seed-gpxpy-unicode-with-bom": read("gpx/gpxpy--unicode_with_bom.gpx"),
    "seed-gpxpy-mojstrovka-40-points": trim_points(read("gpx/gpxpy--Mojstrovka.gpx"), b"trkpt", 40, b"</trkseg></trk></gpx>\n"),
    "seed-gpxpy-visnjan-with-car-40-points": trim_points(read("gpx/gpxpy--around-visnjan-with-car.gpx"), b"trkpt", 40, b"</trkseg></trk></gpx>\n"),
    "seed-jpx-austria-iso-8859-1-head": read("gpx/derived--jpx--Austria.iso-8859-1.gpx")[:2500].rsplit(b"</wpt>", 1)[0] + b"</wpt>\n</gpx>\n",
    # Written here: two segments, heart rate and cadence in three encodings, a GPS jump between the
    # foot and the wheel speed limit, time going back, a 0.0 m placeholder well above sea level.
    "seed-two-segments-every-sensor": b"""<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="restwise" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><type>trail_running</type><trkseg>
<trkpt lat="45.0000" lon="7.0000"><ele>0.0</ele><time>2024-05-01T08:00:00Z</time></trkpt>
<trkpt lat="45.0001" lon="7.0000"><ele>1201.5</ele><time>2024-05-01T08:00:05Z</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>131</gpxtpx:hr><gpxtpx:cad>82</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
<trkpt lat="45.0030" lon="7.0000"><ele>1203.0</ele><time>2024-05-01T08:00:15Z</time><extensions><heartrate>133</heartrate></extensions></trkpt>
<trkpt lat="45.0003" lon="7.0001"><ele>1204.2</ele><time>2024-05-01T08:00:12Z</time><extensions><hr>135</hr><cadence>84</cadence></extensions></trkpt>
</trkseg><trkseg>
<trkpt lat="45.0010" lon="7.0010"><ele>1190.0</ele><time>2024-05-01T08:10:00Z</time></trkpt>
<trkpt lat="45.0015" lon="7.0012"><ele>1185.0</ele><time>2024-05-01T08:10:30Z</time></trkpt>
</trkseg></trk></gpx>
""",
}
for target in ("gpxReaderOnlyFailsWithAReason", "fastPathReadsWhatTheFullParserReads"):
    for name, data in gpx.items():
        put(os.path.join(formats, "GpxFuzzTestInputs", target), name, data)

tcx_close = b"</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
tcx = {
    "seed-tcxparser-test-8-points": trim_points(read("tcx/tcxparser--test.tcx"), b"Trackpoint", 8, tcx_close),
    "seed-tcxparser-no-hr-8-points": trim_points(read("tcx/tcxparser--no_hr.tcx"), b"Trackpoint", 8, tcx_close),
    "seed-tcxreader-cross-country-skiing-8-points": trim_points(read("tcx/tcxreader--cross-country-skiing_activity_1.tcx"), b"Trackpoint", 8, tcx_close),
    # Written here: two laps, two tracks, lap totals, a point without position, device distance.
    "seed-two-laps-two-tracks": b"""<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
<Activity Sport="Running"><Id>2024-05-01T08:00:00Z</Id>
<Lap StartTime="2024-05-01T08:00:00Z"><TotalTimeSeconds>20</TotalTimeSeconds><DistanceMeters>60</DistanceMeters>
<AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>150</Value></MaximumHeartRateBpm>
<Track>
<Trackpoint><Time>2024-05-01T08:00:00Z</Time><Position><LatitudeDegrees>45.0</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>1000</AltitudeMeters><DistanceMeters>0</DistanceMeters><HeartRateBpm><Value>135</Value></HeartRateBpm><Cadence>80</Cadence></Trackpoint>
<Trackpoint><Time>2024-05-01T08:00:10Z</Time><AltitudeMeters>1002</AltitudeMeters><DistanceMeters>30</DistanceMeters><HeartRateBpm><Value>145</Value></HeartRateBpm></Trackpoint>
<Trackpoint><Time>2024-05-01T08:00:20Z</Time><Position><LatitudeDegrees>45.00054</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>1004</AltitudeMeters><DistanceMeters>60</DistanceMeters><HeartRateBpm><Value>150</Value></HeartRateBpm></Trackpoint>
</Track></Lap>
<Lap StartTime="2024-05-01T08:05:00Z"><TotalTimeSeconds>10</TotalTimeSeconds><DistanceMeters>30</DistanceMeters>
<Track>
<Trackpoint><Time>2024-05-01T08:05:00Z</Time><Position><LatitudeDegrees>45.001</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>1010</AltitudeMeters></Trackpoint>
<Trackpoint><Time>2024-05-01T08:05:10Z</Time><Position><LatitudeDegrees>45.00127</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>1011</AltitudeMeters></Trackpoint>
</Track></Lap></Activity></Activities></TrainingCenterDatabase>
""",
}
for name, data in tcx.items():
    put(os.path.join(formats, "TcxFuzzTestInputs", "tcxReaderOnlyFailsWithAReason"), name, data)

fit_synthetic = open(synthetic_fit, "rb").read()
fit = {
    "seed-synthetic-trail-run": fit_synthetic,
    "seed-fitparse-2013-02-06": read("fit/fitparse--2013-02-06-12-11-14.fit"),
}
for name, data in fit.items():
    put(os.path.join(formats, "FitFuzzTestInputs", "fitReaderOnlyFailsWithAReason"), name, data)

def gz(data):
    return gzip.compress(data, mtime=0)

streams = {
    "seed-gpx-gz": read("gpx/gpxpy--Mojstrovka.gpx.gz"),
    "seed-tcx-gz": gz(tcx["seed-two-laps-two-tracks"]),
    "seed-fit-gz": gz(fit_synthetic),
    "seed-gpx-gz-gz": gz(gz(gpx["seed-two-segments-every-sensor"])),
    "seed-gpx-gz-truncated": gz(gpx["seed-gpxpy-mojstrovka-40-points"])[:600],
    "seed-plain-gpx": gpx["seed-two-segments-every-sensor"],
}
for name, data in streams.items():
    put(os.path.join(formats, "ArchiveFuzzTestInputs", "anyStreamOnlyFailsWithAReason"), name, data)

def zipped(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name.endswith("/") else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()

strava = zipped([
    ("activities.csv", b"Activity ID,Activity Name,Activity Type,Filename\n1,Morning,Hike,activities/1.gpx\n2,Evening,Run,activities/2.tcx.gz\n"),
    ("activities/", b""),
    ("activities/1.gpx", gpx["seed-gpxpy-track-with-empty-segment"]),
    ("activities/2.tcx.gz", gz(tcx["seed-two-laps-two-tracks"])),
    ("profile.csv", b"not an activity\n"),
])
garmin = zipped([
    ("DI_CONNECT/DI-Connect-Fitness/summary.json", b"[]"),
    ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", zipped([("7.fit", fit_synthetic), ("8.gpx", gpx["seed-jpx-issue-170"])])),
])
archives = {
    "seed-strava-export": strava,
    "seed-garmin-export-nested": garmin,
    "seed-truncated-zip": strava[: len(strava) // 2],
    "seed-empty-zip": zipped([]),
}
for name, data in archives.items():
    put(os.path.join(formats, "ArchiveFuzzTestInputs", "anyZipReadsEntryByEntryOrFailsWithAReason"), name, data)

checkins = {
    "seed-advise-example": open("restwise-app/src/test/resources/contract/advise-example.json", "rb").read(),
    "seed-minimal": b'{"signals": {"soreness": 2}}',
    "seed-no-context-with-bom": b'\xef\xbb\xbf{"date": "2026-11-29", "athlete": {"maxHeartRate": 190}, "signals": {"soreness": 7, "sharpPain": true, "tenMinuteTest": "WORSE"}}',
}
for name, data in checkins.items():
    put(os.path.join(app, "JsonFuzzTestInputs", "checkInParserOnlyRefusesWithAFieldAndAReason"), name, data)
sessions = {
    "seed-mountain-run": b'{"date": "2025-03-08", "start": "2025-03-08T06:40", "type": "MOUNTAIN_RUN", "minutes": 170, "rpe": 7, "distanceKm": 24.2, "ascentM": 1620.0, "descentM": 1598.0}',
    "seed-recovery": b'{"date": "2025-03-09", "type": "RECOVERY", "minutes": 30, "recovery": {"modality": "EASY_JOG", "loosenedWithinTenMinutes": true, "leftFlatter": false}}',
    "seed-minimal": b'{"type": "EASY", "minutes": 45}',
}
for name, data in sessions.items():
    put(os.path.join(app, "JsonFuzzTestInputs", "sessionParserOnlyRefusesWithAFieldAndAReason"), name, data)
print("seeds written")
PY
