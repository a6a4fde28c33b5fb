/**
 * Decap CMS has no API for a link of our own, so the editors' upkeep report (/admin/report/) is added below its
 * collection list, where an editor looks after logging in. Decap re-renders the sidebar, so the link is re-added.
 */
export function addReportLink(label: string, href: string) {
  const add = () => {
    const list = document.querySelector('aside ul');
    if (!list || list.parentElement?.querySelector(':scope > .report-link')) return;
    const link = document.createElement('a');
    link.className = 'report-link';
    link.href = href;
    link.textContent = label;
    list.after(link);
  };
  new MutationObserver(add).observe(document.body, { childList: true, subtree: true });
}
