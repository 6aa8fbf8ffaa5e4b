// Browser test of body signals: six weeks of a runner's own morning measures, then this morning's
// typed into the check-in on Today (a resting heart rate well above normal); the card says so, and
// the Body page leads with it, draws its four charts and lists the fortnight without widening the page.
// Usage: node body.mjs BASE_URL [phone|desktop]   (a fresh journal; "today" is the server's 2026-11-29)
import { runViewports, watchProblems, check, shots } from "./harness.mjs";
import { join } from "node:path";

const base = process.argv[2];
if (!base) {
  console.error("usage: node body.mjs BASE_URL [phone|desktop]");
  process.exit(2);
}

async function seed() {
  const day = (n) => new Date(Date.UTC(2026, 10, 29 - n)).toISOString().slice(0, 10);
  for (let n = 42; n >= 1; n--) {
    const body = { rmssdMs: Math.round(Math.exp(4.0 + ((n * 7) % 5 - 2) * 0.05) * 10) / 10, restingHeartRateBpm: 44 + (n % 3) };
    if (n % 3 === 0) body.jumpsCm = [33 + (n % 2), 34, 33.5];
    const res = await fetch(base + "/api/check-ins", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ date: day(n), signals: { soreness: 1, sleepHours: 7.5 }, body }),
    });
    check(res.status === 201, `seeding ${day(n)} answered ${res.status}: ${await res.text()}`);
  }
}

async function chartDrawn(page, id) {
  return page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId);
    const chart = canvas && window.Chart && Chart.getChart(canvas);
    if (!chart || canvas.width === 0) return false;
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  }, id);
}

async function run(browser, name, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchProblems(page);

  await page.goto(base + "/");
  await page.locator("#own-measures summary").click();
  await page.getByLabel("Resting heart rate").fill("56");
  await page.getByLabel("HRV (rMSSD)").fill("41.5");
  await page.getByRole("button", { name: "Decide today" }).click();
  await page.locator("#decision").waitFor();
  const readings = page.locator("#decision .body-readings li");
  check((await readings.count()) >= 2, "the card lists the body's readings");
  const outside = (await page.locator("#decision .body-readings .outside-normal").allTextContents()).join(" ");
  check(outside.includes("Resting heart rate 56 bpm this morning"), `the card says the heart rate is outside normal: ${outside}`);
  const decision = (await page.locator("#decision .headline").textContent()).trim();
  check(decision !== "Train", "a heart rate well above normal never leaves a hard session on the table");
  await page.screenshot({ path: join(shots, `today-body-${name}.png`), fullPage: false });

  await page.getByRole("link", { name: "Body" }).click();
  await page.waitForURL(/\/body$/);
  const first = await page.locator("#this-morning .body-readings li").first().getAttribute("data-signal");
  check(first === "hrv", `HRV comes first: ${first}`);
  check((await page.locator('#this-morning li[data-signal="restingHeartRate"]').getAttribute("class")) === "outside-normal",
    "the Body page marks the resting heart rate as outside normal");
  let charts = 0;
  for (const id of ["chart-hrv", "chart-resting", "chart-sleep", "chart-jump"]) {
    if (await chartDrawn(page, id)) charts++;
  }
  check(charts === 3, `HRV, resting heart rate and jumps are drawn (${charts}); sleep, never recorded by a device here, is not`);
  check((await page.locator("text=Nothing recorded in these weeks.").count()) === 1, "the sleep chart says it has nothing");
  const rows = await page.locator("#body-table tbody tr").count();
  check(rows === 14, `the table lists a fortnight (${rows})`);
  const today = (await page.locator("#body-table tbody tr").first().textContent());
  check(today.includes("56 bpm (typed in)") && today.includes("41.5 ms (typed in)"), `today's row says where its values came from: ${today}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `the page is no wider than the screen (by ${overflow} px)`);
  await page.screenshot({ path: join(shots, `body-${name}.png`), fullPage: true });

  check(problems.length === 0, `the browser reported problems:\n  ${problems.join("\n  ")}`);
  await context.close();
  console.log(`${name}: measures typed in, ${decision} with the heart rate outside normal, ${charts} charts drawn, fortnight listed`);
}

await runViewports("body.mjs", process.argv[3], run, { before: seed });
