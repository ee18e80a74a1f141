// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary so screen reader users hear what went wrong.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
  sessionWarning();
  // The test broker's HTTP-POST answer: submit on arrival (a button is there without JavaScript).
  const auto = document.querySelector('form[data-autosubmit="true"]');
  if (auto) auto.submit();
});

// WCAG 2.2.1: warn two minutes before the session ends and let the user extend it
// without leaving the page (so nothing typed is lost). Times come from the server as
// "milliseconds remaining", so a wrong clock on the user's computer does not matter.
function sessionWarning() {
  const remaining = Number(document.body.dataset.idleRemainingMs);
  const dialog = document.getElementById('session-warning');
  if (!Number.isFinite(remaining) || !dialog || typeof dialog.showModal !== 'function') return;
  const WARN_MS = 2 * 60 * 1000;
  let deadline = Date.now() + remaining;
  const form = dialog.querySelector('form');
  const body = dialog.querySelector('[data-template]');
  let timer;

  const status = async () => (await fetch('/session/status', { credentials: 'same-origin' })).json();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(deadline - Date.now() - WARN_MS, 1000));
  };
  const check = async () => {
    try {
      // Another tab may have used or extended the session: ask before warning.
      const now = await status();
      if (!now.active) return window.location.reload();
      deadline = Date.now() + now.idleRemainingMs;
    } catch {
      /* offline: warn with what we know */
    }
    const left = deadline - Date.now();
    if (left > WARN_MS + 5000) return schedule();
    if (body)
      body.textContent = body.dataset.template.replace(
        '{minutes}',
        String(Math.max(1, Math.ceil(left / 60000))),
      );
    if (!dialog.open) dialog.showModal();
    clearTimeout(timer);
    timer = setTimeout(() => window.location.reload(), Math.max(left, 0) + 1000);
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
    });
    const now = response.ok ? await status() : { active: false };
    if (!now.active) return window.location.reload();
    deadline = Date.now() + now.idleRemainingMs;
    dialog.close();
    schedule();
  });
  schedule();
}
