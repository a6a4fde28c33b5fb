/**
 * Words Decap's widgets choose themselves, which its locale cannot correct:
 * - the date widget's button says 「現時刻」 even on a date-only field (最終確認日), and its screen-reader label
 *   names the field by its key (「verifiedAtを現在の日時にする」; it must not start with the label either, or the label would name two controls). Both come from its `t` prop, which is replaced
 *   here with one that knows the field's label and whether it has a time;
 * - react-select, under every multiple choice, labels the button that removes a choice 「Remove 高齢者」.
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;
interface DateProps { t: Translate; field?: { get(key: string): unknown } }

/** The date widget's `t`, for its field. */
export function dateWords(props: DateProps): Translate {
  const dateOnly = props.field?.get('time_format') === false;
  const label = String(props.field?.get('label') ?? props.field?.get('name') ?? '');
  return (key, options) => {
    if (key === 'editor.editorWidgets.datetime.now' && dateOnly) return '今日';
    if (key === 'editor.editorWidgets.datetime.setToNow') return dateOnly ? `今日の日付を${label}に入れる` : `現在の日時を${label}に入れる`;
    return props.t(key, options);
  };
}

const propsOf = new WeakMap<object, DateProps | undefined>();

/**
 * Give the date widget's control the words above. React assigns `props` in the base constructor and on every
 * render; an accessor on the prototype sees each (a class field could not: it is set up only after the base
 * constructor has run).
 */
export function withDateWords(widget: { control: any }) {
  const Base = widget.control;
  const Control = class extends Base {};
  Object.defineProperty(Control.prototype, 'props', {
    get(this: object) { return propsOf.get(this); },
    set(this: object, value: DateProps | undefined) { propsOf.set(this, value && typeof value.t === 'function' ? { ...value, t: dateWords(value) } : value); },
  });
  widget.control = Control;
}

/** 「Remove 高齢者」 → 「高齢者を外す」, wherever react-select draws one. */
export function relabelRemoveButtons() {
  const fix = (root: ParentNode) => {
    for (const el of root.querySelectorAll<HTMLElement>('[aria-label^="Remove "]')) el.setAttribute('aria-label', `${el.getAttribute('aria-label')!.slice('Remove '.length)}を外す`);
  };
  new MutationObserver(() => fix(document)).observe(document.body, { childList: true, subtree: true });
}
