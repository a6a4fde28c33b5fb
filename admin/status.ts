/**
 * /admin/status/: whether the content would build, for editors without a terminal. With `npm run cms` the list is
 * the content check run just now on the files being edited; on the published site it is the check of the build that
 * produced it (a build with problems stops, so the hosted page keeps the last good result). Above it, for an editor
 * signed in with GitHub, the reasons of the newest build of the site when it failed (src/lib/build-runs.ts): those
 * never reach the published site.
 */
import yaml from 'js-yaml';
import { te } from '../src/i18n/editor';
import { type BuildProblem, formatRunTime, githubToken, latestBuild } from '../src/lib/build-runs';

interface Status { checkedAt: string; live: boolean; problems: { file: string; line?: number; field?: string; label?: string; message: string }[] }

const out = document.getElementById('status')!;
const build = document.getElementById('build')!;
const el = (tag: string, text?: string) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });

/** 「content/… の 48 行目（掲載承諾 › …）」 */
const where = (file: string | undefined, line: number | undefined, label?: string, field?: string) =>
  `${file ?? ''}${line ? te('admin.status.line', { line }) : ''}${label ? te('admin.status.label', { label }) : field ? te('admin.status.field', { field }) : ''}`;

const problemList = (problems: { message: string; file?: string; line?: number; label?: string; field?: string }[]) => {
  const list = el('ol');
  for (const p of problems) {
    const item = el('li');
    item.append(el('strong', p.message), el('br'), el('span', where(p.file, p.line, p.label, p.field)));
    list.append(item);
  }
  return list;
};

fetch('/admin/content-status.json', { cache: 'no-store' })
  .then((r) => r.json() as Promise<Status>)
  .then((status) => {
    const when = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(status.checkedAt));
    out.replaceChildren(el('p', te(status.live ? 'admin.status.live' : 'admin.status.built', { when })));
    if (!status.problems.length) {
      out.append(el('p', te('admin.status.clean')));
      return;
    }
    out.append(el('p', te('admin.status.count', { count: status.problems.length })), problemList(status.problems));
  })
  .catch(() => out.replaceChildren(el('p', te('admin.status.unreadable'))));

/** The repository and branch the admin edits, from the generated CMS config (admin/config.ts). */
async function backend() {
  const config = yaml.load(await (await fetch('/admin/config.yml', { cache: 'no-store' })).text()) as { backend?: { name?: string; repo?: string; branch?: string } };
  const b = config?.backend;
  return b?.name === 'github' && b.repo ? { repo: b.repo, branch: b.branch ?? 'main' } : undefined;
}

/** The failed build, when the editor is signed in with GitHub (not when editing on this computer with decap-server). */
async function showFailedBuild() {
  const token = githubToken(localStorage.getItem('decap-cms-user'));
  if (!token) return;
  try {
    const target = await backend();
    if (!target) return;
    const result = await latestBuild(fetch.bind(window), { ...target, token });
    if (result.state !== 'failed') return;
    const box = el('section');
    box.className = 'status-failed';
    box.setAttribute('aria-labelledby', 'build-failed');
    const lead = el('h2', te('admin.status.buildFailed', { when: formatRunTime(result.at) }));
    lead.id = 'build-failed';
    box.append(lead);
    if (result.problems.length) box.append(problemList(result.problems.map((p: BuildProblem) => ({ ...p, label: p.title === te('admin.status.checkTitle') ? undefined : p.title }))));
    else box.append(el('p', te('admin.status.buildFailedElsewhere')));
    if (result.url?.startsWith('https://github.com/')) {
      const link = el('a', te('admin.status.buildLog')) as HTMLAnchorElement;
      link.href = result.url;
      box.append(el('p'));
      box.lastElementChild!.append(link);
    }
    // The check below is of the site still published, which the failed build did not replace.
    build.replaceChildren(box, el('h2', te('admin.status.publishedCheck')));
  } catch {
    build.replaceChildren(el('p', te('admin.status.buildUnknown')));
  }
}

showFailedBuild();
