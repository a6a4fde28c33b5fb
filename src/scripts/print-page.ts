/** The handout's screen toolbar: a print button, and today's date on the sheet (the page may be days old). */
import { formatDate, isoDate } from '../lib/dates';

export function initPrintPage() {
  const now = new Date();
  const printed = document.querySelector<HTMLTimeElement>('[data-printed-at]');
  if (printed) {
    printed.dateTime = isoDate(now);
    printed.textContent = formatDate(now);
  }
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (button) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
}
