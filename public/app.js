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
// without leaving the page (so nothing typed is lost).
function sessionWarning() {
  const expiresAttr = document.body.dataset.idleExpires;
  const dialog = document.getElementById('session-warning');
  if (!expiresAttr || !dialog || typeof dialog.showModal !== 'function') return;
  let expiresAt = Date.parse(expiresAttr);
  const form = dialog.querySelector('form');
  const body = dialog.querySelector('[data-template]');
  let timer;

  const schedule = () => {
    clearTimeout(timer);
    const warnIn = expiresAt - Date.now() - 2 * 60 * 1000;
    timer = setTimeout(check, Math.max(warnIn, 1000));
  };
  const check = async () => {
    // Another tab may have extended the session: ask before warning.
    try {
      const status = await (await fetch('/session/status', { credentials: 'same-origin' })).json();
      if (!status.active) return window.location.reload();
      expiresAt = Date.parse(status.idleExpiresAt);
    } catch {
      /* offline: warn with what we know */
    }
    const left = expiresAt - Date.now();
    if (left > 2 * 60 * 1000 + 5000) return schedule();
    if (body)
      body.textContent = body.dataset.template.replace(
        '{minutes}',
        String(Math.max(1, Math.round(left / 60000))),
      );
    if (!dialog.open) dialog.showModal();
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
    if (!response.ok) return window.location.reload();
    const status = await (await fetch('/session/status', { credentials: 'same-origin' })).json();
    if (!status.active) return window.location.reload();
    expiresAt = Date.parse(status.idleExpiresAt);
    dialog.close();
    schedule();
  });
  schedule();
}
