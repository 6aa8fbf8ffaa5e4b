// The Journal's charts, drawn with Chart.js (served from its WebJar) from the JSON the page embeds.
// A day without data is null, so lines show the gap instead of inventing a value.
(() => {
  const source = document.getElementById("journal-data");
  if (!source) return; // another page with charts (an activity) draws its own
  const data = JSON.parse(source.textContent);
  const labels = data.dates.map((d) => {
    const [, m, day] = d.split("-");
    return `${Number(day)}/${Number(m)}`;
  });
  const ink = "#1b1f24", muted = "#4a5360", grid = "#e3e6df";
  Chart.defaults.color = muted;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;
  const x = { ticks: { maxRotation: 0, autoSkipPadding: 12 }, grid: { color: grid } };
  const legend = { position: "bottom", labels: { boxWidth: 14, color: ink } };

  // What an empty chart will show and how to fill it, instead of bare axes.
  const emptyText = {
    "chart-soreness": "Your soreness and hours slept appear here, day by day, once you check in on Today.",
    "chart-load": "Your training load and its ratio appear here once sessions are logged below or imported on Activities.",
    "chart-fitness": "Fitness, fatigue and form appear here once sessions are logged below or imported on Activities.",
    "chart-descent": "Metres of descent per day appear here once sessions with descent are logged or imported.",
  };
  const hasData = (config) => config.data.datasets.some((d) => d.data.some((v) => v !== null && v !== 0));

  function draw(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    if (!hasData(config) && emptyText[id]) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = emptyText[id];
      canvas.parentElement.replaceWith(empty);
      return;
    }
    new Chart(canvas, config);
  }

  draw("chart-soreness", {
    data: {
      labels,
      datasets: [
        { type: "line", label: "Soreness (0–10)", data: data.soreness, yAxisID: "soreness", borderColor: "#b0241b",
          backgroundColor: "#b0241b", spanGaps: false, tension: 0.2, pointRadius: 3 },
        { type: "bar", label: "Sleep (hours)", data: data.sleepHours, yAxisID: "sleep", backgroundColor: "rgba(31,95,139,.45)" },
      ],
    },
    options: {
      scales: {
        x,
        soreness: { position: "left", min: 0, max: 10, title: { display: true, text: "soreness" }, grid: { color: grid } },
        sleep: { position: "right", min: 0, suggestedMax: 10, title: { display: true, text: "hours" }, grid: { display: false } },
      },
      plugins: { legend },
    },
  });

  const low = data.acwr.map((r) => (r === null ? null : 0.8));
  const high = data.acwr.map((r) => (r === null ? null : 1.3));
  draw("chart-load", {
    data: {
      labels,
      datasets: [
        { type: "line", label: "ACWR", data: data.acwr, yAxisID: "ratio", borderColor: ink, backgroundColor: ink,
          pointRadius: 0, borderWidth: 2, order: 0 },
        { type: "line", label: "0.8", data: low, yAxisID: "ratio", borderColor: "transparent", pointRadius: 0, fill: false, order: 1 },
        { type: "line", label: "Sweet spot 0.8–1.3", data: high, yAxisID: "ratio", borderColor: "transparent",
          backgroundColor: "rgba(29,107,58,.18)", pointRadius: 0, fill: "-1", order: 1 },
        { type: "bar", label: "Load (AU)", data: data.load, yAxisID: "load", backgroundColor: "rgba(11,100,119,.55)", order: 2 },
      ],
    },
    options: {
      scales: {
        x,
        load: { position: "left", beginAtZero: true, title: { display: true, text: "load (AU)" }, grid: { color: grid } },
        ratio: { position: "right", min: 0, suggestedMax: 2, title: { display: true, text: "ACWR" }, grid: { display: false } },
      },
      plugins: { legend: { ...legend, labels: { ...legend.labels, filter: (item) => item.text !== "0.8" } } },
    },
  });

  draw("chart-fitness", {
    type: "line",
    data: {
      labels,
      datasets: [
        { label: "Fitness (CTL)", data: data.fitness, borderColor: "#1f5f8b", backgroundColor: "#1f5f8b", pointRadius: 0, borderWidth: 2 },
        { label: "Fatigue (ATL)", data: data.fatigue, borderColor: "#8a5a00", backgroundColor: "#8a5a00", pointRadius: 0, borderWidth: 2 },
        { label: "Form (TSB)", data: data.form, borderColor: "#1d6b3a", backgroundColor: "#1d6b3a", pointRadius: 0, borderWidth: 2,
          borderDash: [6, 4] },
      ],
    },
    options: { scales: { x, y: { grid: { color: grid } } }, plugins: { legend } },
  });

  draw("chart-descent", {
    type: "bar",
    data: { labels, datasets: [{ label: `Descent (${data.descentUnit})`, data: data.descent, backgroundColor: "rgba(138,90,0,.6)" }] },
    options: { scales: { x, y: { beginAtZero: true, grid: { color: grid } } }, plugins: { legend } },
  });
})();
