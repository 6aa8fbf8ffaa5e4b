// Browser test of a coach's squad: the coach signs in, makes a squad and an invitation; an athlete
// opens the link, makes an account and joins, checks in; the coach sees the check-in on the squad
// page, leaves a note; the athlete reads it on Today. A write without the CSRF token and one from a
// foreign origin are refused; signing out ends the session.
// Usage: node squad.mjs BASE_URL [phone|desktop]   (the server has coach@example.org, password below)
import { runViewports, watchProblems, check, shots } from "./harness.mjs";
import { join } from "node:path";

const base = process.argv[2];
if (!base) {
  console.error("usage: node squad.mjs BASE_URL [phone|desktop]");
  process.exit(2);
}
const PASSWORD = "correct horse battery";

async function signIn(page, email) {
  await page.goto(base + "/login");
  await page.getByLabel(/E-mail|Email/i).fill(email);
  await page.getByLabel(/Password/i).fill(PASSWORD);
  await page.getByRole("button", { name: /Sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

async function run(browser, name, viewport) {
  const athleteEmail = `runner-${name}@example.org`;
  const coachContext = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const coach = await coachContext.newPage();
  const coachProblems = watchProblems(coach);
  await signIn(coach, "coach@example.org");

  await coach.getByRole("link", { name: "Squads" }).click();
  await coach.getByLabel("Name").fill(`Hills ${name}`);
  await coach.getByRole("button", { name: "Make the squad" }).click();
  await coach.waitForURL(/\/squads\/\d+$/);
  const squadUrl = coach.url();
  await coach.getByRole("button", { name: "Make an invitation link" }).click();
  const link = (await coach.locator("code.token").textContent()).trim();
  check(link.includes("/join/"), `the squad page shows an invitation link, showed ${link}`);

  const athleteContext = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const athlete = await athleteContext.newPage();
  const athleteProblems = watchProblems(athlete);
  await athlete.goto(link);
  check((await athlete.locator("main").textContent()).includes(`Hills ${name}`), "the invitation names the squad");
  await athlete.getByLabel("E-mail").fill(athleteEmail);
  await athlete.getByLabel("Password (10 characters or more)").fill(PASSWORD);
  await athlete.getByLabel("Password again").fill(PASSWORD);
  await athlete.getByRole("button", { name: "Make my account and join" }).click();
  await athlete.waitForURL(/\/account/);
  check((await athlete.locator("#seen-by").textContent()).includes("coach@example.org"), "the athlete sees who reads the journal");

  await athlete.getByRole("link", { name: "Today" }).click();
  await athlete.getByLabel(/Muscle soreness/).fill("6");
  await athlete.getByLabel("Legs heavy or wooden").check();
  await athlete.getByRole("button", { name: "Decide today" }).click();
  await athlete.locator("#decision").waitFor();
  const decided = (await athlete.locator("#decision .headline").textContent()).trim();
  const sizes = await athlete.evaluate(() => {
    const size = (el) => parseFloat(getComputedStyle(el).fontSize);
    const card = document.getElementById("decision");
    return { word: size(card.querySelector(".headline")),
      largestElse: Math.max(...[...card.querySelectorAll("h3, p, li, .summary")].map(size)) };
  });
  check(sizes.word >= 2 * sizes.largestElse,
    `the decision word is the most visible thing on the card (${sizes.word}px against ${sizes.largestElse}px)`);

  await coach.goto(squadUrl);
  const row = coach.locator(".morning-row", { hasText: athleteEmail });
  await row.waitFor();
  check((await row.locator(".morning-decision").textContent()).trim() === decided,
    `the squad page shows the athlete's ${decided}`);
  await coach.screenshot({ path: join(shots, `squad-${name}.png`), fullPage: true });
  await row.locator(".morning-link").click();
  await coach.waitForURL(/\/athletes\/\d+$/);
  await coach.getByLabel("Note").fill(`Keep it easy today, ${name}.`);
  await coach.getByRole("button", { name: "Leave the note" }).click();
  await coach.waitForURL(/\/athletes\/\d+$/);

  await athlete.goto(base + "/");
  await athlete.locator("#coach-notes").waitFor();
  check((await athlete.locator("#coach-notes").textContent()).includes(`Keep it easy today, ${name}.`),
    "the athlete reads the coach's note on Today");
  await athlete.screenshot({ path: join(shots, `today-note-${name}.png`), fullPage: true });

  // A write without the CSRF token, from the page itself, is refused; so is one from another origin.
  const withoutToken = await athlete.evaluate(async () =>
    (await fetch("/account/tokens", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=sneaky" })).status);
  check(withoutToken === 403, `a post without the CSRF token answered ${withoutToken}`);
  const foreign = await athleteContext.request.post(base + "/account/tokens",
    { headers: { Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded" }, data: "name=x" });
  check(foreign.status() === 403, `a post from a foreign origin answered ${foreign.status()}`);
  // Those two refusals are the point; they are not page problems.
  athleteProblems.splice(0, athleteProblems.length,
    ...athleteProblems.filter((p) => !p.startsWith("403") && !p.includes("status of 403")));

  await athlete.goto(base + "/account");
  await athlete.getByRole("button", { name: "Sign out", exact: true }).click();
  await athlete.waitForURL(/\/login/);
  await athlete.goto(base + "/account");
  check(athlete.url().includes("/login"), "after signing out the account page asks to sign in");

  const problems = [...coachProblems, ...athleteProblems];
  check(problems.length === 0, `problems on the pages: ${problems.join("; ")}`);
  console.log(`${name}: invited, joined, checked in (${decided}), seen on the squad page, note read, CSRF and foreign origin refused, signed out`);
  await coachContext.close();
  await athleteContext.close();
}

runViewports("squad.mjs", process.argv[3], run);
