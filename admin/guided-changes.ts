/**
 * Changes that call for other changes. A notice set to 中止 or 延期 shows, under its 状態, what else to review
 * (a title still saying 「…を開催します」, the やさしい日本語 text, the 傍聴 sign-up, the online link); a 開催報告
 * starts from a template with the usual headings.
 */
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export const CANCEL_CHECKLIST = [
  'タイトル：「…を開催します」のままになっていませんか（例: 末尾に「（中止）」「（延期）」）',
  '状態の補足：理由と、延期ならこの後の予定',
  'やさしい日本語の要約：中止・延期を伝える文に',
  '傍聴の申し込み方法：受け付けを止める・申し込んだ人への連絡',
  'オンライン参加のURL：使わないなら消す',
  '延期後の日が決まったら：状態を「日程変更」にし、変更前の開始日時を入れる',
];

export const REPORT_TEMPLATE = ['## 出席', '（例: 委員12名、事務局3名、傍聴2名）', '## 議事の概要', '## 主な意見', '## 今後の予定'].join('\n\n');

/** Give the notice's 状態 select the checklist for 中止 and 延期. */
export function withStatusChecklist(widget: { control: any }, h: H) {
  const Base = widget.control;
  widget.control = class extends Base {
    render() {
      const own = super.render();
      const { field, value } = this.props;
      const entry = this.props.getEntry?.() ?? this.props.entry;
      if (entry?.get('collection') !== 'notices' || field.get('name') !== 'status' || !['cancelled', 'postponed'].includes(value)) return own;
      return h('div', null, own,
        h('div', { role: 'note', 'aria-label': '変更するときの確認', style: { marginTop: '8px', padding: '8px 12px', border: '2px solid #b45309', borderRadius: '6px', background: '#fffbeb', color: '#1f2937' } },
          h('p', { style: { margin: '0 0 4px', fontWeight: 700 } }, `${value === 'cancelled' ? '中止' : '延期'}にしたら、ほかにも次を見直してください`),
          h('ul', { style: { margin: 0, paddingInlineStart: '1.5em' } }, CANCEL_CHECKLIST.map((item) => h('li', { key: item }, item)))));
    }
  };
}
