// Browser test of the journal: check in on Today, find the decision on the Journal calendar, see the
// charts drawn, log a session; screenshots of every main page.
// Usage: node journal.mjs BASE_URL [phone|desktop]   (a fresh journal; "today" is the server's 2026-11-29)
import { runViewports, watchProblems, check, shots } from "./harness.mjs";
import { join } from "node:path";

const base = process.argv[2];
if (!base) {
  console.error("usage: node journal.mjs BASE_URL [phone|desktop]");
  process.exit(2);
}

async function post(path, body) {
  const res = await fetch(base + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  check(res.status === 201, `POST ${path} answered ${res.status}: ${await res.text()}`);
}

// Five weeks of a trail runner's journal, so the charts have something to show.
async function seed() {
  const day = (n) => new Date(Date.UTC(2026, 10, 29 - n)).toISOString().slice(0, 10);
  for (let n = 35; n >= 1; n--) {
    const dow = (6 + 29 - n) % 7; // 2026-11-29 is a Sunday
    if (dow === 0 || dow === 4) continue;
    const long = dow === 6;
    await post("/api/sessions", { date: day(n), start: `${day(n)}T07:00`, type: long ? "MOUNTAIN_RUN" : (dow === 2 ? "INTERVALS" : "EASY"),
      minutes: long ? 150 + (n % 3) * 20 : 50, rpe: long ? 6 : (dow === 2 ? 8 : 3), distanceKm: long ? 22 : 9,
      ascentM: long ? 1300 : 100, descentM: long ? 1300 + (n % 4) * 100 : 100 });
  }
  for (let n = 20; n >= 1; n--) {
    if (n % 5 === 3) continue;
    await post("/api/check-ins", { date: day(n), signals: { soreness: (n * 7) % 8, heavyLegs: n % 3 === 0, stiffness: n % 4 === 0,
      sleepHours: 6 + (n % 5) * 0.5, easyEffortFeelsExpensive: n % 9 === 0, lowMotivation: n % 9 === 0 } });
  }
}

async function run(browser, name, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchProblems(page);

  // Check in: stale legs; the seeded journal (a hard week, long descents) may well turn it to Rest.
  await page.goto(base + "/");
  await page.getByLabel(/Muscle soreness/).fill("5");
  await page.getByLabel("Legs heavy or wooden").check();
  await page.getByLabel("Stiff", { exact: true }).check();
  await page.getByLabel("Hours slept last night").fill("7.5");
  await page.getByRole("button", { name: "Decide today" }).click();
  await page.locator("#decision").waitFor();
  const decided = (await page.locator("#decision .headline").textContent()).trim();
  check(["Move", "Rest"].includes(decided), `stale legs after a hard week should say Move or Rest, said ${decided}`);
  check((await page.locator("#decision .filled-in").textContent()).includes("from your journal"),
    "the card says what the journal filled in");

  // A reload shows the stored decision.
  await page.reload();
  check((await page.locator("#decision .headline").textContent()).trim() === decided, "today's stored decision is shown on reload");

  // The Journal calendar shows it, and the charts are drawn.
  await page.getByRole("link", { name: "Journal" }).click();
  await page.waitForURL(/\/journal/);
  const cell = page.locator('#calendar td[data-date="2026-11-29"]');
  check((await cell.getAttribute("data-decision")) === decided.toUpperCase(), "today's cell carries the decision");
  check((await cell.textContent()).includes(decided), `today's cell says ${decided} in words`);
  for (const id of ["chart-soreness", "chart-load", "chart-fitness", "chart-descent"]) {
    const drawn = await page.evaluate((canvasId) => {
      const canvas = document.getElementById(canvasId);
      const chart = window.Chart && Chart.getChart(canvas);
      if (!chart || canvas.width === 0) return false;
      const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
      return false;
    }, id);
    check(drawn, `${id} is a Chart.js chart with pixels on it`);
  }
  await page.screenshot({ path: join(shots, `journal-${name}.png`), fullPage: true });
  await page.screenshot({ path: join(shots, `journal-top-${name}.png`) });
  await page.locator(".charts").screenshot({ path: join(shots, `journal-charts-${name}.png`) });

  // Log a session from the form; it appears in the list.
  await page.getByLabel("Date", { exact: true }).fill("2026-11-29");
  await page.getByLabel("What it was").selectOption("RECOVERY");
  await page.getByLabel("Minutes", { exact: true }).fill("25");
  await page.getByLabel("How you moved").selectOption("WALK");
  await page.getByLabel("Loosened within ten minutes?").selectOption("yes");
  await page.getByRole("button", { name: "Log session" }).click();
  await page.locator(".notice").waitFor();
  check((await page.locator(".sessions li").first().textContent()).includes("Recovery session"), "the logged session is listed first");

  await page.goto(base + "/profile");
  await page.screenshot({ path: join(shots, `profile-${name}.png`), fullPage: true });
  await page.goto(base + "/plans?plan=post-race&distance=80&ascent=5000&finishTime=14%3A30&raceDate=2026-11-28");
  await page.locator("#post-race-plan").waitFor();
  await page.screenshot({ path: join(shots, `plans-${name}.png`), fullPage: true });
  await page.goto(base + "/calculators?calc=zones&zones.max=185&zones.resting=48&zones.threshold=165");
  await page.locator("#zones-result").waitFor();
  await page.screenshot({ path: join(shots, `calculators-${name}.png`), fullPage: true });
  await page.goto(base + "/");
  await page.screenshot({ path: join(shots, `today-stored-${name}.png`), fullPage: false });

  check(problems.length === 0, `the browser reported problems:\n  ${problems.join("\n  ")}`);
  await context.close();
  console.log(`${name}: checked in, ${decided} on the calendar, 4 charts drawn, session logged`);
}

await runViewports("journal.mjs", process.argv[3], run, { before: seed });
