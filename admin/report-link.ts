/**
 * Decap CMS has no API for links of our own, so the editors' guide (使い方, /admin/guide/) and upkeep report
 * (/admin/report/) are added below its collection list, where an editor looks after logging in, and the guide also
 * beside the top bar's コンテンツ・ワークフロー・メディア. Decap re-renders both, so the links are re-added.
 */
export interface AdminLink { label: string; href: string; className: string }

const link = ({ label, href, className }: AdminLink) => Object.assign(document.createElement('a'), { className, href, textContent: label });

export function addAdminLinks(sidebar: AdminLink[], header: AdminLink) {
  const add = () => {
    const list = document.querySelector('aside ul');
    if (list && !list.parentElement?.querySelector(':scope > .admin-link')) list.after(...sidebar.map(link));
    const nav = document.querySelector('header nav ul');
    if (nav && !nav.querySelector(`.${header.className}`)) {
      const item = document.createElement('li');
      item.append(link(header));
      nav.append(item);
    }
  };
  new MutationObserver(add).observe(document.body, { childList: true, subtree: true });
}
