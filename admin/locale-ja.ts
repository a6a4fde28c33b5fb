/**
 * Decap's Japanese UI, completed: the phrases its ja locale lacks would otherwise appear in English
 * (e.g. the list widget's "Add 開催日時" button).
 */
import { ja } from 'decap-cms-locales';

type Phrases = { [key: string]: string | Phrases };

const missing: Phrases = {
  auth: { loginWithForgejo: 'Forgejo でログインする' },
  collection: {
    collectionTop: { viewAsList: 'リスト表示', viewAsGrid: 'グリッド表示' },
    entries: { unpublishedHeader: '未公開のエントリ' },
  },
  editor: {
    editorControl: { field: { widgetLabel: '%{widgetLabel}の入力欄' } },
    editorControlPane: {
      i18n: { copyFromLocale: 'ほかの言語からコピー', copyFromLocaleConfirm: '%{locale} の内容をコピーしますか？\n入力済みの内容は上書きされます。' },
    },
    editorInterface: { toggleNotes: 'メモの表示を切り替える' },
    editorNotesPane: {
      title: 'メモ', emptyState: 'メモはまだありません。下から最初のメモを追加してください。', addNote: 'メモを追加',
      addPlaceholder: 'メモを書く…', editPlaceholder: 'メモを編集…', save: '保存', cancel: 'キャンセル', edit: '編集',
      delete: '削除', resolve: '解決済みにする', unresolve: '未解決に戻す', confirmDelete: 'このメモを削除しますか？',
      shortcut: 'Ctrl+Enter ですぐに追加できます',
    },
    editorWidgets: {
      markdown: { strikethrough: '取り消し線', toggleMode: { rich: 'リッチテキストに切り替える', markdown: 'マークダウンに切り替える' } },
      image: { chooseMultiple: '画像を選択', addMore: '画像を追加', removeAll: 'すべての画像を削除' },
      file: { chooseMultiple: 'ファイルを選択', addMore: 'ファイルを追加', removeAll: 'すべてのファイルを削除' },
      datetime: { setToNow: '%{fieldLabel}を現在の日時にする' },
      list: { add: '%{item}を追加', addType: '%{item}を追加' },
      object: { expand: '開く', collapse: '閉じる' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: '閉じる' } },
  ui: {
    settingsDropdown: { account: 'アカウントのメニュー' },
    toast: {
      noteAdded: 'メモを追加しました', onFailToAddNote: 'メモを追加できませんでした: %{details}', noteUpdated: 'メモを更新しました',
      onFailToUpdateNote: 'メモを更新できませんでした: %{details}', noteDeleted: 'メモを削除しました',
      onFailToDeleteNote: 'メモを削除できませんでした: %{details}', noteResolved: 'メモを解決済みにしました',
      noteReopened: 'メモを未解決に戻しました', onFailToToggleNote: 'メモの状態を変えられませんでした: %{details}',
    },
  },
};

function merge(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merge(current, value) : current ?? value;
  }
  return out;
}

/**
 * Decap's workflow words, as a municipality says them: a draft goes to 確認待ち (a second person checks it, as in
 * any 決裁) and, approved, to 承認済み, from which it is published.
 */
const workflowWords: Phrases = {
  editor: {
    editor: { onPublishingNotReady: '公開する前に、確認する人に「承認済み」にしてもらってください。' },
    editorToolbar: {
    inReview: '確認待ち', ready: '承認済み',
    statusInfoTooltipDraft: '下書きです。書き終えたら状態を「確認待ち」にして、確認する人に知らせてください。',
    statusInfoTooltipInReview: '確認待ちです。確認した人が「承認済み」にすると公開できます。確認中も修正できます。',
    },
  },
  workflow: {
    workflow: { description: '確認待ち %{smart_count}件、承認済み %{readyCount}件' },
    workflowList: {
      inReviewHeader: '確認待ち', readyHeader: '承認済み',
      onPublishingNotReadyEntry: '公開できるのは「承認済み」の項目だけです。確認する人が「承認済み」にしてから公開してください。',
    },
  },
};

const override = (base: Phrases, extra: Phrases): Phrases =>
  Object.fromEntries([...new Set([...Object.keys(base), ...Object.keys(extra)])].map((k) => {
    const [b, e] = [base[k], extra[k]];
    return [k, typeof b === 'object' && typeof e === 'object' ? override(b, e) : e ?? b!];
  }));

/** Where Decap's own Japanese says something else than what is happening. */
const correctedWords: Phrases = {
  editor: {
    // The back link above every entry read 「…のエントリを作成中」 (being created) even for an entry being edited.
    editorToolbar: { backCollection: '%{collectionLabel}の一覧へ戻る' },
  },
};

export const japanese = override(override(merge(ja as Phrases, missing), workflowWords), correctedWords);
