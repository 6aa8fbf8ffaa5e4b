// Browser test of fixing mistakes on a phone: upload a run with heart rate, read its heart-rate chart
// and splits, correct its type from the activity page (the reason follows the correction), find it
// through the type filter, delete it; check in on Today and delete that check-in from Today itself. No
// step sends the runner to the command line, no page shows an internal name, none is wider than the screen.
// Usage: node editing.mjs BASE_URL phone|desktop FIXTURE   (a fresh journal; "today" is the server's 2026-11-29)
import { runViewports, watchProblems, check, shots, inkedPoints } from "./harness.mjs";
import { join } from "node:path";

const [base, only, fixture] = process.argv.slice(2);
if (!base || !fixture) {
  console.error("usage: node editing.mjs BASE_URL phone|desktop FIXTURE");
  process.exit(2);
}

/** What a runner must never read: a command to type, or a constant such as LONG_RUN. */
async function checkWords(page, where) {
  const text = await page.locator("main").innerText();
  check(!/restwise (sessions|log|import)/.test(text), `${where} sends the runner to the command line: ${text.match(/restwise \w+.*/)}`);
  const internal = text.match(/\b[A-Z]{2,}_[A-Z_]+\b/);
  check(!internal, `${where} shows an internal name: ${internal}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 0, `${where} is wider than the screen by ${overflow} px`);
}

async function run(browser, name, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchProblems(page);

  await page.goto(base + "/activities");
  await page.getByLabel("Activity files").setInputFiles([fixture]);
  await page.getByRole("button", { name: "Upload" }).click();
  await page.locator("#summary").waitFor();
  await checkWords(page, "the upload summary");

  await page.locator(".activities > li a.title").first().click();
  await page.waitForURL(/\/activities\/\d+$/);
  const heartPoints = await inkedPoints(page, "chart-heart");
  check(heartPoints > 100, `the heart-rate chart is drawn (${heartPoints} points)`);
  check(await page.locator("#splits th", { hasText: "HR" }).count() === 1, "the splits have a heart-rate column");
  const hidden = await page.evaluate(() => {
    const table = document.getElementById("splits");
    return table.scrollWidth - table.parentElement.clientWidth;
  });
  check(hidden <= 0, `the splits fit the screen without scrolling sideways (${hidden} px hidden)`);
  const guessed = (await page.locator("h1").textContent()).split(" · ")[0].trim();
  await checkWords(page, "the activity page");
  await page.screenshot({ path: join(shots, `activity-heart-${name}.png`), fullPage: true });

  await page.getByRole("link", { name: "Correct the type or effort of this session" }).click();
  await page.waitForURL(/\/sessions\/\d+$/);
  await checkWords(page, "the session page");
  await page.getByLabel("What it was").selectOption({ label: "Cycling" });
  await page.getByLabel("Effort (RPE)").fill("4");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(/\/sessions\/\d+\?saved$/);
  check((await page.locator(".notice").textContent()).includes("Saved."), "the correction says it is saved");
  check(await page.getByLabel("Effort (RPE)").inputValue() === "4", "the form shows the effort saved");
  await page.screenshot({ path: join(shots, `session-${name}.png`), fullPage: true });

  await page.goto(base + "/activities");
  await page.getByLabel("Show").selectOption({ label: "Cycling" });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/type=CYCLING/);
  check(await page.locator(".activities > li").count() === 1, "the ride is listed under Cycling");
  const why = (await page.locator(".activities > li .why").textContent()).trim();
  check(why === `You set this as cycling yourself; the import had read it as ${guessed.toLowerCase()}.`,
    `the reason follows the correction: ${why}`);
  await page.getByLabel("Show").selectOption({ label: "Long run" });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/type=LONG_RUN/);
  check((await page.locator("#activity-list").textContent()).includes("No activity of this type"), "no long run is listed");
  await checkWords(page, "the filtered list");

  await page.getByLabel("Show").selectOption({ label: "All types" });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.locator(".activities > li a.title").first().click();
  await page.getByRole("link", { name: "Correct the type or effort of this session" }).click();
  await page.getByRole("button", { name: "Delete this session" }).click();
  await page.waitForURL(/\/journal\?deleted=session/);
  check((await page.locator(".notice").textContent()).includes("Session deleted"), "the journal confirms the deletion");
  await page.goto(base + "/activities");
  check((await page.locator("#activity-list").textContent()).includes("Nothing imported yet"), "the activity went with its session");

  await page.goto(base + "/");
  await page.getByRole("button", { name: "Decide today" }).click();
  await page.locator("#decision").waitFor();
  await checkWords(page, "Today with its card");
  await page.getByRole("button", { name: "Delete today's check-in" }).click();
  await page.waitForURL(/\/journal\?deleted=check-in/);
  check((await page.locator(".notice").textContent()).includes("Check-in deleted"), "the journal confirms the check-in is gone");
  await page.goto(base + "/");
  check(await page.locator("#decision").count() === 0, "Today has no decision any more");
  check(await page.getByRole("button", { name: "Decide today" }).count() === 1, "Today asks for a check-in again");

  check(problems.length === 0, `the browser reported problems:\n  ${problems.join("\n  ")}`);
  await context.close();
  console.log(`${name}: heart-rate chart with ${heartPoints} points, corrected to cycling with the reason following,`
    + " filtered by type, session and check-in deleted with a confirmation");
}

await runViewports("editing.mjs", only, run);
