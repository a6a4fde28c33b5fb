/**
 * IME-safe text controls. Decap's own string widget moves the caret back in componentDidUpdate and its editors
 * re-render the field's value while a Japanese IME is still composing, so 変換 sometimes leaves stray kana
 * (「ちいき地域」) or doubles text (decap-cms#1347 and related). These controls let the browser own the text while
 * the user types: the field is uncontrolled, nothing is reported during composition, and the value from Decap is
 * written back only when it really changed from outside (a newly opened entry, an inserted component).
 */
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

export interface ControlProps {
  forID: string;
  value?: unknown;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

interface Field {
  el: HTMLInputElement | HTMLTextAreaElement | null;
  composing: boolean;
  sent: Set<string>;
  props: ControlProps;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Shared behaviour of the input, textarea and body controls. */
export const imeSafe = {
  componentDidMount(this: Field) {
    this.sent = new Set();
    if (this.el) this.el.value = text(this.props.value);
  },
  componentDidUpdate(this: Field) {
    const el = this.el;
    if (!el || this.composing) return;
    const value = text(this.props.value);
    if (value === el.value) this.sent.clear();
    else if (!this.sent.has(value)) el.value = value;
  },
  send(this: Field, value: string) {
    this.sent.add(value);
    this.props.onChange(value);
  },
  handlers(this: Field & { send: (v: string) => void }) {
    return {
      id: this.props.forID,
      ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => { this.el = el; },
      className: this.props.classNameWrapper,
      onFocus: this.props.setActiveStyle,
      onBlur: this.props.setInactiveStyle,
      onCompositionStart: () => { this.composing = true; },
      onCompositionEnd: (e: { currentTarget: HTMLInputElement }) => {
        this.composing = false;
        this.send(e.currentTarget.value);
      },
      onInput: (e: { currentTarget: HTMLInputElement; nativeEvent: InputEvent }) => {
        if (!this.composing && !e.nativeEvent.isComposing) this.send(e.currentTarget.value);
      },
    };
  },
};

export function registerImeSafeWidgets(cms: { registerWidget: (name: string, control: unknown, preview?: unknown) => void }, h: H, createClass: CreateClass) {
  const preview = ({ value }: { value?: unknown }) => h('div', { style: { whiteSpace: 'pre-wrap' } }, text(value));
  const StringControl = createClass({
    ...imeSafe,
    render(this: Field & typeof imeSafe) {
      return h('input', { type: 'text', ...this.handlers() });
    },
  });
  const TextControl = createClass({
    ...imeSafe,
    render(this: Field & typeof imeSafe) {
      return h('textarea', { rows: 4, style: { resize: 'vertical', minHeight: '6rem', lineHeight: 1.7 }, ...this.handlers() });
    },
  });
  cms.registerWidget('string', StringControl, preview);
  cms.registerWidget('text', TextControl, preview);
}
