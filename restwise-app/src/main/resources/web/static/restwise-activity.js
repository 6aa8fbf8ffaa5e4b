// One activity's charts: the elevation profile, pace beside grade-adjusted pace, and heart rate,
// along the distance. A point without data is null, so the line shows a gap instead of inventing a value.
(() => {
  const source = document.getElementById("activity-data");
  if (!source || !window.Chart) return;
  const data = JSON.parse(source.textContent);
  const ink = "#1b1f24", muted = "#4a5360", grid = "#e3e6df";
  Chart.defaults.color = muted;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;
  const points = (values) => data.distance.map((x, i) => ({ x, y: values[i] }));
  const last = data.distance[data.distance.length - 1];
  const x = { type: "linear", min: 0, max: last, title: { display: true, text: data.distanceUnit },
              ticks: { maxRotation: 0, autoSkipPadding: 12 }, grid: { color: grid } };
  const legend = { position: "bottom", labels: { boxWidth: 14, color: ink } };
  const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, "0")}`;

  new Chart(document.getElementById("chart-elevation"), {
    type: "line",
    data: { datasets: [{ label: `Elevation (${data.elevationUnit})`, data: points(data.elevation), borderColor: "#1f5f8b",
      backgroundColor: "rgba(31,95,139,.18)", fill: "start", pointRadius: 0, borderWidth: 2, spanGaps: false }] },
    options: {
      parsing: false,
      scales: { x, y: { title: { display: true, text: data.elevationUnit }, grid: { color: grid } } },
      plugins: { legend: { display: false },
        tooltip: { callbacks: { title: (items) => `${items[0].parsed.x.toFixed(2)} ${data.distanceUnit}`,
          label: (item) => `${Math.round(item.parsed.y)} ${data.elevationUnit}` } } },
    },
  });

  // Stops and sprints would squash the useful range: the axis spans the middle 90 % of the paces,
  // never beyond 30:00 (slower is standing, not running), with ticks on whole minutes or halves.
  const STOPPED = 1800;
  const known = data.pace.concat(data.gap).filter((v) => v !== null).sort((a, b) => a - b);
  const pick = (q) => known[Math.min(known.length - 1, Math.floor(q * known.length))];
  let paceAxis = {};
  if (known.length > 0) {
    const low = pick(0.05) * 0.95, high = Math.min(STOPPED, pick(0.95) * 1.05);
    const stepSize = [15, 30, 60, 120, 300, 600].find((s) => (high - low) / s <= 6) || 600;
    paceAxis = { min: Math.floor(low / stepSize) * stepSize, max: Math.ceil(high / stepSize) * stepSize, ticks: { stepSize } };
  }
  const timed = data.pace.filter((v) => v !== null).length / data.pace.length;
  if (timed < 0.8) {
    const note = document.getElementById("pace-gaps");
    if (note) note.hidden = false;
  }
  new Chart(document.getElementById("chart-pace"), {
    type: "line",
    data: { datasets: [
      { label: `Pace (${data.paceUnit})`, data: points(data.pace), borderColor: "#8a5a00", backgroundColor: "#8a5a00",
        pointRadius: 0, borderWidth: 1.5, spanGaps: false },
      { label: `Grade-adjusted pace (${data.paceUnit})`, data: points(data.gap), borderColor: "#1d6b3a", backgroundColor: "#1d6b3a",
        pointRadius: 0, borderWidth: 2, spanGaps: false },
    ] },
    options: {
      parsing: false,
      scales: { x, y: { reverse: true, min: paceAxis.min, max: paceAxis.max, title: { display: true, text: data.paceUnit },
        grid: { color: grid }, ticks: { ...paceAxis.ticks, callback: (v) => clock(v) } } },
      plugins: { legend,
        tooltip: { callbacks: { title: (items) => `${items[0].parsed.x.toFixed(2)} ${data.distanceUnit}`,
          label: (item) => `${item.dataset.label.split(" (")[0]}: ${clock(item.parsed.y)} ${data.paceUnit}` } } },
    },
  });

  if (!data.hasHeartRate) {
    document.getElementById("heart-chart").hidden = true;
    document.getElementById("heart-none").hidden = false;
    return;
  }
  new Chart(document.getElementById("chart-heart"), {
    type: "line",
    data: { datasets: [{ label: "Heart rate (bpm)", data: points(data.heartRate), borderColor: "#a3222f",
      backgroundColor: "#a3222f", pointRadius: 0, borderWidth: 1.5, spanGaps: false }] },
    options: {
      parsing: false,
      scales: { x, y: { title: { display: true, text: "bpm" }, grid: { color: grid } } },
      plugins: { legend: { display: false },
        tooltip: { callbacks: { title: (items) => `${items[0].parsed.x.toFixed(2)} ${data.distanceUnit}`,
          label: (item) => `${Math.round(item.parsed.y)} bpm` } } },
    },
  });
})();
