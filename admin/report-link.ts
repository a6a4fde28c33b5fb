/**
 * Decap CMS has no API for links of our own, so the editors' guide (使い方, /admin/guide/) and upkeep report
 * (/admin/report/) are added below its collection list, where an editor looks after logging in, and the guide also
 * beside the top bar's コンテンツ・ワークフロー・メディア. Decap re-renders both, so the links are re-added.
 */
export interface AdminLink { label: string; href: string; className: string }

const link = ({ label, href, className }: AdminLink) => Object.assign(document.createElement('a'), { className, href, textContent: label });

/**
 * `directNote` is said under the links when the admin has no workflow (decap-server, `npm run cms`: Decap's top bar
 * then has no ワークフロー), so an editor knows that 公開する writes at once.
 */
export function addAdminLinks(sidebar: AdminLink[], header: AdminLink, directNote: string) {
  const add = () => {
    const list = document.querySelector('aside ul');
    if (list && !list.parentElement?.querySelector(':scope > .admin-link')) {
      list.after(...sidebar.map(link));
      if (document.querySelector('header nav') && !document.querySelector('header a[href$="#/workflow"]')) {
        list.parentElement!.append(Object.assign(document.createElement('p'), { className: 'admin-note', textContent: directNote }));
      }
    }
    const nav = document.querySelector('header nav ul');
    if (nav && !nav.querySelector(`.${header.className}`)) {
      const item = document.createElement('li');
      item.append(link(header));
      nav.append(item);
    }
  };
  new MutationObserver(add).observe(document.body, { childList: true, subtree: true });
}
