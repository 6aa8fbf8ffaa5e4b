// After htmx swaps in a new decision (or a refused form), move focus there so keyboard and
// screen-reader users land on what changed instead of on a button that no longer exists.
document.addEventListener("htmx:afterSwap", () => {
  const target = document.querySelector("[aria-invalid=true], .form-error") || document.getElementById("decision");
  if (target) {
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start", behavior: "smooth" });
  }
});

// The soreness slider shows its number as it moves.
document.addEventListener("input", (event) => {
  if (event.target.id === "signals-soreness") {
    document.getElementById("soreness-value").textContent = event.target.value;
  }
});

// Signed in with a cookie, every change carries the page's CSRF token (forms also hold it as a field).
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="csrf-token"]');
  if (token) {
    event.detail.headers["X-CSRF-Token"] = token.content;
  }
});
