/**
 * The admin refuses to save what the build would reject, with the build's own rules: every field control asks
 * src/lib/entry-check (the collection's Zod schema, references, unique slugs) about the entry being edited and shows
 * the problems at its own path beside the field, in Decap's own error list. Whatever no visible field can show (an
 * item of a folded list, a field not on screen) stops the save in a preSave listener, with the same messages.
 * The index of existing entries comes from the build (/admin/content-index.json) and is kept current as this
 * editor saves.
 */
import { type ContentIndex, type EntryProblem, checkEntry, emptyIndex, idFieldOf } from '../src/lib/entry-check';
import { type CollectionName, collection as collectionOf, entryFile, isCollectionName } from '../src/schemas/registry';
import { labelOf } from './field-labels';

/** What Decap hands around: Immutable.js values, used only through these methods. */
export interface Immutable {
  get(key: string | number, fallback?: unknown): any;
  getIn(path: (string | number)[], fallback?: unknown): any;
  set(key: string, value: unknown): Immutable;
  filter(fn: (v: unknown) => boolean): Immutable;
  map(fn: (v: unknown) => unknown): Immutable;
  toJS(): any;
  clear(): Immutable;
  toList(): Immutable & { push(v: unknown): Immutable };
}

const isImmutable = (v: unknown): v is Immutable => !!v && typeof (v as Immutable).toJS === 'function';
const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

let index = emptyIndex();
export const indexReady = fetch('/admin/content-index.json', { cache: 'no-store' })
  .then((r) => (r.ok ? r.json() : undefined))
  .then((loaded: ContentIndex | undefined) => { if (loaded) index = { ...index, ...loaded }; })
  .catch(() => undefined);
export const contentIndex = () => index;

/**
 * An emptied optional field is written as '' by Decap, which the build reads as a value (an empty URL, number or
 * date is an error); the admin saves it as absent instead. The body is the body, not a field.
 */
export function withoutBlanks<T>(value: T): T {
  if (isImmutable(value)) return value.filter((v) => !isBlank(v)).map(withoutBlanks) as T;
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(withoutBlanks) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isBlank(v)).map(([k, v]) => [k, withoutBlanks(v)])) as T;
  }
  return value;
}

const checked = new WeakMap<object, EntryProblem[]>();

/** The problems of an entry as it would be saved (memoised per version of its data). */
export function problemsOf(entry: Immutable): EntryProblem[] {
  const data = entry.get('data') as Immutable | undefined;
  const collection = entry.get('collection') as CollectionName;
  if (!data || !isCollectionName(collection)) return [];
  let problems = checked.get(data);
  if (!problems) {
    const { body: _body, ...fields } = withoutBlanks(data.toJS() as Record<string, unknown>);
    problems = checkEntry(collection, fields, { file: entry.get('newRecord') ? undefined : entry.get('path'), index });
    checked.set(data, problems);
  }
  return problems;
}

/* ---- Which control shows which problem ---- */

interface ControlProps {
  field: Immutable;
  /** The entry when this control last re-rendered, which may be stale: getEntry gives the current one. */
  entry: Immutable;
  getEntry?: () => Immutable;
  value: unknown;
  forID: string;
  parentIds?: string[];
  collection: Immutable;
}
interface Control { props: ControlProps }

const mounted = new Set<Control>();
const FIELD_ID = /^(.*)-field-\d+$/;

/** A control's place in the entry: field names, and list item keys (resolved to indexes by on-screen order). */
const stepsOf = (c: Control): ({ name: string } | { key: string })[] => [
  ...(c.props.parentIds ?? []).map((id) => {
    const m = FIELD_ID.exec(id);
    return m ? { name: m[1]! } : { key: id };
  }),
  { name: c.props.field.get('name') as string },
];

const before = (a: Control, b: Control) => {
  const x = document.getElementById(a.props.forID);
  const y = document.getElementById(b.props.forID);
  return x && y ? (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0;
};

/** The path of a control with list indexes, or undefined when a list's items are not all on screen. */
function pathOf(c: Control, controls: Control[]): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  const steps = stepsOf(c);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if ('name' in step) {
      path.push(step.name);
      continue;
    }
    // Items of one list: the distinct keys among controls that share this list's steps so far, in screen order.
    const prefix = JSON.stringify(steps.slice(0, i));
    const keys: string[] = [];
    for (const other of [...controls].sort(before)) {
      const s = stepsOf(other);
      const k = s[i];
      if (k && 'key' in k && JSON.stringify(s.slice(0, i)) === prefix && !keys.includes(k.key)) keys.push(k.key);
    }
    const length = (currentEntry(c).getIn(['data', ...path]) as Immutable | undefined)?.toJS?.()?.length;
    if (length !== keys.length) return undefined;
    path.push(keys.indexOf(step.key));
  }
  return path;
}

const startsWith = (path: (string | number)[], prefix: (string | number)[]) => prefix.every((p, i) => path[i] === p);

const currentEntry = (c: Control) => c.props.getEntry?.() ?? c.props.entry;

let assigned: { data: unknown; controls: number; map: Map<Control, string[]> } | undefined;

/** The messages each visible control shows: a problem goes to the control at its path, or the first one under it. */
function assignments(entry: Immutable): Map<Control, string[]> {
  const data = entry.get('data');
  const last = assigned;
  if (last && last.data === data && last.controls === mounted.size) return last.map;
  const controls = [...mounted].filter((c) => currentEntry(c)?.get('collection') === entry.get('collection'));
  const placed = controls.map((c) => ({ c, path: pathOf(c, controls) })).filter((x): x is { c: Control; path: (string | number)[] } => !!x.path);
  placed.sort((a, b) => before(a.c, b.c));
  const out = new Map<Control, string[]>();
  for (const problem of problemsOf(entry)) {
    const target = placed.find((p) => p.path.length === problem.path.length && startsWith(p.path, problem.path))
      ?? placed.find((p) => startsWith(p.path, problem.path));
    if (target) out.set(target.c, [...(out.get(target.c) ?? []), problem.message]);
  }
  assigned = { data, controls: mounted.size, map: out };
  return out;
}

/** Decap reports an empty required field (「…は必須です」) and a pattern mismatch itself; don't say it twice. */
function decapSaysItAlready(props: ControlProps) {
  const { field, value } = props;
  const empty = value === undefined || value === null || value === '' || (isImmutable(value) && (value.toJS() as unknown[]).length === 0);
  if (empty) return field.get('required', true) !== false;
  const pattern = field.get('pattern') as Immutable | undefined;
  return !!pattern && typeof value === 'string' && !new RegExp(pattern.get(0)).test(value);
}

/** The error Decap shows beside the control, or undefined. */
export function entryError(control: Control) {
  const entry = currentEntry(control);
  if (!entry || decapSaysItAlready(control.props)) return undefined;
  const messages = assignments(entry).get(control);
  return messages?.length ? { type: 'CUSTOM', parentIds: control.props.parentIds, message: messages.join(' ') } : undefined;
}

/** Give a registered widget's control the entry check, keeping its own validity check too. */
export function withEntryCheck(widget: { control: any }, name: string) {
  const Base = widget.control;
  widget.control = class extends Base {
    constructor(props: ControlProps) {
      super(props);
      // Decap's presence check reads false as empty (「無料は必須です」 for a switch left off); off is an answer.
      if (name === 'boolean') (this as { getValidateValue?: () => unknown }).getValidateValue = () => (typeof this.props.value === 'boolean' ? String(this.props.value) : this.props.value);
      const own = (this as { isValid?: () => unknown }).isValid?.bind(this);
      (this as { isValid?: () => unknown }).isValid = () => {
        const error = entryError(this as unknown as Control);
        return error ? { error } : own ? own() : true;
      };
    }
    componentDidMount() {
      mounted.add(this as unknown as Control);
      super.componentDidMount?.();
    }
    componentWillUnmount() {
      mounted.delete(this as unknown as Control);
      super.componentWillUnmount?.();
    }
  };
}

/* ---- Saving ---- */

/** 「開催日時 2件目 › 第何（毎月のとき）: …」 */
export const describeProblem = (collection: CollectionName, p: EntryProblem) => {
  const where = labelOf(collection, p.path);
  return where ? `${where}: ${p.message}` : p.message;
};

/** An error whose text is the message itself (Decap prints it into 「エントリの保存に失敗しました。…」). */
class Refusal extends Error {
  override toString() { return this.message; }
}

interface SaveEvent { entry: Immutable }

/**
 * Before writing: blanks are dropped, a changed slug of a published entry keeps the old one in redirectFrom, and
 * anything still wrong refuses the save (nothing is written).
 */
export function beforeSave({ entry }: SaveEvent) {
  const collection = entry.get('collection') as CollectionName;
  let data = entry.get('data') as Immutable;
  const body = data.get('body');
  data = withoutBlanks(data);
  if (body !== undefined) data = data.set('body', body);
  const field = idFieldOf(collection);
  const self = entry.get('newRecord') ? undefined : index[collection]?.find((e) => e.file === entry.get('path'));
  const id = data.get(field);
  if (self && field === 'slug' && typeof id === 'string' && id !== self.id) {
    const olds = (data.get('redirectFrom') as Immutable | undefined) ?? data.clear().toList();
    if (!(olds.toJS() as string[]).includes(self.id)) data = data.set('redirectFrom', (olds as ReturnType<Immutable['toList']>).push(self.id));
  }
  const problems = problemsOf(entry.set('data', data));
  if (problems.length) {
    throw new Refusal(`保存していません。次の点を直してください — ${problems.map((p) => describeProblem(collection, p)).join('／')}`);
  }
  return data;
}

/** After writing, the index knows the entry as saved, so the next check in this session sees it. */
export function afterSave({ entry }: SaveEvent) {
  const collection = entry.get('collection') as CollectionName;
  if (!isCollectionName(collection)) return;
  const data = (entry.get('data') as Immutable).toJS() as Record<string, unknown>;
  const id = data[idFieldOf(collection)];
  if (typeof id !== 'string') return;
  // A new entry has no path yet (Decap hands it over as ''): Decap gives it the one `path: '{{slug}}/index'` (or
  // `slug: '{{fields.id}}'`) makes, which is the path it has when Decap reopens it, so it is not its own twin then.
  // An existing entry keeps its file even when its slug changes.
  const file = (entry.get('path') as string | undefined) || entryFile(collection, id);
  const display = data[collectionOf(collection).display];
  const title = typeof display === 'string' ? display : undefined;
  const redirectFrom = Array.isArray(data.redirectFrom) ? (data.redirectFrom as string[]) : undefined;
  index = { ...index, [collection]: [...index[collection].filter((e) => e.file !== file), { file, id, title, redirectFrom }] };
}
