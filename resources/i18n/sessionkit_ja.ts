<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add item</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>項目を移動</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>項目を編集</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>議事項目</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Key: Insert</source>
        <translation>キー: Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Key: Delete</source>
        <translation>キー: Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Key: Alt+Up</source>
        <translation>キー: Alt+↑</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Key: Alt+Down</source>
        <translation>キー: Alt+↓</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>担当者(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Key: Ctrl+Z</source>
        <translation>キー: Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Undo agenda edit</source>
        <translation>議事次第の編集を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo agenda edit</source>
        <translation>議事次第の編集をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min · {start}–{end}</source>
        <translation>予定合計: {minutes} 分 · {start}–{end}</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min (set the session&apos;s start time to see the end time)</source>
        <translation>予定合計: {minutes} 分（セッションの開始時刻を設定すると終了時刻が表示されます）</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>People</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Moderator&apos;s cue</source>
        <translation>モデレーターの進行メモ</translation>
    </message>
</context>
<context>
    <name>AgendaEditorDialog</name>
    <message>
        <source>Agenda — {code}</source>
        <translation>議事次第 — {code}</translation>
    </message>
    <message>
        <source>Edits are saved at once. Ctrl+Z undoes the last one.</source>
        <translation>編集はすぐに保存されます。Ctrl+Z で直前の編集を取り消せます。</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>議事次第</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min</source>
        <translation>予定合計: {minutes} 分</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit を起動できません</translation>
    </message>
    <message>
        <source>Some bundled sessions were skipped</source>
        <translation>同梱のセッションの一部を読み込めませんでした</translation>
    </message>
    <message>
        <source>No session to open: {reason}</source>
        <translation>開くセッションがありません: {reason}</translation>
    </message>
    <message>
        <source>These session files could not be read:

{errors}</source>
        <translation>次のセッションファイルを読み込めませんでした:

{errors}</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin — deleted sessions</source>
        <translation>ごみ箱 — 削除したセッション</translation>
    </message>
    <message>
        <source>Deleted sessions</source>
        <translation>削除したセッション</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>{code} — {title} (deleted {when}, {n} notes)</source>
        <translation>{code} — {title}（{when} に削除、メモ {n} 件）</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>ごみ箱は空です。</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>Add the note (an action first asks for owner and due date)</source>
        <translation>メモを追加（行動項目の場合は先に担当と期限を尋ねます）</translation>
    </message>
    <message>
        <source>In the owner field: Tab to the due date; Enter adds the action</source>
        <translation>担当欄で: Tab で期限へ、Enter で行動項目を追加</translation>
    </message>
    <message>
        <source>From the owner/due fields or the notes list: back to the note box</source>
        <translation>担当・期限欄やメモ一覧からメモ欄に戻る</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next agenda item</source>
        <translation>メモに付ける議事項目を前 / 次に切り替え</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next speaker</source>
        <translation>メモに付ける発言者を前 / 次に切り替え</translation>
    </message>
    <message>
        <source>Credit notes to the item&apos;s 1st…9th person (during the live run)</source>
        <translation>メモの発言者を項目の 1…9 番目の担当者にする（進行中）</translation>
    </message>
    <message>
        <source>The note supports envisaged outcome 1…9 (toggle)</source>
        <translation>メモを期待される成果 1…9 の根拠にする（切り替え）</translation>
    </message>
    <message>
        <source>Go to the notes list</source>
        <translation>メモ一覧へ移動</translation>
    </message>
    <message>
        <source>Search all sessions&apos; notes</source>
        <translation>全セッションのメモを検索</translation>
    </message>
    <message>
        <source>Report details: summary, attendance, sign-off</source>
        <translation>報告書の詳細: 概要・参加者数・承認</translation>
    </message>
    <message>
        <source>Edit the note&apos;s text in place (Enter saves, Shift+Enter starts a new line, Esc cancels)</source>
        <translation>メモの本文をその場で編集（Enter で保存、Shift+Enter で改行、Esc で取り消し）</translation>
    </message>
    <message>
        <source>Move the selected notes to the bin (in the bin: restore them); a &quot;Moved to the bin — Undo&quot; line appears</source>
        <translation>選択したメモをごみ箱へ移動（ごみ箱の中では復元）。「メモをごみ箱に移動しました — 元に戻す」の行が表示されます</translation>
    </message>
    <message>
        <source>Undo the last move to the bin (or back); Ctrl+Shift+Z or Ctrl+Y redoes it</source>
        <translation>最後のごみ箱への移動（または復元）を元に戻す。Ctrl+Shift+Z または Ctrl+Y でやり直し</translation>
    </message>
    <message>
        <source>Star / unstar the selected notes</source>
        <translation>選択したメモにスターを付ける / 外す</translation>
    </message>
    <message>
        <source>History of the note (restore an earlier version)</source>
        <translation>メモの履歴（以前の版に戻す）</translation>
    </message>
    <message>
        <source>Change the kind of the selected notes</source>
        <translation>選択したメモの種類を変更</translation>
    </message>
    <message>
        <source>Link / unlink the selected notes as evidence for outcome 1…9</source>
        <translation>選択したメモを成果 1…9 の根拠として関連付け / 解除</translation>
    </message>
    <message>
        <source>In the notes list:</source>
        <translation>メモ一覧で:</translation>
    </message>
    <message>
        <source>Next note is a: {kind}</source>
        <translation>次のメモの種類: {kind}</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Capture</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>The kind of the next note (Ctrl+1 … Ctrl+7)</source>
        <translation>次のメモの種類（Ctrl+1 … Ctrl+7）</translation>
    </message>
    <message>
        <source>Agenda item stamped on new notes when no live run is going (Ctrl+Up / Ctrl+Down)</source>
        <translation>進行中でないときに新しいメモに付ける議事項目（Ctrl+↑ / Ctrl+↓）</translation>
    </message>
    <message>
        <source>Speaker stamped on new notes when no live run is going (Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation>進行中でないときに新しいメモに付ける発言者（Ctrl+Shift+↑ / Ctrl+Shift+↓）</translation>
    </message>
    <message>
        <source>New notes are stamped with the item and speaker of the live run</source>
        <translation>新しいメモには進行中の項目と発言者が付きます</translation>
    </message>
    <message>
        <source>Notes are credited to this person. Ctrl+Shift+Up / Ctrl+Shift+Down: previous / next person of the item; Alt+Shift+1…9: the nth person</source>
        <translation>メモはこの人の発言として記録されます。Ctrl+Shift+↑ / Ctrl+Shift+↓: 項目の前 / 次の担当者、Alt+Shift+1…9: n 番目の担当者</translation>
    </message>
    <message>
        <source>Type a note… Ctrl+Enter adds it · Ctrl+1…7 sets its kind</source>
        <translation>メモを入力… Ctrl+Enter で追加 · Ctrl+1…7 で種類を指定</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>メモ欄</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>who will do it</source>
        <translation>誰が行うか</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD または +7</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds · F1 lists the keys</source>
        <translation>Ctrl+Enter で追加 · F1 でキー一覧</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>議事項目なし</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <source>There is no speaker {n} on this item.</source>
        <translation>この項目に {n} 番目の発言者はいません。</translation>
    </message>
    <message>
        <source>There is no speaker {n}.</source>
        <translation>{n} 番目の発言者はいません。</translation>
    </message>
    <message>
        <source>Live: {context}</source>
        <translation>進行中: {context}</translation>
    </message>
    <message>
        <source>no item</source>
        <translation>項目なし</translation>
    </message>
    <message>
        <source>Speaker: {name} ({n} of {total})</source>
        <translation>発言者: {name}（{n} / {total}）</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>発言者: {name}</translation>
    </message>
    <message>
        <source>Speaker: nobody yet (Ctrl+Shift+Down picks one)</source>
        <translation>発言者: 未選択（Ctrl+Shift+↓ で選択）</translation>
    </message>
    <message>
        <source>There is no outcome {n}.</source>
        <translation>成果 {n} はありません。</translation>
    </message>
    <message>
        <source>Supports outcome {list}</source>
        <translation>成果 {list} の根拠</translation>
    </message>
    <message>
        <source>Action: type the owner, Tab to the due date, Enter to add (Esc: back to the note)</source>
        <translation>行動項目: 担当を入力し、Tab で期限へ、Enter で追加（Esc: メモに戻る）</translation>
    </message>
    <message>
        <source>Due date: {reason}</source>
        <translation>期限: {reason}</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>追加されませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptureTools</name>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>メモを検索(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the notes &amp;list</source>
        <translation>メモ一覧へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the note &amp;box</source>
        <translation>メモ欄に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Report details…</source>
        <translation>報告書の詳細(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CueCard</name>
    <message>
        <source>SessionKit — cue card</source>
        <translation>SessionKit — 進行カード</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>発表者なし</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>次: {name}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>次: {title}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>例: 2026-11-18 14:30</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time that exists; write it as 2026-11-18 14:30 (year-month-day hours:minutes).</source>
        <translation>「{text}」は実在する日時ではありません。2026-11-18 14:30（年-月-日 時:分）の形で入力してください。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About SessionKit</source>
        <translation>SessionKit について</translation>
    </message>
    <message>
        <source>Add the note in the box (stamped with the time)</source>
        <translation>メモ欄の内容を追加（時刻付き）</translation>
    </message>
    <message>
        <source>Move between the note box and other controls</source>
        <translation>メモ欄とほかの操作部品の間を移動</translation>
    </message>
    <message>
        <source>Quit (the draft is saved first)</source>
        <translation>終了（下書きは先に保存されます）</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>このキーボードショートカット一覧</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>SessionKit {version}

An offline kit for a conference session&apos;s moderator and rapporteur: agenda, clock, notes and the post-session report.

Everything stays on this computer; SessionKit never uses the internet. It uses the local network only while you share the live run or follow a moderator.</source>
        <translation>SessionKit {version}

会議セッションのモデレーターと記録担当のためのオフラインツール: 議事次第、タイマー、メモ、セッション報告書。

データはすべてこのコンピューターに保存され、SessionKit がインターネットを使うことはありません。ローカルネットワークを使うのは、進行を共有しているときとモデレーターの進行に連動しているときだけです。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>the disk did not answer in time</source>
        <translation>ディスクが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the note box could not be saved</source>
        <translation>メモ欄を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export session package</source>
        <translation>セッションパッケージを書き出す</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>パッケージファイル</translation>
    </message>
    <message>
        <source>Where to save the package</source>
        <translation>パッケージの保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>One file with the session, its people, agenda, outcomes and every note. Send it by USB, e-mail or a synced folder; the organisers merge it with File → Merge package…</source>
        <translation>セッション、参加者、議事次第、成果、すべてのメモをまとめた 1 つのファイルです。USB、メール、同期フォルダーで送ってください。主催者は「ファイル → パッケージを統合…」で取り込みます。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json);;All files (*)</source>
        <translation>SessionKit パッケージ (*.sessionkit.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a session and a file first.</source>
        <translation>先にセッションとファイルを選んでください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Package saved: {path}</source>
        <translation>パッケージを保存しました: {path}</translation>
    </message>
    <message>
        <source>The package was not exported: {reason}</source>
        <translation>パッケージを書き出せませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>報告書を書き出す</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>報告書の形式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>保存先ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>報告書の言語</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>報告書の見出しや項目名の言語。メモは入力したままです</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>報告書の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>報告書のテンプレート</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo, colours, header and footer</source>
        <translation>組織のロゴ・配色・ヘッダー・フッター</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a report template</source>
        <translation>報告書のテンプレートを追加</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>収録する章</translation>
    </message>
    <message>
        <source>Include the &amp;annex (all notes in time order)</source>
        <translation>付録を含める(&amp;A)（全メモを時系列で）</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>書き出しの進行状況</translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>書き出しの警告</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>フォルダーを表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>セッションの詳細</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Envisaged outcomes</source>
        <translation>期待される成果</translation>
    </message>
    <message>
        <source>Agenda: planned and actual</source>
        <translation>議事進行: 予定と実績</translation>
    </message>
    <message>
        <source>The run in pictures</source>
        <translation>図で見る進行</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要メッセージ</translation>
    </message>
    <message>
        <source>Presentation notes</source>
        <translation>発表の記録</translation>
    </message>
    <message>
        <source>Discussion and Q&amp;&amp;A</source>
        <translation>討論と質疑応答</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>提言</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行動項目</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>This session&apos;s template</source>
        <translation>このセッションのテンプレート</translation>
    </message>
    <message>
        <source>Template not remembered</source>
        <translation>テンプレートを記憶できませんでした</translation>
    </message>
    <message>
        <source>The report was saved, but its template could not be remembered for this session: {reason}</source>
        <translation>報告書は保存されましたが、このセッションのテンプレートとして記憶できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Template refused</source>
        <translation>テンプレートは使用できません</translation>
    </message>
    <message>
        <source>This report template cannot be used: {reason}</source>
        <translation>この報告書のテンプレートは使用できません: {reason}</translation>
    </message>
    <message>
        <source>Choose a report template</source>
        <translation>報告書のテンプレートを選ぶ</translation>
    </message>
    <message>
        <source>Report templates (*.toml)</source>
        <translation>報告書のテンプレート (*.toml)</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>報告書の保存先ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Exporting the report to {path}…</source>
        <translation>報告書を {path} に書き出し中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>報告書を保存しました: {path}</translation>
    </message>
    <message>
        <source>⚠ Warnings ({n}):</source>
        <translation>⚠ 警告（{n} 件）:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export cancelled; the file at the destination was not changed.</source>
        <translation>書き出しをキャンセルしました。保存先のファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The report was not exported.</source>
        <translation>報告書は書き出されませんでした。</translation>
    </message>
    <message>
        <source>The report could not be exported: {reason}</source>
        <translation>報告書を書き出せませんでした: {reason}</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>報告書を書き出せませんでした</translation>
    </message>
    <message>
        <source>{count} character(s) that no bundled font has were printed as {placeholder} ({total} in all): {chars}</source>
        <translation>同梱フォントにない文字 {count} 種類を {placeholder} で印刷しました（全 {total} 箇所）: {chars}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>、ほか {n} 種類</translation>
    </message>
</context>
<context>
    <name>Follow</name>
    <message>
        <source>Follow a moderator</source>
        <translation>モデレーターの進行に連動</translation>
    </message>
    <message>
        <source>Notes typed here get the item and speaker the moderator is running. Their screen (Live → Share on the local network…) shows the address and the code.</source>
        <translation>ここで入力したメモには、モデレーターが進行中の項目と発言者が付きます。アドレスとコードはモデレーターの画面（進行 → ローカルネットワークで共有…）に表示されます。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>ペアリングコード(&amp;C):</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>連動する</translation>
    </message>
    <message>
        <source>This laptop shares its own run on the network. Stop sharing first (Live → Sharing on…), then follow the moderator.</source>
        <translation>このノートパソコンは自身の進行をネットワークで共有しています。先に共有を停止してから（進行 → 共有中…）、モデレーターの進行に連動してください。</translation>
    </message>
    <message>
        <source>Following {address} — reconnecting…</source>
        <translation>{address} に連動中 — 再接続中…</translation>
    </message>
    <message>
        <source>The moderator&apos;s run drives this clock; Live → Stop following to drive it yourself.</source>
        <translation>このタイマーはモデレーターの進行に合わせて動きます。自分で操作するには「進行 → 連動を停止」を選んでください。</translation>
    </message>
    <message>
        <source>Following {address}</source>
        <translation>{address} に連動中</translation>
    </message>
    <message>
        <source>Following {address} — link lost — stamping with the last known item; reconnecting by itself</source>
        <translation>{address} に連動中 — 接続が切れました — 最後に受け取った項目をメモに付けています。自動で再接続します</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>{address} に接続中…</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>Waiting for the moderator to start</source>
        <translation>モデレーターの開始を待っています</translation>
    </message>
    <message>
        <source>The moderator&apos;s run: {code} — {title}</source>
        <translation>モデレーターの進行: {code} — {title}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>ステージ表示中: 「{message}」</translation>
    </message>
    <message>
        <source>The moderator runs {code} — {title}. Open that session (Session → Open…) and follow from there.</source>
        <translation>モデレーターが進行中のセッションは {code} — {title} です。そのセッションを開いて（セッション → 開く…）、そこから連動してください。</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>Room: {room}</source>
        <translation>会場: {room}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>トラック: {track}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>タグ: {tags}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>メモの履歴</translation>
    </message>
    <message>
        <source>Now: {kind} — last changed {when}</source>
        <translation>現在: {kind} — 最終更新 {when}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {text}</source>
        <translation>{when} · {kind} · {text}</translation>
    </message>
    <message>
        <source>This note has not been edited.</source>
        <translation>このメモは編集されていません。</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>この版に戻す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>edited here: kept</source>
        <translation>ここで編集済み: 保持</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>ID 不明のイベント</translation>
    </message>
    <message>
        <source>Entry {id}</source>
        <translation>エントリー {id}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>イベント {id}</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>プログラムにタイムゾーンの記載がないため、時刻を UTC として読み込みました（修正するには、上の欄に会議のタイムゾーンを入力してください）。</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; times without one were read as UTC.</source>
        <translation>プログラムにタイムゾーンの記載がないため、タイムゾーンのない時刻は UTC として読み込みました。</translation>
    </message>
    <message>
        <source>The calendar gives no time zone for some events; they were read as UTC.</source>
        <translation>カレンダーの一部のイベントにタイムゾーンの記載がないため、UTC として読み込みました。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; the events&apos; own UTC offsets were used.</source>
        <translation>プログラムのタイムゾーン {tz} は不明です。各イベントに記載の UTC オフセットを使いました。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>プログラムのタイムゾーン {tz} は不明なため、時刻を UTC として読み込みました（修正するには、上の欄に会議のタイムゾーンを入力してください）。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown.</source>
        <translation>プログラムのタイムゾーン {tz} は不明です。</translation>
    </message>
    <message>
        <source>{n} events give a UTC offset that differs from the schedule&apos;s time zone {tz}; their exact instants were kept and shown in {tz}.</source>
        <translation>{n} 件のイベントの UTC オフセットがプログラムのタイムゾーン {tz} と異なります。正確な時点はそのまま保ち、{tz} で表示しています。</translation>
    </message>
    <message>
        <source>{event}: it ends before it starts; the end time was left empty.</source>
        <translation>{event}: 開始より前に終了しているため、終了時刻を空欄にしました。</translation>
    </message>
    <message>
        <source>{event}: the duration {value} was not understood; the end time was left empty.</source>
        <translation>{event}: 所要時間 {value} を解釈できなかったため、終了時刻を空欄にしました。</translation>
    </message>
    <message>
        <source>{event}: the duration was not understood; the end time was left empty.</source>
        <translation>{event}: 所要時間を解釈できなかったため、終了時刻を空欄にしました。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no title.</source>
        <translation>{event}: タイトルがないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no SUMMARY (title).</source>
        <translation>{event}: SUMMARY（タイトル）がないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable date and start time.</source>
        <translation>{event}: 使える日付と開始時刻がないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable DTSTART.</source>
        <translation>{event}: 使える DTSTART がないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, its DTSTART is not a date or time.</source>
        <translation>{event}: DTSTART が日付でも時刻でもないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it is not an object.</source>
        <translation>{event}: オブジェクトではないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start date.</source>
        <translation>{event}: 使える開始日がないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start.</source>
        <translation>{event}: 使える開始日時がないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}: 日付（{year} 年）が {first}–{last} 年の範囲外のため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, its date or time cannot be read.</source>
        <translation>{event}: 日付または時刻を読み取れないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, the schedule marks it {state}.</source>
        <translation>{event}: プログラムで {state} とされているため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: skipped, its entryType {value} is not Session, Contribution or Break.</source>
        <translation>{event}: entryType {value} が Session・Contribution・Break のいずれでもないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>{event}: its end (year {year}) is outside the years {first}–{last}; the end time was left empty.</source>
        <translation>{event}: 終了（{year} 年）が {first}–{last} 年の範囲外のため、終了時刻を空欄にしました。</translation>
    </message>
    <message>
        <source>{event}: the duration is too long; the end time was left empty.</source>
        <translation>{event}: 所要時間が長すぎるため、終了時刻を空欄にしました。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it has no title.</source>
        <translation>{event}、パート {part}: タイトルがないため、議事次第に含めませんでした。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it is not an object.</source>
        <translation>{event}、パート {part}: オブジェクトではないため、議事次第に含めませんでした。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}、パート {part}: 日付（{year} 年）が {first}–{last} 年の範囲外のため、議事次第に含めませんでした。</translation>
    </message>
    <message>
        <source>The timetable gives no time zone; times without one were read as UTC.</source>
        <translation>タイムテーブルにタイムゾーンの記載がないため、タイムゾーンのない時刻は UTC として読み込みました。</translation>
    </message>
    <message>
        <source>Indico event {id}: skipped, its timetable is not an object.</source>
        <translation>Indico イベント {id}: タイムテーブルがオブジェクトではないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>Day {day}: skipped, its entries are not an object.</source>
        <translation>日付 {day}: エントリーがオブジェクトではないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the copy was ignored.</source>
        <translation>イベント {code}（{title}）がファイル内に複数回出てきます。重複分は無視しました。</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the later, different one was ignored.</source>
        <translation>イベント {code}（{title}）がファイル内に複数回出てきます。内容の異なる後のほうは無視しました。</translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation>プログラムを取り込む</translation>
    </message>
    <message>
        <source>Schedule file</source>
        <translation>プログラムファイル</translation>
    </message>
    <message>
        <source>Type or paste the path of a frab/Pentabarf XML, pretalx or CCC hub JSON, Indico timetable (JSON or .ics) or .ics file, then Enter</source>
        <translation>frab/Pentabarf XML、pretalx または CCC hub の JSON、Indico のタイムテーブル（JSON または .ics）、.ics ファイルのパスを入力または貼り付けて Enter</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>e.g. Europe/Brussels</source>
        <translation>例: Asia/Tokyo</translation>
    </message>
    <message>
        <source>The conference&apos;s time zone, for files that give none</source>
        <translation>タイムゾーンの記載がないファイルに使う、会議のタイムゾーン</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Choose a schedule file to see its events.</source>
        <translation>プログラムファイルを選ぶと、その中のイベントが表示されます。</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>イベントを絞り込む</translation>
    </message>
    <message>
        <source>Filter by title, room, track, speaker…</source>
        <translation>タイトル・会場・トラック・発表者で絞り込み…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>ファイル内のイベント</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Open the imported session</source>
        <translation>取り込んだセッションを開く</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} にファイルがありません。</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>プログラム (*.xml *.json *.ics);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} を読み込み中…</translation>
    </message>
    <message>
        <source>{title} — {n} events, time zone {tz}. New: {add}, changed: {change}, unchanged: {unchanged}, edited here (kept): {kept}.</source>
        <translation>{title} — イベント {n} 件、タイムゾーン {tz}。新規: {add}、変更: {change}、変更なし: {unchanged}、ここで編集済み（保持）: {kept}。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>{n} sessions imported before are no longer in the file (they stay, with their notes).</source>
        <translation>以前取り込んだ {n} 件のセッションがファイルにありません（メモごとそのまま残ります）。</translation>
    </message>
    <message>
        <source>Tick the events to import: Space ticks the selected rows, Select all ticks every event shown.</source>
        <translation>取り込むイベントにチェックを付けてください。Space で選択中の行に、「すべて選択」で表示中のすべてのイベントにチェックが付きます。</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>このファイルは取り込めません: {reason}</translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation>{n} 件のセッションを取り込む</translation>
    </message>
    <message>
        <source>Imported: {added} new, {changed} updated, {unchanged} unchanged, {kept} kept with your edits.</source>
        <translation>取り込みました: 新規 {added} 件、更新 {changed} 件、変更なし {unchanged} 件、編集を保持 {kept} 件。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>「{code}」を開く</translation>
    </message>
    <message>
        <source>Open one of them…</source>
        <translation>いずれかを開く…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>何も取り込まれませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>プログラムを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;package…</source>
        <translation>パッケージを書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>パッケージを統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Export agenda as &amp;calendar (.ics)…</source>
        <translation>議事次第をカレンダーとして書き出す(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>カレンダーを書き出す</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>カレンダーを書き出せませんでした</translation>
    </message>
    <message>
        <source>Schedule imported: {n} new, {c} updated sessions</source>
        <translation>プログラムを取り込みました: 新規 {n} 件、更新 {c} 件のセッション</translation>
    </message>
    <message>
        <source>Calendar saved: {path}</source>
        <translation>カレンダーを保存しました: {path}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>These keys work anywhere in SessionKit, also while you type a note and in the stage display window.</source>
        <translation>これらのキーは、メモの入力中やステージ表示の画面も含め、SessionKit のどこでも使えます。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>主要メッセージ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>提言</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開会</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>発表</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>パネル討論</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>討論</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>質疑応答</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>閉会</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>一部達成</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>議長</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>記録担当</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>討論者</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>パネリスト</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発表者</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>On time</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>■ Time is up</source>
        <translation>■ 時間です</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>予定どおり</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 一時停止中</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>Following a moderator: their run drives this clock. Live → Stop following to drive it yourself.</source>
        <translation>モデレーターの進行に連動中: このタイマーはモデレーターの進行に合わせて動きます。自分で操作するには「進行 → 連動を停止」を選んでください。</translation>
    </message>
    <message>
        <source>+{n} min behind</source>
        <translation>+{n} 分遅れ</translation>
    </message>
    <message>
        <source>{n} min ahead</source>
        <translation>{n} 分早い</translation>
    </message>
    <message>
        <source>⚠ {time} left</source>
        <translation>⚠ 残り {time}</translation>
    </message>
    <message>
        <source>▲ Over time {time}</source>
        <translation>▲ 超過 {time}</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting.</source>
        <translation>議事次第が空です。開始する前に項目を追加してください。</translation>
    </message>
    <message>
        <source>The session has ended. Use Reset live run to run it again.</source>
        <translation>セッションは終了しました。もう一度行うには「進行をリセット」を使ってください。</translation>
    </message>
    <message>
        <source>No key messages yet</source>
        <translation>主要メッセージはまだありません</translation>
    </message>
    <message>
        <source>The stage display opened as a window on this screen: drag it to the projector (F11 there: full screen).</source>
        <translation>ステージ表示はこの画面にウィンドウとして開きました。プロジェクターの画面へドラッグしてください（そこで F11: 全画面表示）。</translation>
    </message>
    <message>
        <source>“{card}” is ready on the stage display, which is hidden (F9 shows it).</source>
        <translation>「{card}」をステージ表示に出しましたが、ステージ表示は非表示です（F9 で表示）。</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>残り 5 分</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>残り 2 分</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>残り 1 分</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>まとめに入ってください</translation>
    </message>
    <message>
        <source>Questions now</source>
        <translation>質疑応答の時間です</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>メッセージ…</translation>
    </message>
    <message>
        <source>Read-out</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Live agenda</source>
        <translation>進行中の議事次第</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>現在の発言者</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>黄色の警告</translation>
    </message>
    <message>
        <source>Amber warning, seconds left</source>
        <translation>黄色の警告（残り秒数）</translation>
    </message>
    <message>
        <source> s left</source>
        <translation> 秒前</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>赤の警告</translation>
    </message>
    <message>
        <source>Red warning, seconds left</source>
        <translation>赤の警告（残り秒数）</translation>
    </message>
    <message>
        <source>Stage screen</source>
        <translation>ステージ用画面</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>進行</translation>
    </message>
    <message>
        <source>Red must come at or after amber.</source>
        <translation>赤の警告は黄色と同時か、それより後にしてください。</translation>
    </message>
    <message>
        <source>Reset live run</source>
        <translation>進行をリセット</translation>
    </message>
    <message>
        <source>Forget the recorded start and end times of every item and go back to “not started”? Notes are not affected.</source>
        <translation>すべての項目の記録済みの開始・終了時刻を消去して「未開始」に戻しますか？メモには影響しません。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 再開</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>セッション終了</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 開始</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Show or hide the current speaker</source>
        <translation>現在の発言者の表示 / 非表示</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the current speaker&apos;s card</source>
        <translation>現在の発言者のカードを編集</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>議事次第(&amp;A)</translation>
    </message>
    <message>
        <source>Warnings and stage screen</source>
        <translation>警告とステージ用画面</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>発表者を編集</translation>
    </message>
    <message>
        <source>{action} — key: {key}</source>
        <translation>{action} — キー: {key}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source> (incl. {sign}{m} min added)</source>
        <translation>（延長 {sign}{m} 分を含む）</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned}{extra}</source>
        <translation>経過 {elapsed} / 予定 {planned}{extra}</translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation>進行メモ: {cue}</translation>
    </message>
    <message>
        <source>(empty agenda)</source>
        <translation>（議事次第なし）</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>準備完了: {title}</translation>
    </message>
    <message>
        <source>Press {key} to start</source>
        <translation>{key} を押して開始</translation>
    </message>
    <message>
        <source>Ended {end} · ran {elapsed} (planned {planned})</source>
        <translation>{end} に終了 · 所要 {elapsed}（予定 {planned}）</translation>
    </message>
    <message>
        <source> · ends {projected} (planned {planned})</source>
        <translation> · 終了見込み {projected}（予定 {planned}）</translation>
    </message>
    <message>
        <source>Session {elapsed} elapsed · {remaining} left of {planned}{ends}</source>
        <translation>セッション経過 {elapsed} · 予定 {planned} のうち残り {remaining}{ends}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>ステージ表示中: 「{message}」</translation>
    </message>
    <message>
        <source>▶ Now</source>
        <translation>▶ 進行中</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>{planned} planned {sign} {extra} added</source>
        <translation>予定 {planned} {sign} 延長 {extra}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>次: {name}</translation>
    </message>
</context>
<context>
    <name>LiveShortcuts</name>
    <message>
        <source>Start the session / pause / resume</source>
        <translation>セッションを開始 / 一時停止 / 再開</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>前の議事項目</translation>
    </message>
    <message>
        <source>Next agenda item (ends the session after the last)</source>
        <translation>次の議事項目（最後の項目の後はセッション終了）</translation>
    </message>
    <message>
        <source>Give the current item one more minute</source>
        <translation>現在の項目を 1 分延長</translation>
    </message>
    <message>
        <source>Show / hide the stage display</source>
        <translation>ステージ表示の表示 / 非表示</translation>
    </message>
    <message>
        <source>Send a message to the stage display</source>
        <translation>ステージ表示にメッセージを送る</translation>
    </message>
    <message>
        <source>Clear the stage message</source>
        <translation>ステージのメッセージを消す</translation>
    </message>
    <message>
        <source>Read-out mode: key messages on the stage display</source>
        <translation>読み上げモード: 主要メッセージをステージ表示に</translation>
    </message>
    <message>
        <source>Read-out mode: next key message</source>
        <translation>読み上げモード: 次の主要メッセージ</translation>
    </message>
    <message>
        <source>Read-out mode: previous key message</source>
        <translation>読み上げモード: 前の主要メッセージ</translation>
    </message>
    <message>
        <source>Stage time card 1 (“5 minutes”)</source>
        <translation>タイムキープカード 1（「残り 5 分」）</translation>
    </message>
    <message>
        <source>Stage time card 2 (“2 minutes”)</source>
        <translation>タイムキープカード 2（「残り 2 分」）</translation>
    </message>
    <message>
        <source>Stage time card 3 (“1 minute”)</source>
        <translation>タイムキープカード 3（「残り 1 分」）</translation>
    </message>
    <message>
        <source>Stage time card 4 (“Please wrap up”)</source>
        <translation>タイムキープカード 4（「まとめに入ってください」）</translation>
    </message>
    <message>
        <source>Stage time card 5 (“Questions now”)</source>
        <translation>タイムキープカード 5（「質疑応答の時間です」）</translation>
    </message>
    <message>
        <source>Cue card: the current speaker large, for the lectern</source>
        <translation>進行カード: 現在の発言者を大きく表示（演台用）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SessionKit — {code} — {title}</source>
        <translation>SessionKit — {code} — {title}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>報告書を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>In the notes list: undo moving notes to the bin (or back)</source>
        <translation>メモ一覧で: ごみ箱への移動（またはごみ箱からの復元）を元に戻す</translation>
    </message>
    <message>
        <source>In the notes list: redo</source>
        <translation>メモ一覧で: やり直す</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SessionKit</source>
        <translation>SessionKit について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MergePackagesDialog</name>
    <message>
        <source>Merge session packages</source>
        <translation>セッションパッケージを統合</translation>
    </message>
    <message>
        <source>Packages to merge</source>
        <translation>統合するパッケージ</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Merging adds notes you don&apos;t have, takes the newest edit of each note and respects deletions. Merging a package twice, or in any order, gives the same result.</source>
        <translation>統合すると、手元にないメモが追加され、各メモは最新の編集が採用され、削除も反映されます。同じパッケージを 2 回統合しても、どの順番で統合しても結果は同じです。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json *.json);;All files (*)</source>
        <translation>SessionKit パッケージ (*.sessionkit.json *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add at least one package file.</source>
        <translation>パッケージファイルを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>統合中…</translation>
    </message>
    <message>
        <source>{file}: session {code}{new} — notes: {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
        <translation>{file}: セッション {code}{new} — メモ: 追加 {added}、更新 {updated}、削除 {deleted}、変更なし {unchanged}</translation>
    </message>
    <message>
        <source> (new here)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <source>⚠ {n} notes were edited on two laptops at once: both versions are kept (the other one is in the note&apos;s history)</source>
        <translation>⚠ {n} 件のメモが 2 台のノートパソコンで同時に編集されました。両方の版を残しています（もう一方はメモの履歴にあります）</translation>
    </message>
    <message>
        <source>Nothing new: everything in these packages was already here.</source>
        <translation>新しいものはありません。これらのパッケージの内容はすべて取り込み済みです。</translation>
    </message>
    <message>
        <source>Nothing was merged: {reason}</source>
        <translation>何も統合されませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新しいセッション(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>セッションを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;agenda…</source>
        <translation>議事次第を編集(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>セッションを複製(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>セッションを削除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>ごみ箱(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>進行(&amp;L)</translation>
    </message>
    <message>
        <source>Live &amp;mode</source>
        <translation>進行モード(&amp;M)</translation>
    </message>
    <message>
        <source>Stage time &amp;cards…</source>
        <translation>タイムキープカード(&amp;C)…</translation>
    </message>
    <message>
        <source>Stage display full &amp;screen</source>
        <translation>ステージ表示を全画面に(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish the session now</source>
        <translation>今すぐセッションを終了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset live run…</source>
        <translation>進行をリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ollow a moderator…</source>
        <translation>モデレーターの進行に連動(&amp;O)…</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>連動を停止(&amp;W)</translation>
    </message>
    <message>
        <source>Live mode on/off</source>
        <translation>進行モードのオン / オフ</translation>
    </message>
    <message>
        <source>Edit the agenda (Ctrl+Z there undoes the last agenda edit)</source>
        <translation>議事次第を編集（そこで Ctrl+Z を押すと直前の編集を取り消し）</translation>
    </message>
    <message>
        <source>In the stage display window: full screen on / off</source>
        <translation>ステージ表示のウィンドウで: 全画面表示のオン / オフ</translation>
    </message>
    <message>
        <source>Copy made; now open: {code} — {title}</source>
        <translation>複製して開きました: {code} — {title}</translation>
    </message>
    <message>
        <source>Copy made: {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>複製しました: {code} — {title}。「セッション → 開く…」（Ctrl+O）で開けます。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションを削除</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit the agenda (Ctrl+Shift+A)</source>
        <translation>ダブルクリックまたは Enter で議事次第を編集（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Created; now open: {code} — {title}</source>
        <translation>作成して開きました: {code} — {title}</translation>
    </message>
    <message>
        <source>Created {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>作成しました: {code} — {title}。「セッション → 開く…」（Ctrl+O）で開けます。</translation>
    </message>
    <message>
        <source>This is the only session; make another one first.</source>
        <translation>セッションはこれ 1 つだけです。先に別のセッションを作成してください。</translation>
    </message>
    <message>
        <source>Restored from the bin; now open: {code} — {title}</source>
        <translation>ごみ箱から復元して開きました: {code} — {title}</translation>
    </message>
    <message>
        <source>Restored {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>復元しました: {code} — {title}。「セッション → 開く…」（Ctrl+O）で開けます。</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>成果(&amp;O)</translation>
    </message>
    <message>
        <source>Move “{code} — {title}” and its notes to the bin? You can restore it from Session → Bin.</source>
        <translation>「{code} — {title}」とそのメモをごみ箱に移動しますか？「セッション → ごみ箱」から復元できます。</translation>
    </message>
    <message>
        <source>Stage time card {n}: “{text}”</source>
        <translation>タイムキープカード {n}: 「{text}」</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>ひな形:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>ひな形</translation>
    </message>
    <message>
        <source>Blank session (no agenda)</source>
        <translation>空のセッション（議事次第なし）</translation>
    </message>
    <message>
        <source>{title} — {items} items, {minutes} min</source>
        <translation>{title} — {items} 項目、{minutes} 分</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>supports {list}</source>
        <translation>{list} の根拠</translation>
    </message>
    <message>
        <source>Conflict: edited on two laptops at once; the other version is in the note&apos;s history (H).</source>
        <translation>競合: 2 台のノートパソコンで同時に編集されました。もう一方の版はメモの履歴にあります（H）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Times are in the session&apos;s time zone, {zone}</source>
        <translation>時刻はセッションのタイムゾーン（{zone}）で表示しています</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>時刻（{zone}）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>項目 / 発言者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>担当: {owner}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>期限 {date}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>種類で絞り込み</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Filter by agenda item</source>
        <translation>議事項目で絞り込み</translation>
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation>発言者で絞り込み</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ スター付き</translation>
    </message>
    <message>
        <source>Only starred notes</source>
        <translation>スター付きのメモのみ</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>ごみ箱</translation>
    </message>
    <message>
        <source>Show deleted notes (select and press Delete to restore)</source>
        <translation>削除したメモを表示（選んで Delete キーで復元）</translation>
    </message>
    <message>
        <source>Only notes supporting this outcome; click to show all</source>
        <translation>この成果の根拠となるメモのみ表示中。クリックですべて表示</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>すべての発言者</translation>
    </message>
    <message>
        <source>Outcome {n} ✕</source>
        <translation>成果 {n} ✕</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>メモ 1 件</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>メモ {n} 件</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{total} 件中 {shown} 件を表示</translation>
    </message>
    <message>
        <source>Note moved to the bin</source>
        <translation>メモをごみ箱に移動しました</translation>
    </message>
    <message>
        <source>{n} notes moved to the bin</source>
        <translation>メモ {n} 件をごみ箱に移動しました</translation>
    </message>
    <message>
        <source>Note restored from the bin</source>
        <translation>メモをごみ箱から復元しました</translation>
    </message>
    <message>
        <source>{n} notes restored from the bin</source>
        <translation>メモ {n} 件をごみ箱から復元しました</translation>
    </message>
    <message>
        <source>Action owner and due date</source>
        <translation>行動項目の担当と期限</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD または +7</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>担当(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>期限(&amp;D)</translation>
    </message>
    <message>
        <source>Select one note to see its history.</source>
        <translation>履歴を見るメモを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>本文を編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>スターを付ける / 外す(&amp;S)</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>ごみ箱へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Outcome {n}</source>
        <translation>成果 {n}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>議事項目(&amp;I)</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>議事項目なし</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>発言者(&amp;P)</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>発言者なし</translation>
    </message>
    <message>
        <source>S&amp;upports outcome</source>
        <translation>成果の根拠(&amp;U)</translation>
    </message>
    <message>
        <source>Action &amp;owner and due date…</source>
        <translation>行動項目の担当と期限(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore from the bin</source>
        <translation>ごみ箱から復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>Click to cycle: open → partly achieved → achieved</source>
        <translation>クリックで切り替え: 未着手 → 一部達成 → 達成</translation>
    </message>
    <message>
        <source>Status, comment, evidence</source>
        <translation>状況・コメント・根拠</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>コメント…</translation>
    </message>
    <message>
        <source>Show supporting notes</source>
        <translation>根拠となるメモを表示</translation>
    </message>
    <message>
        <source>1 supporting note</source>
        <translation>根拠メモ 1 件</translation>
    </message>
    <message>
        <source>{n} supporting notes</source>
        <translation>根拠メモ {n} 件</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Envisaged outcomes</source>
        <translation>期待される成果</translation>
    </message>
    <message>
        <source>Outcome comment</source>
        <translation>成果へのコメント</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People on this item</source>
        <translation>この項目の担当者</translation>
    </message>
</context>
<context>
    <name>ProceedingsDialog</name>
    <message>
        <source>Destination file</source>
        <translation>保存先ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>キャンセルしました。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Export proceedings</source>
        <translation>会議録を書き出す</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Sess&amp;ions:</source>
        <translation>セッション(&amp;I):</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Export &amp;action items…</source>
        <translation>行動項目を書き出す(&amp;A)…</translation>
    </message>
    <message>
        <source>Session {code} has no action items; nothing was written.</source>
        <translation>セッション {code} には行動項目がありません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>行動項目を書き出す</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>すべてのセッション(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>表計算 (CSV)</translation>
    </message>
    <message>
        <source>Calendar to-dos (iCalendar)</source>
        <translation>カレンダーの ToDo (iCalendar)</translation>
    </message>
    <message>
        <source>Export p&amp;roceedings…</source>
        <translation>会議録を書き出す(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>保存先ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>選択したセッション</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>すべてのセッション</translation>
    </message>
    <message>
        <source>No session is chosen; nothing was written.</source>
        <translation>セッションが選択されていません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Proceedings saved: {path}</source>
        <translation>会議録を保存しました: {path}</translation>
    </message>
    <message>
        <source>{n} action items saved: {path}</source>
        <translation>行動項目 {n} 件を保存しました: {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>書き出せませんでした: {reason}</translation>
    </message>
    <message>
        <source>&amp;This session ({code})</source>
        <translation>このセッション(&amp;T)（{code}）</translation>
    </message>
    <message>
        <source>No session has action items; nothing was written.</source>
        <translation>行動項目のあるセッションがありません。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The {n} chosen sessions</source>
        <translation>選択した {n} 件のセッション</translation>
    </message>
    <message>
        <source>Day: {day}</source>
        <translation>日付: {day}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>トラック: {track}</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Ready to sign off?</source>
        <translation>承認の準備はできましたか？</translation>
    </message>
    <message>
        <source>What the report is missing; Enter opens the place to fix it</source>
        <translation>報告書に足りないもの。Enter で修正する場所を開きます</translation>
    </message>
    <message>
        <source>The summary is not written</source>
        <translation>概要が書かれていません</translation>
    </message>
    <message>
        <source>Outcome {number} has no status: {text}</source>
        <translation>成果 {number} の状況が未設定です: {text}</translation>
    </message>
    <message>
        <source>Action has no owner: {text}</source>
        <translation>行動項目に担当がありません: {text}</translation>
    </message>
    <message>
        <source>Action has no due date: {text}</source>
        <translation>行動項目に期限がありません: {text}</translation>
    </message>
    <message>
        <source>Note has no agenda item or speaker: {text}</source>
        <translation>メモに議事項目も発言者もありません: {text}</translation>
    </message>
    <message>
        <source>Speaker has no native-script name: {name}</source>
        <translation>発表者の母語での表記がありません: {name}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>不足はありません</translation>
    </message>
    <message>
        <source>Enter or double-click: open the place to fix it</source>
        <translation>Enter またはダブルクリック: 修正する場所を開く</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>ReportMetaDialog</name>
    <message>
        <source>Report details</source>
        <translation>報告書の詳細</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s summary of the session</source>
        <translation>記録担当によるセッションの概要</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>概要(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. about 40 participants</source>
        <translation>例: 約 40 名</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>参加者数(&amp;A)</translation>
    </message>
    <message>
        <source>the moderator&apos;s name</source>
        <translation>モデレーターの名前</translation>
    </message>
    <message>
        <source>Signed off &amp;by</source>
        <translation>承認者(&amp;B)</translation>
    </message>
    <message>
        <source>The moderator signs off the report now</source>
        <translation>モデレーターが今、報告書を承認する</translation>
    </message>
    <message>
        <source>Signed off {when}</source>
        <translation>{when} に承認</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>報告書のプレビュー</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>プレビューを準備中…</translation>
    </message>
    <message>
        <source>Nothing to preview: choose at least one section.</source>
        <translation>プレビューするものがありません。章を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{page} / {count} ページ</translation>
    </message>
    <message>
        <source>The first {shown} of {count} pages:</source>
        <translation>全 {count} ページのうち最初の {shown} ページ:</translation>
    </message>
    <message>
        <source>All {count} page(s):</source>
        <translation>全 {count} ページ:</translation>
    </message>
    <message>
        <source>No preview: {reason}. The export is not affected.</source>
        <translation>プレビューなし: {reason}。書き出しには影響しません。</translation>
    </message>
    <message>
        <source>This shows the PDF layout; the {format} file has the same content laid out by the program that opens it.</source>
        <translation>ここには PDF のレイアウトが表示されます。{format} ファイルの内容は同じで、レイアウトはそれを開くプログラムが行います。</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit を起動できません</translation>
    </message>
    <message>
        <source>Restore that backup? The data file as it is now is backed up first.</source>
        <translation>そのバックアップを復元しますか？現在のデータファイルは先にバックアップされます。</translation>
    </message>
    <message>
        <source>Notes are missing from the data file</source>
        <translation>データファイルからメモが失われています</translation>
    </message>
    <message>
        <source>The backup from {when} holds {count} notes that are missing from the data file (its journal, sessionkit.db-wal, was probably deleted).</source>
        <translation>{when} のバックアップには、データファイルにないメモが {count} 件あります（データファイルのジャーナル sessionkit.db-wal が削除された可能性があります）。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Keep the data file as it is</source>
        <translation>データファイルをそのままにする</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the note box text</source>
        <translation>メモ欄のテキストを保存</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The note box is not saved</source>
        <translation>メモ欄が保存されていません</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is backed up first):</source>
        <translation>現在のデータをこのバックアップで置き換えます（現在のデータは先にバックアップされます）:</translation>
    </message>
    <message>
        <source>Save the text as…</source>
        <translation>テキストを名前を付けて保存…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>保存せずに終了</translation>
    </message>
    <message>
        <source>Keep SessionKit open</source>
        <translation>SessionKit を開いたままにする</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>The note box could not be saved first; nothing was restored.</source>
        <translation>先にメモ欄を保存できなかったため、何も復元していません。</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>別のプロセス</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>データファイルが破損しています</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Not saved — {reason}. Your text is still here; saving is retried every few seconds.</source>
        <translation>保存されていません — {reason}。入力した文章は残っています。数秒ごとに保存を再試行します。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The note box could not be saved ({reason}). Its text is still in the window.

Keep SessionKit open to retry, or save the text to another file first.</source>
        <translation>メモ欄を保存できませんでした（{reason}）。文章はまだウィンドウに残っています。

SessionKit を開いたままにして再試行するか、先に文章を別のファイルに保存してください。</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: all your notes are safe in backup {id} — keep working, and restart SessionKit when you can.</source>
        <translation>SessionKit の実行中にデータファイルのジャーナル（sessionkit.db-wal）が削除されました: メモはすべてバックアップ {id} に無事保存されています — そのまま作業を続け、都合のよいときに SessionKit を再起動してください。</translation>
    </message>
    <message>
        <source>SessionKit is already running with this data folder ({who}):
{folder}

Only one SessionKit at a time may write the notes of a data folder, so this one will not start.</source>
        <translation>このデータフォルダーはすでに SessionKit で使用中です（{who}）:
{folder}

1 つのデータフォルダーのメモに書き込めるのは一度に 1 つの SessionKit だけなので、こちらは起動しません。</translation>
    </message>
    <message>
        <source>SessionKit is already running</source>
        <translation>SessionKit はすでに起動しています</translation>
    </message>
    <message>
        <source>The data file is damaged ({reason}).

It was moved aside to {moved} — nothing was deleted.</source>
        <translation>データファイルが破損しています（{reason}）。

{moved} に退避しました — 何も削除していません。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Start with an empty data file</source>
        <translation>空のデータファイルで開始</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>復元できる正常なバックアップがありません。</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>バックアップに失敗しました: {reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: SessionKit rebuilt it, and all your notes are also in backup {id}.</source>
        <translation>SessionKit の実行中にデータファイルのジャーナル（sessionkit.db-wal）が削除されました: SessionKit が作り直しました。メモはすべてバックアップ {id} にも保存されています。</translation>
    </message>
    <message>
        <source>{when} — {notes} notes ({reason})</source>
        <translation>{when} — メモ {notes} 件（{reason}）</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>プロセス {pid}</translation>
    </message>
    <message>
        <source>Bring it forward</source>
        <translation>そちらを前面に出す</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This data file was written by a newer SessionKit and was left untouched. Update SessionKit to open it.

{reason}</source>
        <translation>このデータファイルは新しいバージョンの SessionKit で書かれたため、変更せずにそのままにしています。開くには SessionKit を更新してください。

{reason}</translation>
    </message>
    <message>
        <source>The data could not be opened:

{reason}</source>
        <translation>データを開けませんでした:

{reason}</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} に書き込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running and the backup of your notes failed ({reason}): keep SessionKit open, it retries every few seconds.</source>
        <translation>SessionKit の実行中にデータファイルのジャーナル（sessionkit.db-wal）が削除され、メモのバックアップに失敗しました（{reason}）: SessionKit を開いたままにしてください。数秒ごとに再試行します。</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>バックアップを復元できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({notes} notes). Restore it?</source>
        <translation>最新の正常なバックアップは {when} のものです（メモ {notes} 件）。復元しますか？</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>メモを検索</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>Words to find in every session&apos;s notes…</source>
        <translation>すべてのセッションのメモから探す言葉…</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>「{q}」は見つかりませんでした。</translation>
    </message>
    <message>
        <source>{n} found — Enter or double-click opens one</source>
        <translation>{n} 件見つかりました — Enter またはダブルクリックで開く</translation>
    </message>
    <message>
        <source>{code} {title} · session</source>
        <translation>{code} {title} · セッション</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <source>Secretariat &amp;view…</source>
        <translation>事務局ビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Secretariat view: every session&apos;s notes, outcomes, actions and report</source>
        <translation>事務局ビュー: 全セッションのメモ・成果・行動項目・報告書</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Key
messages</source>
        <translation>主要
メッセージ</translation>
    </message>
    <message>
        <source>Outcomes
achieved</source>
        <translation>達成した
成果</translation>
    </message>
    <message>
        <source>Actions
incomplete</source>
        <translation>情報不足の
行動項目</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告書</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>別の端末</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未書き出し</translation>
    </message>
    <message>
        <source>⚠ Out of date</source>
        <translation>⚠ 古い版</translation>
    </message>
    <message>
        <source>The report has not been exported from this computer yet.</source>
        <translation>このコンピューターからはまだ報告書を書き出していません。</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>メモはまだありません</translation>
    </message>
    <message>
        <source>✓ {when}</source>
        <translation>✓ {when}</translation>
    </message>
    <message>
        <source>Exported {when} as {format}.</source>
        <translation>{when} に {format} で書き出しました。</translation>
    </message>
    <message>
        <source>Notes changed after the export: export it again.</source>
        <translation>書き出し後にメモが変更されました。もう一度書き出してください。</translation>
    </message>
    <message>
        <source>{when} · {device}</source>
        <translation>{when} · {device}</translation>
    </message>
    <message>
        <source>Actions without an owner or a due date, of all actions</source>
        <translation>担当または期限のない行動項目 / 全行動項目</translation>
    </message>
    <message>
        <source>Outcomes achieved, of all outcomes (and how many have no status yet)</source>
        <translation>達成した成果 / 全成果（状況が未設定の数）</translation>
    </message>
    <message>
        <source>{text} ({open} open)</source>
        <translation>{text}（未着手 {open}）</translation>
    </message>
    <message>
        <source>⚠ {n}/{total}</source>
        <translation>⚠ {n}/{total}</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>日時未定</translation>
    </message>
    <message>
        <source>{achieved} achieved, {partly} partly, {not_achieved} not achieved, {open} with no status yet</source>
        <translation>達成 {achieved}、一部達成 {partly}、未達成 {not_achieved}、状況未設定 {open}</translation>
    </message>
    <message>
        <source>{n} of {total} actions lack an owner or a due date</source>
        <translation>行動項目 {total} 件中 {n} 件に担当または期限がありません</translation>
    </message>
    <message>
        <source>Latest note written, edited or binned: {when}, from {device}</source>
        <translation>メモの最後の作成・編集・ごみ箱への移動: {when}（{device}）</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Report not exported (or out of date)</source>
        <translation>報告書が未書き出し（または古い版）</translation>
    </message>
    <message>
        <source>Actions without owner or due date</source>
        <translation>担当または期限のない行動項目</translation>
    </message>
    <message>
        <source>Outcomes with no status yet</source>
        <translation>状況が未設定の成果</translation>
    </message>
    <message>
        <source>SessionKit — Secretariat view</source>
        <translation>SessionKit — 事務局ビュー</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>セッションを検索</translation>
    </message>
    <message>
        <source>Code, title, room or track</source>
        <translation>コード・タイトル・会場・トラック</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Export &amp;proceedings…</source>
        <translation>会議録を書き出す(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>セッションを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>すべてのトラック</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>トラック(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F):</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>一致するセッションはありません。</translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation>セッションを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>セッション {total} 件中 {n} 件</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit session — {code}</source>
        <translation>セッションを編集 — {code}</translation>
    </message>
    <message>
        <source>Speaker &amp;cards</source>
        <translation>発表者カード(&amp;C)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>Date and start time known</source>
        <translation>日付と開始時刻が決まっている</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Paragraphs separated by a blank line</source>
        <translation>段落は空行で区切ります</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>URL or local file</source>
        <translation>URL またはローカルファイル</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>資料を追加</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>資料を削除</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会場(&amp;R)</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>トラック(&amp;K)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>タグ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始日時(&amp;S)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>タイムゾーン(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Participants will develop their understanding of:</source>
        <translation>例: 参加者は次の点について理解を深めます:</translation>
    </message>
    <message>
        <source>Lead-&amp;in</source>
        <translation>導入文(&amp;I)</translation>
    </message>
    <message>
        <source>Envisaged outcomes, in order (double-click to edit):</source>
        <translation>期待される成果（順番どおり。ダブルクリックで編集）:</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>成果を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>成果(&amp;O)</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>新しい成果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>人物を追加…</translation>
    </message>
    <message>
        <source>Remove from session</source>
        <translation>セッションから外す</translation>
    </message>
    <message>
        <source>Positions, bios, photos and intro cues: see the Speaker cards tab.</source>
        <translation>役職・略歴・写真・紹介メモは「発表者カード」タブで編集します。</translation>
    </message>
    <message>
        <source>&amp;People and roles</source>
        <translation>人物と役割(&amp;P)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>人物を追加</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <source>Not saved: the start is not a real date and time.</source>
        <translation>保存されていません: 開始日時が実在する日時ではありません。</translation>
    </message>
    <message>
        <source>Every document needs a title.</source>
        <translation>資料にはそれぞれタイトルが必要です。</translation>
    </message>
    <message>
        <source>An envisaged outcome cannot be empty.</source>
        <translation>期待される成果を空にすることはできません。</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>{time} に保存しました。</translation>
    </message>
</context>
<context>
    <name>SessionSwitcher</name>
    <message>
        <source>(no date or room yet)</source>
        <translation>（日時・会場は未定）</translation>
    </message>
    <message>
        <source>“{code} — {title}” is running live.</source>
        <translation>「{code} — {title}」は進行中です。</translation>
    </message>
    <message>
        <source>“{code} — {title}” is paused in the middle of its live run.</source>
        <translation>「{code} — {title}」は進行の途中で一時停止しています。</translation>
    </message>
    <message>
        <source>If you open another session now, the stage display closes and this session&apos;s clock keeps counting; open it again (Session → Open…) to carry on where you are.</source>
        <translation>いま別のセッションを開くと、ステージ表示は閉じ、このセッションのタイマーは動き続けます。続きから進めるには、このセッションをもう一度開いてください（セッション → 開く…）。</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>セッションが進行中です</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>このセッションを続ける</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>&amp;Type part of a code, title, date or room:</source>
        <translation>コード・タイトル・日付・会場の一部を入力(&amp;T):</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>セッションを絞り込む</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another session (type to find it)</source>
        <translation>別のセッションを開く（入力して検索）</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>「{code}」を開く</translation>
    </message>
    <message>
        <source>That session no longer exists (it may be in the bin).</source>
        <translation>そのセッションはもうありません（ごみ箱にあるかもしれません）。</translation>
    </message>
    <message>
        <source>Opened {code} — {title}</source>
        <translation>開きました: {code} — {title}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>セッション {total} 件中 {n} 件</translation>
    </message>
    <message>
        <source>No session matches “{text}”.</source>
        <translation>「{text}」に一致するセッションはありません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>システムの設定（{language}）</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>報告書の言語</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>報告書の見出しや項目名の言語。メモは入力したままです</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>報告書の言語(&amp;R):</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a network share keeps in step across laptops: SessionKit writes its sessions there and merges the others&apos;</source>
        <translation>Syncthing、Nextcloud、ネットワーク共有などでノートパソコン間の同期が保たれるフォルダーです。SessionKit はここに自分のセッションを書き込み、ほかのノートパソコンのセッションを統合します</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>チームフォルダー(&amp;T):</translation>
    </message>
    <message>
        <source>A new language applies the next time SessionKit starts. The report language applies to the next export.</source>
        <translation>表示言語の変更は SessionKit を次に起動したときに反映されます。報告書の言語は次の書き出しから反映されます。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定が保存されていません</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>設定を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on the local network</source>
        <translation>ローカルネットワークで共有</translation>
    </message>
    <message>
        <source>Phones and laptops on the same network (Wi-Fi or cable) see the clock in a browser; no internet is needed. Nothing is shared until you start.</source>
        <translation>同じネットワーク（Wi-Fi または有線）につながったスマートフォンやノートパソコンのブラウザーでタイマーを表示できます。インターネットは不要です。開始するまで何も共有されません。</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Empty: {port}, or a free port if {port} is taken.</source>
        <translation>空欄の場合: {port}。{port} が使用中なら空いているポート。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Allow &amp;remote control from a phone</source>
        <translation>スマートフォンからのリモート操作を許可(&amp;R)</translation>
    </message>
    <message>
        <source>Remote control gets its own address and QR code: next, previous, +1 minute, pause and stage message. Give it only to your team.</source>
        <translation>リモート操作には専用のアドレスと QR コードが用意されます（次へ、前へ、+1 分、一時停止、ステージへのメッセージ）。チームのメンバーにだけ渡してください。</translation>
    </message>
    <message>
        <source>QR code of the stage view</source>
        <translation>ステージ表示の QR コード</translation>
    </message>
    <message>
        <source>Scan with the phone at the lectern: the stage view.</source>
        <translation>演台のスマートフォンで読み取ると、ステージ表示が開きます。</translation>
    </message>
    <message>
        <source>QR code of the remote control</source>
        <translation>リモート操作の QR コード</translation>
    </message>
    <message>
        <source>Remote control: anyone with this code can drive the clock.</source>
        <translation>リモート操作: このコードがあれば誰でもタイマーを操作できます。</translation>
    </message>
    <message>
        <source>Pairing code for a rapporteur&apos;s laptop (Live → Follow a moderator…):</source>
        <translation>記録担当のノートパソコン用のペアリングコード（進行 → モデレーターの進行に連動…）:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>ペアリングコード</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>ステージ表示:</translation>
    </message>
    <message>
        <source>Cue card:</source>
        <translation>進行カード:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>議事次第:</translation>
    </message>
    <message>
        <source>Remote control:</source>
        <translation>リモート操作:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the address: {what}</source>
        <translation>アドレスをコピー: {what}</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>共有を開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>共有を停止(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Sharing goes on; Live menu → Sharing on… shows this again.</source>
        <translation>共有は続きます。「進行」メニュー → 「共有中: …」でこの画面をもう一度表示できます。</translation>
    </message>
    <message>
        <source>No network to share on: connect this computer to the room&apos;s Wi-Fi or cable, then open this again.</source>
        <translation>共有できるネットワークがありません。このコンピューターを会場の Wi-Fi または有線 LAN に接続してから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>The port is a number from {low} to {high}; leave it empty for the automatic one.</source>
        <translation>ポートは {low} から {high} までの数値です。自動にするには空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Sharing on {where} (port {port})</source>
        <translation>共有中: {where}（ポート {port}）</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>アドレス: {address}</translation>
    </message>
    <message>
        <source>Connected: {n}</source>
        <translation>接続中: {n}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <source>Sharing could not start ({kind}). Nothing is shared.</source>
        <translation>共有を開始できませんでした（{kind}）。何も共有されていません。</translation>
    </message>
    <message>
        <source>Share on the local &amp;network…</source>
        <translation>ローカルネットワークで共有(&amp;N)…</translation>
    </message>
    <message>
        <source>Show the clock on phones and laptops in the room, with no internet</source>
        <translation>インターネットなしで、会場のスマートフォンやノートパソコンにタイマーを表示</translation>
    </message>
    <message>
        <source>This laptop follows a moderator; their laptop shares the clock. Live → Stop following to share this laptop&apos;s own run.</source>
        <translation>このノートパソコンはモデレーターの進行に連動しています。時計の共有はモデレーターのパソコンが行います。このパソコン自身の進行を共有するには、進行 → 連動を停止を選んでください。</translation>
    </message>
    <message>
        <source>This copy of SessionKit cannot share the run: its network server is missing ({name}).</source>
        <translation>この SessionKit では進行を共有できません: ネットワークサーバー（{name}）がありません。</translation>
    </message>
    <message>
        <source>The network refused to share the run: {reason}.</source>
        <translation>ネットワークで進行を共有できませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Show the addresses, the pairing code and the QR code</source>
        <translation>アドレス・ペアリングコード・QR コードを表示</translation>
    </message>
    <message>
        <source>The session has finished. Reset the live run to start again.</source>
        <translation>セッションは終了しました。もう一度始めるには進行をリセットしてください。</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting the session.</source>
        <translation>議事次第が空です。セッションを開始する前に項目を追加してください。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>next item</source>
        <translation>次の項目</translation>
    </message>
    <message>
        <source>previous item</source>
        <translation>前の項目</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 分</translation>
    </message>
    <message>
        <source>pause / resume</source>
        <translation>一時停止 / 再開</translation>
    </message>
    <message>
        <source>stage message</source>
        <translation>ステージへのメッセージ</translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation>セッションは進行中ではありません。</translation>
    </message>
    <message>
        <source>Remote control: {action}</source>
        <translation>リモート操作: {action}</translation>
    </message>
    <message>
        <source>Shari&amp;ng on {where}…</source>
        <translation>共有中(&amp;N): {where}…</translation>
    </message>
    <message>
        <source>Sharing on the network · {n} connected</source>
        <translation>ネットワークで共有中 · {n} 台接続中</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>これが最初の項目です。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>不明な操作です。</translation>
    </message>
</context>
<context>
    <name>SpeakerCard</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>母語での表記</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓を先に表記</translation>
    </message>
    <message>
        <source>Optional local image file</source>
        <translation>ローカルの画像ファイル（任意）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>略歴</translation>
    </message>
    <message>
        <source>What the moderator says to introduce them</source>
        <translation>モデレーターが紹介するときの言葉</translation>
    </message>
    <message>
        <source>Intro cue</source>
        <translation>紹介メモ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>発表者なし</translation>
    </message>
    <message>
        <source>Intro: {cue}</source>
        <translation>紹介: {cue}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>写真を選ぶ</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>表示名を空にすることはできません。</translation>
    </message>
    <message>
        <source>The photo file does not exist: {path}</source>
        <translation>写真ファイルが見つかりません: {path}</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>発表者</translation>
    </message>
    <message>
        <source>No speakers yet.</source>
        <translation>発表者はまだいません。</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <source>SessionKit — stage display</source>
        <translation>SessionKit — ステージ表示</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要メッセージ</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>まもなく開始</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>ありがとうございました</translation>
    </message>
</context>
<context>
    <name>StageMessage</name>
    <message>
        <source>Please wrap up</source>
        <translation>まとめに入ってください</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>残り 5 分</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>時間です</translation>
    </message>
    <message>
        <source>Please use the microphone</source>
        <translation>マイクをお使いください</translation>
    </message>
    <message>
        <source>Questions from the floor next</source>
        <translation>次は会場からの質問です</translation>
    </message>
</context>
<context>
    <name>StageMessageDialog</name>
    <message>
        <source>Message to the stage</source>
        <translation>ステージへのメッセージ</translation>
    </message>
    <message>
        <source>Shown on the stage display until you clear it ({key}).</source>
        <translation>消すまでステージ表示に表示されます（{key}）。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>TeamFolder</name>
    <message>
        <source>&amp;Team folder status…</source>
        <translation>チームフォルダーの状態(&amp;T)…</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>チームフォルダー</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>チームフォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Team folder status</source>
        <translation>チームフォルダーの状態</translation>
    </message>
    <message>
        <source>Devices that contributed to each session</source>
        <translation>各セッションに書き込んだ端末</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Session / device</source>
        <translation>セッション / 端末</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>No team folder is chosen. Choose one in File → Settings… to share sessions with other laptops.</source>
        <translation>チームフォルダーが選択されていません。ほかのノートパソコンとセッションを共有するには、「ファイル → 設定…」で選択してください。</translation>
    </message>
    <message>
        <source>Team folder: {folder}</source>
        <translation>チームフォルダー: {folder}</translation>
    </message>
    <message>
        <source>This device: {name}</source>
        <translation>この端末: {name}</translation>
    </message>
    <message>
        <source>Team folder not used</source>
        <translation>チームフォルダーを使用できません</translation>
    </message>
    <message>
        <source>Last pass failed: {reason}</source>
        <translation>前回の同期に失敗しました: {reason}</translation>
    </message>
    <message>
        <source>A pass is running…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Not merged (yet): {files}</source>
        <translation>まだ統合されていないファイル: {files}</translation>
    </message>
    <message>
        <source>Last pass {time}: {written} written, {merged} merged.</source>
        <translation>前回の同期 {time}: 書き込み {written} 件、統合 {merged} 件。</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}（この端末）</translation>
    </message>
</context>
<context>
    <name>TimeCardsDialog</name>
    <message>
        <source>Stage time cards</source>
        <translation>タイムキープカード</translation>
    </message>
    <message>
        <source>One key puts a card on the stage display at once. The cards are kept with this session.</source>
        <translation>キー 1 つでカードをすぐにステージ表示に出せます。カードはこのセッションに保存されます。</translation>
    </message>
    <message>
        <source>Time card {n}</source>
        <translation>タイムキープカード {n}</translation>
    </message>
    <message>
        <source>Built-in cards</source>
        <translation>標準のカード</translation>
    </message>
</context>
</TS>
