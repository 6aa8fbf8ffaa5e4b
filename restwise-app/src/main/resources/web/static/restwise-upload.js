// The Activities upload: sends the form with XMLHttpRequest so xhr.upload.onprogress can drive a
// progress bar, then swaps in the summary and the list from the page the server answers. Without
// JavaScript the form posts normally and the same page comes back.
(() => {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const input = document.getElementById("files");
  const box = document.getElementById("upload-progress");
  const bar = document.getElementById("upload-bar");
  const status = document.getElementById("upload-status");
  const button = form.querySelector("button[type=submit]");
  const maxBytes = Number(form.dataset.maxBytes);

  const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

  function say(text, failed) {
    box.hidden = false;
    status.textContent = text;
    status.classList.toggle("form-error", Boolean(failed));
    status.setAttribute("role", failed ? "alert" : "status");
  }

  function replace(from, id) {
    const fresh = from.getElementById(id);
    const old = document.getElementById(id);
    if (fresh && old) old.replaceWith(fresh);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const files = Array.from(input.files);
    if (files.length === 0) {
      say("Choose one or more files first.", true);
      input.focus();
      return;
    }
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total > maxBytes) {
      say(`These files come to ${mb(total)} MiB; the most one upload takes is ${mb(maxBytes)} MiB. Send fewer at a time.`, true);
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    bar.value = 0;
    bar.max = 100;
    say(`Uploading ${files.length} file${files.length === 1 ? "" : "s"} (${mb(total)} MiB)…`);
    button.disabled = true;
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      bar.value = Math.round((e.loaded / e.total) * 100);
      status.textContent = `Uploading… ${bar.value} % (${mb(e.loaded)} of ${mb(e.total)} MiB)`;
    };
    xhr.upload.onload = () => {
      bar.removeAttribute("value"); // indeterminate while the server reads and imports
      status.textContent = "Uploaded; reading and importing…";
    };
    xhr.onload = () => {
      button.disabled = false;
      const page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      if (xhr.status >= 200 && xhr.status < 300) {
        replace(page, "upload-summary");
        replace(page, "activity-list");
        bar.value = 100;
        say("Done.");
        form.reset();
        const summary = document.getElementById("summary");
        if (summary) summary.focus();
      } else {
        const message = page.querySelector(".problem p");
        say(`The upload was refused: ${message ? message.textContent : "the server answered " + xhr.status}.`, true);
      }
    };
    xhr.onerror = () => {
      button.disabled = false;
      say("The upload did not reach Restwise; is it still running?", true);
    };
    xhr.send(new FormData(form));
  });
})();
