// The Body page's charts, drawn with Chart.js from the JSON the page embeds. A day without a
// reading is null, so lines show the gap; a normal band is drawn only where there was one.
(() => {
  const source = document.getElementById("body-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const labels = data.days.map((d) => {
    const [, m, day] = d.date.split("-");
    return `${Number(day)}/${Number(m)}`;
  });
  const ink = "#1b1f24", muted = "#4a5360", grid = "#e3e6df", accent = "#0b6477", warn = "#8a5a00";
  Chart.defaults.color = muted;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;
  const x = { ticks: { maxRotation: 0, autoSkipPadding: 12 }, grid: { color: grid } };
  const legend = { position: "bottom", labels: { boxWidth: 14, color: ink } };
  const pick = (signal, field) => data.days.map((d) => d[signal][field]);
  const anyValue = (values) => values.some((v) => v !== null);

  function draw(id, values, config) {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    if (!anyValue(values)) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = "Nothing recorded in these weeks.";
      canvas.parentElement.replaceWith(empty);
      return;
    }
    new Chart(canvas, config);
  }

  const ln = pick("hrv", "rmssdMs").map((ms) => (ms === null ? null : Math.log(ms)));
  draw("chart-hrv", ln, {
    data: {
      labels,
      datasets: [
        { type: "line", label: "Normal low", data: pick("hrv", "normalLowLn"), borderColor: "transparent", pointRadius: 0, fill: false },
        { type: "line", label: "Normal range", data: pick("hrv", "normalHighLn"), borderColor: "transparent",
          backgroundColor: "rgba(11,100,119,.15)", pointRadius: 0, fill: "-1" },
        { type: "line", label: "7-day mean", data: pick("hrv", "weekMeanLn"), borderColor: ink, pointRadius: 0, borderWidth: 2 },
        { type: "line", label: "ln rMSSD", data: ln, borderColor: "transparent", backgroundColor: accent, pointRadius: 3, showLine: false },
      ],
    },
    options: { scales: { x, y: { title: { display: true, text: "ln rMSSD" }, grid: { color: grid } } },
      plugins: { legend: { ...legend, labels: { ...legend.labels, filter: (item) => item.text !== "Normal low" } } } },
  });

  draw("chart-resting", pick("restingHeartRate", "bpm"), {
    data: {
      labels,
      datasets: [
        { type: "line", label: "Resting heart rate", data: pick("restingHeartRate", "bpm"), borderColor: warn, backgroundColor: warn,
          pointRadius: 3, spanGaps: false },
        { type: "line", label: "60-day average", data: pick("restingHeartRate", "baselineBpm"), borderColor: muted,
          borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { scales: { x, y: { title: { display: true, text: "bpm" }, grid: { color: grid } } }, plugins: { legend } },
  });

  draw("chart-sleep", pick("sleep", "hours"), {
    data: {
      labels,
      datasets: [
        { type: "bar", label: "Hours asleep", data: pick("sleep", "hours"), backgroundColor: "rgba(31,95,139,.55)" },
        { type: "line", label: "28-night average", data: pick("sleep", "averageHours"), borderColor: ink, borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { scales: { x, y: { beginAtZero: true, suggestedMax: 10, title: { display: true, text: "hours" }, grid: { color: grid } } },
      plugins: { legend } },
  });

  // Heights come in centimetres; a runner who reads inches sees inches.
  const height = data.jumpUnit === "in" ? (v) => (v === null ? null : Math.round(v / 2.54 * 10) / 10) : (v) => v;
  const jumps = pick("jump", "cm").map(height);
  draw("chart-jump", jumps, {
    data: {
      labels,
      datasets: [
        { type: "line", label: "Jump result", data: jumps, borderColor: "transparent", backgroundColor: accent,
          pointRadius: 4, showLine: false },
        { type: "line", label: "28-day baseline", data: pick("jump", "baselineCm").map(height), borderColor: muted,
          borderDash: [6, 4], pointRadius: 0 },
      ],
    },
    options: { scales: { x, y: { title: { display: true, text: data.jumpUnit || "cm" }, grid: { color: grid } } }, plugins: { legend } },
  });
})();
