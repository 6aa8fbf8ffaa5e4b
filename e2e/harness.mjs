// What every browser script shares: how Chromium is launched, how each viewport is run, and what
// counts as a problem on a page. A page that looks right but logs errors still fails.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where every script leaves its screenshots. */
export const shots = join(dirname(fileURLToPath(import.meta.url)), "..", "restwise-app", "target", "screenshots");
mkdirSync(shots, { recursive: true });

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The points a chart draws, when its canvas has ink on it; 0 for a chart not drawn or blank. */
export async function inkedPoints(page, id) {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId);
    const chart = canvas && window.Chart && Chart.getChart(canvas);
    if (!chart || canvas.width === 0) return 0;
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = false;
    for (let i = 3; i < pixels.length && !inked; i += 4) if (pixels[i] !== 0) inked = true;
    return inked ? chart.data.datasets[0].data.filter((p) => p.y !== null).length : 0;
  }, id);
}

export const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

export function watchProblems(page) {
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400 && !res.url().endsWith("/favicon.ico")) problems.push(`${res.status()} ${res.url()}`);
  });
  return problems;
}

/**
 * Launches Debian's Chromium headless, runs `before()` once and then `run(browser, name, viewport)`
 * for each viewport (or only the one named), and exits 0 or 1 with the failure on one line.
 * `cleanUp` runs either way.
 */
export async function runViewports(script, only, run, { before = async () => {}, cleanUp = () => {} } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--no-first-run"],
  });
  let failed = false;
  try {
    await before();
    for (const [name, viewport] of Object.entries(viewports).filter(([n]) => !only || n === only)) {
      await run(browser, name, viewport);
    }
  } catch (e) {
    console.error(`${script}: ${e.message}`);
    failed = true;
  } finally {
    await browser.close();
    cleanUp();
  }
  process.exit(failed ? 1 : 0);
}
