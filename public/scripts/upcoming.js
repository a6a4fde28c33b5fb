// Hides meetings that have ended since the page was built (see src/components/notice/UpcomingNotices.astro).
// A file rather than an inline script, so the site's Content-Security-Policy can stay at script-src 'self'.
const now = Date.now();
for (const list of document.querySelectorAll('[data-upcoming-list]')) {
  let shown = 0;
  for (const item of list.querySelectorAll('[data-upcoming-item]')) {
    // A postponed meeting has no end date yet and stays.
    if (item.dataset.endsAt && Date.parse(item.dataset.endsAt) <= now) item.hidden = true;
    else shown++;
  }
  if (shown === 0) list.querySelector('[data-upcoming-empty]')?.removeAttribute('hidden');
}
