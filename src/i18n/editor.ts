/**
 * Words for editors — the admin's checks, the upkeep report (/admin/report/ and `npm run content:report`) — kept apart
 * from what residents read (./ja.ts), so each can be worded for its readers. Field labels and hints of the CMS live
 * beside their schemas in src/schemas.
 */
import { fill, fillParts } from './fill';

const strings = {
  'report.title': '点検リスト（編集者用）',
  'report.lead': '内容の確認や手入れが必要な項目を、URL名（スラッグ）ごとに並べています。サイトを作り直すたびに（毎日）更新されます。同じ内容は npm run content:report でも表示できます。',
  'report.asOf': '集計した日',
  'report.none': '手入れが必要な項目はありません。',
  'report.total': '{count}件の項目に手入れが必要です。',
  'report.count': '{count}件',
  'report.admin': '管理画面に戻る',
  'report.clear': '問題のなかった点検項目',
  'report.edit': '{slug} を管理画面で開く',
  'report.stale': '最終確認日から12か月を過ぎた活動',
  'report.staleHint': 'サイトでは「1年以上確認されていません」と表示されています。団体に確かめて最終確認日を更新します。',
  'report.dueSoon': 'まもなく確認の時期（1か月以内に12か月）',
  'report.noConsent': '掲載承諾が記録されていない活動',
  'report.noConsentHint': '承諾の記録がない活動は公開できません（サイトを作るときに止まります）。',
  'report.noContact': '問い合わせ先に電話・メール・ウェブサイトのどれもない活動',
  'report.pausedLong': '休止中のまま6か月以上たった活動',
  'report.pausedLongHint': '最終確認日から数えています。再開したか、終了にするかを団体に確かめます。',
  'report.expiredWish': '期限を過ぎたお手伝い募集',
  'report.expiredWishHint': 'サイトにはもう出ていません。募集を消すか、期限を延ばします。',
  'report.noReport': '開催から4週間たっても開催報告がない会議',
  'report.noReportHint': '同じ協議体・同じ開催日の「開催報告」のお知らせを探しています。',
  'report.largeImage': '大きすぎる画像（{limit}まで）',
  'report.largeImageHint': '縮小してから置き直します（長い辺が2000ピクセルほどあれば十分です）。',
  'report.pendingImport': '取り込んだまま掲載を待っている活動',
  'report.pendingImportHint': 'imports/activities/ にあります。団体に内容を確かめて掲載承諾を記録してから、content/activities/ へ移します。',
  'report.verifiedAt': '最終確認日 {date}（{days}日前）',
  'report.noVerifiedAt': '最終確認日がありません',
  'report.dueOn': '最終確認日 {date}、{due}までに確認',
  'report.consentMissing': 'consent（掲載承諾を得た日）を記録してください',
  'report.contactMissing': '{organization}：連絡先がありません',
  'report.pausedSince': '最終確認日 {date}（{days}日前）{note}',
  'report.wishExpired': '{kind}「{what}」— {until}まで',
  'report.meetingHeld': '{date}開催（{days}日前）。開催報告がまだありません',
  'report.imageSize': '{file}（{size}）',
  'report.pending': '{file}',
  'report.heading': '点検リスト（{date}時点）',
  'report.cliTotal': '手入れが必要な項目：{count}件',
  'privacy.title': '公開する前に、もう一度確かめてください',
  'privacy.lead': 'この記事には、どなたかわかる形で人が登場します。次の3つを確かめてから公開してください。',
  'privacy.noProfile': '年齢・住んでいる場所（集落や団地の名前など）・支援の経過（相談したこと、使っているサービス）を、一緒に書いていない',
  'privacy.noCaseMeeting': '重層的支援会議・支援会議で話されたことを書いていない',
  'privacy.noPrivateContact': '個人の電話番号・住所・メールアドレスを書いていない（写真に写った表札や掲示物も含めて）',
  'privacy.confirm': '確かめたので公開する',
  'privacy.back': '戻って直す',
  'guide.link': '使い方（編集する方へ）',
  'guide.intro': '{site}の記事・地域の活動・協議体のお知らせを、{adminLink}で書いたり直したりするための説明です。パソコンやタブレット（横幅768ピクセル以上）のブラウザーで使えます。',
  'guide.adminLink': '管理画面',
  'guide.toc': '目次',
  'guide.ask': '困ったときの問い合わせ先',
  'guide.askContent': '何を載せてよいか、書き方、掲載の承諾について：{organization}{phone}{email}',
  'guide.askPhone': '（電話 {tel}）',
  'guide.askEmail': '、{mail}',
  'guide.askSystem': 'ログインできない、管理画面が動かない、サイトが更新されないとき：サイトの管理を担当している人（GitHub のリポジトリの管理者）に、開いていた画面と出ていた字を伝えてください。',
  'guide.back': '管理画面に戻る',
  'admin.localPublishNote': 'この画面（自分のパソコンでの編集）では、「公開する」を押すとすぐにファイルに保存されます。下書き → 確認待ち → 公開の流れは、GitHub で編集する本番の管理画面で使えます。',
  'admin.status.live': 'いま編集中のファイルを検査しました（{when}）。',
  'admin.status.built': 'このサイトを作ったときの検査（{when}）。',
  'admin.status.clean': '問題はありません。すべての項目がサイトに載ります。',
  'admin.status.count': '{count} 件の問題があります。直すまでサイトは作り直せません。',
  'admin.status.line': ' の {line} 行目',
  'admin.status.label': '（{label}）',
  'admin.status.field': '（項目 {field}）',
  'admin.status.unreadable': '検査の結果を読み込めませんでした。',
  'admin.status.checkTitle': '内容の検査',
  'admin.status.withField': '{message}（項目 {field}）',
  'admin.status.buildFailed': '最新のサイトの作り直し（{when}）が失敗しました。サイトにはまだ反映されていません。次の点を直してください。',
  'admin.status.buildFailedElsewhere': '内容の問題は見つかりませんでした。サイトの管理を担当している人（GitHub のリポジトリの管理者）に、この画面のことを伝えてください。',
  'admin.status.buildLog': 'GitHub で記録を見る（管理を担当している人向け）',
  'admin.status.publishedCheck': 'いま公開されているサイト（前回うまく作れたとき）の検査',
  'admin.status.buildUnknown': '最新のサイトの作り直しの結果を GitHub に問い合わせられませんでした。通信の状態を確かめて、あとでもう一度開いてください。',
  'privacy.stopped': '公開を取りやめました。記事を見直してから、もう一度「公開」を押してください。',
} as const;

export type EditorStringKey = keyof typeof strings;

/** An editor's string, with `{name}` placeholders filled from `params`. */
export const te = (key: EditorStringKey, params: Record<string, string | number> = {}) => fill(strings[key], params);

/** An editor's string cut at the placeholders `params` leaves open, for a sentence with a link in it (see `fillParts`). */
export const teParts = (key: EditorStringKey, params: Record<string, string | number> = {}) => fillParts(strings[key], params);

/** Whether a key is one of the editors' strings (the two modules share no key). */
export const isEditorKey = (key: string): key is EditorStringKey => Object.hasOwn(strings, key);
