// What every browser test watches for on a page: console errors, uncaught exceptions, and failed
// requests (the favicon aside). A page that looks right but logs errors still fails.
export function watchProblems(page) {
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400 && !res.url().endsWith("/favicon.ico")) problems.push(`${res.status()} ${res.url()}`);
  });
  return problems;
}
