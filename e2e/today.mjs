// Browser test of the Today page: check in, read the decision, redo it with the ten-minute test.
// Usage: node today.mjs BASE_URL [phone|desktop]   (Debian's /usr/bin/chromium; screenshots to restwise-app/target/screenshots)
// Check-ins are stored, so each viewport wants a fresh journal: name one to run only it.
import { runViewports, watchProblems, check, shots } from "./harness.mjs";
import { join } from "node:path";

const base = process.argv[2];
if (!base) {
  console.error("usage: node today.mjs BASE_URL");
  process.exit(2);
}

async function headline(page) {
  return (await page.locator("#decision .headline").textContent()).trim();
}

async function run(browser, name, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchProblems(page);

  await page.goto(base + "/");
  check((await page.title()).includes("Today"), "the Today page has its title");
  await page.screenshot({ path: join(shots, `today-form-${name}.png`), fullPage: true });

  // Soreness with the keyboard: the slider must work without a mouse.
  await page.getByLabel(/Muscle soreness/).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  check((await page.locator("#soreness-value").textContent()) === "5", "the slider shows its value");
  await page.getByLabel("Legs heavy or wooden").check();
  await page.getByLabel("Stiff", { exact: true }).check();
  await page.getByLabel("Hours slept last night").fill("7.5");
  await page.getByLabel("Last hard session").selectOption("MOUNTAIN_RUN");
  await page.getByLabel("Hours since it ended").fill("20");
  await page.getByText("Heart rate and history (optional)").click();
  await page.getByLabel("Maximum heart rate").fill("185");
  const address = page.url();
  await page.getByRole("button", { name: "Decide today" }).click();

  await page.locator("#decision").waitFor();
  check((await headline(page)) === "Move", `stale legs should say Move, said ${await headline(page)}`);
  check(page.url() === address, "htmx swapped the decision in without a page load");
  const card = await page.locator("#decision").textContent();
  check(card.includes("20–40 minutes"), "the dose is shown");
  check(card.includes("93–130 bpm"), "the heart-rate range is shown");
  check(await page.locator('#decision a[href^="https://doi.org/10."]').count() > 0, "evidence links to DOIs");
  await page.screenshot({ path: join(shots, `today-move-${name}.png`), fullPage: true });
  await page.locator("#decision").screenshot({ path: join(shots, `decision-move-${name}.png`) });

  await page.getByRole("button", { name: "Stayed expensive" }).click();
  await page.locator("#decision .tested").waitFor();
  check((await headline(page)) === "Rest", `stayed expensive should say Rest, said ${await headline(page)}`);
  await page.locator("#decision").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, `today-rest-${name}.png`), fullPage: true });

  // A wrong answer is shown beside its field, and nothing is decided.
  await page.getByLabel("Hours slept last night").fill("30");
  await page.getByRole("button", { name: "Decide again" }).click();
  const error = page.locator("#signals-sleepHours-error");
  await error.waitFor();
  check((await error.textContent()).includes("between 0 and 24"), "the sleep error names the range");
  check(await page.locator("#decision").count() === 0, "a refused check-in shows no decision");
  await page.screenshot({ path: join(shots, `today-error-${name}.png`), fullPage: true });

  // A journal with a check-in and no session: the soreness chart is drawn, the load charts say how to fill them.
  await page.goto(base + "/journal");
  await page.locator("#chart-soreness").waitFor();
  const empty = await page.locator(".charts .empty").allTextContents();
  check(empty.length === 3 && empty.every((t) => t.includes("once sessions")),
    `the three load charts say what will appear there: ${JSON.stringify(empty)}`);

  check(problems.length === 0, `the browser reported problems:\n  ${problems.join("\n  ")}`);
  await context.close();
  console.log(`${name}: Move, then Rest after the ten-minute test; field error shown; empty charts explained`);
}

await runViewports("today.mjs", process.argv[3], run);
