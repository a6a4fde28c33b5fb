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

export const japanese = merge(ja as Phrases, missing);
