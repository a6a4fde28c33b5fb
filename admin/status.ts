/**
 * /admin/status/: whether the content would build, for editors without a terminal. With `npm run cms` the list is
 * the content check run just now on the files being edited; on the published site it is the check of the build that
 * produced it (a build with problems stops, so the hosted page keeps the last good result).
 */
interface Status { checkedAt: string; live: boolean; problems: { file: string; line?: number; field?: string; label?: string; message: string }[] }

const out = document.getElementById('status')!;
const el = (tag: string, text?: string) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });

fetch('/admin/content-status.json', { cache: 'no-store' })
  .then((r) => r.json() as Promise<Status>)
  .then((status) => {
    const when = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(status.checkedAt));
    out.replaceChildren(el('p', `${status.live ? 'いま編集中のファイルを検査しました' : 'このサイトを作ったときの検査'}（${when}）。`));
    if (!status.problems.length) {
      out.append(el('p', '問題はありません。すべての項目がサイトに載ります。'));
      return;
    }
    out.append(el('p', `${status.problems.length} 件の問題があります。直すまでサイトは作り直せません。`));
    const list = el('ol');
    for (const p of status.problems) {
      const item = el('li');
      // The field by its label in the admin; its name in the file only where the admin has no label for it.
      const where = p.label ? `（${p.label}）` : p.field ? `（項目 ${p.field}）` : '';
      item.append(el('strong', p.message), el('br'), el('span', `${p.file}${p.line ? ` の ${p.line} 行目` : ''}${where}`));
      list.append(item);
    }
    out.append(list);
  })
  .catch(() => out.replaceChildren(el('p', '検査の結果を読み込めませんでした。')));
