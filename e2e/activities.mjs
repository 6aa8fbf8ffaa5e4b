// Browser test of the Activities page: upload a real device file and an empty one through the form,
// watch the progress, read the summary (imported, skipped with its reason), find the run in the list,
// open its page and check the elevation and pace charts are drawn with data; screenshots of both pages.
// Usage: node activities.mjs BASE_URL phone|desktop FIXTURE   (a fresh journal per run)
import { runViewports, watchProblems, check, shots, inkedPoints } from "./harness.mjs";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";

const [base, only, fixture] = process.argv.slice(2);
if (!base || !fixture) {
  console.error("usage: node activities.mjs BASE_URL phone|desktop FIXTURE");
  process.exit(2);
}

async function run(browser, name, viewport, empty) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchProblems(page);

  await page.goto(base + "/");
  await page.getByRole("link", { name: "Activities" }).click();
  await page.waitForURL(/\/activities$/);
  check((await page.locator("#activity-list").textContent()).includes("Nothing imported yet"), "a fresh journal lists nothing");

  // Remember every status line the upload shows, to see the progress bar move.
  await page.evaluate(() => {
    window.uploadStatuses = [];
    new MutationObserver(() => window.uploadStatuses.push(document.getElementById("upload-status").textContent))
      .observe(document.getElementById("upload-status"), { childList: true, characterData: true, subtree: true });
  });
  await page.getByLabel("Activity files").setInputFiles([fixture, empty]);
  await page.getByRole("button", { name: "Upload" }).click();
  await page.locator("#summary").waitFor();
  const statuses = await page.evaluate(() => window.uploadStatuses);
  check(statuses.some((s) => /^Uploading… \d+ %/.test(s)), `the progress bar reported progress: ${JSON.stringify(statuses)}`);
  check((await page.locator("#upload-status").textContent()) === "Done.", "the upload says it is done");
  check(await page.locator("#upload-bar").evaluate((bar) => bar.value === 100), "the bar is full");

  const headline = (await page.locator("#summary-title").textContent()).trim();
  check(headline === "Imported 1, already there 0, skipped 1", `summary headline: ${headline}`);
  const skipped = (await page.locator("#summary .skipped").textContent()).replace(/\s+/g, " ").trim();
  check(skipped.includes("empty.fit") && skipped.includes("The file is empty (0 bytes)."), `the skip says why: ${skipped}`);
  const imported = page.locator("#summary .imported a");
  check((await imported.textContent()).trim() === basename(fixture), "the imported file is named as the runner named it");

  const listed = page.locator(".activities > li");
  check((await listed.count()) === 1, "the list shows the one activity");
  const row = (await listed.first().textContent()).replace(/\s+/g, " ");
  check(/Distance\s*\d+\.\d km/.test(row) && /Descent\s*\d+ m/.test(row), `the row shows distance and descent in metric: ${row}`);
  await page.screenshot({ path: join(shots, `activities-${name}.png`), fullPage: true });

  // The same file again: already there.
  await page.getByLabel("Activity files").setInputFiles([fixture]);
  await page.getByRole("button", { name: "Upload" }).click();
  await page.waitForFunction(() => document.getElementById("summary-title")?.textContent.includes("already there 1"));
  check((await listed.count()) === 1, "uploading the same file twice adds nothing");

  await listed.first().locator("a.title").click();
  await page.waitForURL(/\/activities\/\d+$/);
  const elevationPoints = await inkedPoints(page, "chart-elevation");
  check(elevationPoints > 400, `the elevation chart is drawn from the stored profile (${elevationPoints} points)`);
  const pacePoints = await inkedPoints(page, "chart-pace");
  check(pacePoints > 100, `the pace chart is drawn (${pacePoints} points)`);
  await page.screenshot({ path: join(shots, `activity-${name}.png`), fullPage: true });

  check(problems.length === 0, `the browser reported problems:\n  ${problems.join("\n  ")}`);
  await context.close();
  console.log(`${name}: uploaded with progress, 1 imported and 1 skipped with its reason, listed, already there on a second upload, elevation chart with ${elevationPoints} points`);
}

const scratch = mkdtempSync(join(tmpdir(), "restwise-e2e-"));
const empty = join(scratch, "empty.fit");
writeFileSync(empty, "");
await runViewports("activities.mjs", only, (browser, name, viewport) => run(browser, name, viewport, empty),
    { cleanUp: () => rmSync(scratch, { recursive: true, force: true }) });
