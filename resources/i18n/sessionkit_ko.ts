<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add item</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>항목 이동</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>항목 편집</translation>
    </message>
    <message>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>진행 항목</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>항목 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Key: Insert</source>
        <translation>키: Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Key: Delete</source>
        <translation>키: Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로(&amp;U)</translation>
    </message>
    <message>
        <source>Key: Alt+Up</source>
        <translation>키: Alt+↑</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로(&amp;D)</translation>
    </message>
    <message>
        <source>Key: Alt+Down</source>
        <translation>키: Alt+↓</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>담당자(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Key: Ctrl+Z</source>
        <translation>키: Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Undo agenda edit</source>
        <translation>진행 순서 편집 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo agenda edit</source>
        <translation>진행 순서 편집 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min · {start}–{end}</source>
        <translation>예정 합계: {minutes}분 · {start}–{end}</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min (set the session&apos;s start time to see the end time)</source>
        <translation>예정 합계: {minutes}분 (세션 시작 시각을 설정하면 종료 시각이 표시됩니다)</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>People</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Moderator&apos;s cue</source>
        <translation>사회자 진행 멘트</translation>
    </message>
</context>
<context>
    <name>AgendaEditorDialog</name>
    <message>
        <source>Agenda — {code}</source>
        <translation>진행 순서 — {code}</translation>
    </message>
    <message>
        <source>Edits are saved at once. Ctrl+Z undoes the last one.</source>
        <translation>편집 내용은 바로 저장됩니다. Ctrl+Z로 마지막 편집을 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>진행 순서</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min</source>
        <translation>예정 합계: {minutes}분</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Some bundled sessions were skipped</source>
        <translation>기본 제공 세션 일부를 건너뛰었습니다</translation>
    </message>
    <message>
        <source>No session to open: {reason}</source>
        <translation>열 세션이 없습니다: {reason}</translation>
    </message>
    <message>
        <source>These session files could not be read:

{errors}</source>
        <translation>다음 세션 파일을 읽을 수 없습니다:

{errors}</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin — deleted sessions</source>
        <translation>휴지통 — 삭제한 세션</translation>
    </message>
    <message>
        <source>Deleted sessions</source>
        <translation>삭제한 세션</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>{code} — {title} (deleted {when}, {n} notes)</source>
        <translation>{code} — {title} ({when} 삭제, 메모 {n}개)</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>Add the note (an action first asks for owner and due date)</source>
        <translation>메모 추가 (조치 항목이면 먼저 담당자와 기한을 묻습니다)</translation>
    </message>
    <message>
        <source>In the owner field: Tab to the due date; Enter adds the action</source>
        <translation>담당자 칸에서: Tab으로 기한으로 이동, Enter로 조치 추가</translation>
    </message>
    <message>
        <source>From the owner/due fields or the notes list: back to the note box</source>
        <translation>담당자·기한 칸이나 메모 목록에서 메모 입력란으로 돌아가기</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next agenda item</source>
        <translation>메모에 붙일 진행 항목을 이전 / 다음으로 바꾸기</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next speaker</source>
        <translation>메모에 붙일 발표자를 이전 / 다음으로 바꾸기</translation>
    </message>
    <message>
        <source>Credit notes to the item&apos;s 1st…9th person (during the live run)</source>
        <translation>메모의 발표자를 항목의 1…9번째 담당자로 지정 (진행 중)</translation>
    </message>
    <message>
        <source>The note supports envisaged outcome 1…9 (toggle)</source>
        <translation>메모를 기대 성과 1…9의 근거로 지정 (전환)</translation>
    </message>
    <message>
        <source>Go to the notes list</source>
        <translation>메모 목록으로 이동</translation>
    </message>
    <message>
        <source>Search all sessions&apos; notes</source>
        <translation>모든 세션의 메모 검색</translation>
    </message>
    <message>
        <source>Report details: summary, attendance, sign-off</source>
        <translation>보고서 세부 정보: 요약, 참석자, 승인</translation>
    </message>
    <message>
        <source>Edit the note&apos;s text in place (Enter saves, Shift+Enter starts a new line, Esc cancels)</source>
        <translation>메모 내용을 바로 편집 (Enter로 저장, Shift+Enter로 줄 바꿈, Esc로 취소)</translation>
    </message>
    <message>
        <source>Move the selected notes to the bin (in the bin: restore them); a &quot;Moved to the bin — Undo&quot; line appears</source>
        <translation>선택한 메모를 휴지통으로 이동 (휴지통에서는 복원). &quot;메모를 휴지통으로 옮겼습니다 — 실행 취소&quot; 줄이 나타납니다</translation>
    </message>
    <message>
        <source>Undo the last move to the bin (or back); Ctrl+Shift+Z or Ctrl+Y redoes it</source>
        <translation>마지막 휴지통 이동(또는 복원)을 실행 취소. Ctrl+Shift+Z 또는 Ctrl+Y로 다시 실행</translation>
    </message>
    <message>
        <source>Star / unstar the selected notes</source>
        <translation>선택한 메모에 별표 달기 / 해제</translation>
    </message>
    <message>
        <source>History of the note (restore an earlier version)</source>
        <translation>메모 기록 (이전 버전으로 복원)</translation>
    </message>
    <message>
        <source>Change the kind of the selected notes</source>
        <translation>선택한 메모의 종류 변경</translation>
    </message>
    <message>
        <source>Link / unlink the selected notes as evidence for outcome 1…9</source>
        <translation>선택한 메모를 성과 1…9의 근거로 연결 / 해제</translation>
    </message>
    <message>
        <source>In the notes list:</source>
        <translation>메모 목록에서:</translation>
    </message>
    <message>
        <source>Next note is a: {kind}</source>
        <translation>다음 메모 종류: {kind}</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Capture</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>The kind of the next note (Ctrl+1 … Ctrl+7)</source>
        <translation>다음 메모의 종류 (Ctrl+1 … Ctrl+7)</translation>
    </message>
    <message>
        <source>Agenda item stamped on new notes when no live run is going (Ctrl+Up / Ctrl+Down)</source>
        <translation>진행 중이 아닐 때 새 메모에 붙일 진행 항목 (Ctrl+↑ / Ctrl+↓)</translation>
    </message>
    <message>
        <source>Speaker stamped on new notes when no live run is going (Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation>진행 중이 아닐 때 새 메모에 붙일 발표자 (Ctrl+Shift+↑ / Ctrl+Shift+↓)</translation>
    </message>
    <message>
        <source>New notes are stamped with the item and speaker of the live run</source>
        <translation>새 메모에는 진행 중인 항목과 발표자가 붙습니다</translation>
    </message>
    <message>
        <source>Notes are credited to this person. Ctrl+Shift+Up / Ctrl+Shift+Down: previous / next person of the item; Alt+Shift+1…9: the nth person</source>
        <translation>메모는 이 사람의 발언으로 기록됩니다. Ctrl+Shift+↑ / Ctrl+Shift+↓: 항목의 이전 / 다음 담당자, Alt+Shift+1…9: n번째 담당자</translation>
    </message>
    <message>
        <source>Type a note… Ctrl+Enter adds it · Ctrl+1…7 sets its kind</source>
        <translation>메모 입력… Ctrl+Enter로 추가 · Ctrl+1…7로 종류 지정</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>메모 입력란</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>who will do it</source>
        <translation>누가 할지</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD 또는 +7</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds · F1 lists the keys</source>
        <translation>Ctrl+Enter로 추가 · F1로 단축키 목록</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>진행 항목 없음</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>발표자 없음</translation>
    </message>
    <message>
        <source>There is no speaker {n} on this item.</source>
        <translation>이 항목에는 {n}번째 발표자가 없습니다.</translation>
    </message>
    <message>
        <source>There is no speaker {n}.</source>
        <translation>{n}번째 발표자가 없습니다.</translation>
    </message>
    <message>
        <source>Live: {context}</source>
        <translation>진행 중: {context}</translation>
    </message>
    <message>
        <source>no item</source>
        <translation>항목 없음</translation>
    </message>
    <message>
        <source>Speaker: {name} ({n} of {total})</source>
        <translation>발표자: {name} ({n} / {total})</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>발표자: {name}</translation>
    </message>
    <message>
        <source>Speaker: nobody yet (Ctrl+Shift+Down picks one)</source>
        <translation>발표자: 아직 없음 (Ctrl+Shift+↓로 선택)</translation>
    </message>
    <message>
        <source>There is no outcome {n}.</source>
        <translation>성과 {n}은(는) 없습니다.</translation>
    </message>
    <message>
        <source>Supports outcome {list}</source>
        <translation>성과 {list}의 근거</translation>
    </message>
    <message>
        <source>Action: type the owner, Tab to the due date, Enter to add (Esc: back to the note)</source>
        <translation>조치: 담당자를 입력하고 Tab으로 기한, Enter로 추가 (Esc: 메모로 돌아가기)</translation>
    </message>
    <message>
        <source>Due date: {reason}</source>
        <translation>기한: {reason}</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>추가되지 않았습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptureTools</name>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>메모 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the notes &amp;list</source>
        <translation>메모 목록으로 이동(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the note &amp;box</source>
        <translation>메모 입력란으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Report details…</source>
        <translation>보고서 세부 정보(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CueCard</name>
    <message>
        <source>SessionKit — cue card</source>
        <translation>SessionKit — 진행 카드</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>발표자 없음</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>다음: {name}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>다음: {title}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>예: 2026-11-18 14:30</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time that exists; write it as 2026-11-18 14:30 (year-month-day hours:minutes).</source>
        <translation>“{text}”은(는) 존재하는 날짜와 시각이 아닙니다. 2026-11-18 14:30 (연-월-일 시:분) 형식으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About SessionKit</source>
        <translation>SessionKit 정보</translation>
    </message>
    <message>
        <source>Add the note in the box (stamped with the time)</source>
        <translation>입력란의 메모 추가 (시각이 기록됨)</translation>
    </message>
    <message>
        <source>Move between the note box and other controls</source>
        <translation>메모 입력란과 다른 컨트롤 사이 이동</translation>
    </message>
    <message>
        <source>Quit (the draft is saved first)</source>
        <translation>종료 (작성 중인 메모는 먼저 저장됨)</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>이 단축키 목록</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>SessionKit {version}

An offline kit for a conference session&apos;s moderator and rapporteur: agenda, clock, notes and the post-session report.

Everything stays on this computer; SessionKit never uses the internet. It uses the local network only while you share the live run or follow a moderator.</source>
        <translation>SessionKit {version}

회의 세션의 사회자와 기록자를 위한 오프라인 도구: 진행 순서, 시계, 메모, 세션 결과 보고서.

모든 데이터는 이 컴퓨터에만 저장되며, SessionKit은 인터넷을 전혀 사용하지 않습니다. 로컬 네트워크는 진행을 공유하거나 사회자를 따라가는 동안에만 사용합니다.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>the disk did not answer in time</source>
        <translation>디스크가 제시간에 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>the note box could not be saved</source>
        <translation>메모 입력란을 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export session package</source>
        <translation>세션 패키지 내보내기</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>패키지 파일</translation>
    </message>
    <message>
        <source>Where to save the package</source>
        <translation>패키지를 저장할 위치</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>세션:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>One file with the session, its people, agenda, outcomes and every note. Send it by USB, e-mail or a synced folder; the organisers merge it with File → Merge package…</source>
        <translation>세션, 참여자, 진행 순서, 성과, 모든 메모를 담은 파일 하나입니다. USB, 이메일, 동기화 폴더로 보내면 주최 측이 파일 → 패키지 병합…으로 합칩니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json);;All files (*)</source>
        <translation>SessionKit 패키지 (*.sessionkit.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose a session and a file first.</source>
        <translation>먼저 세션과 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Package saved: {path}</source>
        <translation>패키지를 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>The package was not exported: {reason}</source>
        <translation>패키지를 내보내지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>보고서 형식</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>용지 크기(&amp;P):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>보고서 제목과 항목 이름의 언어. 메모는 입력한 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>보고서 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>보고서 템플릿</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo, colours, header and footer</source>
        <translation>기관의 로고, 색상, 머리글, 바닥글</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a report template</source>
        <translation>보고서 템플릿 추가</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>포함할 부분</translation>
    </message>
    <message>
        <source>Include the &amp;annex (all notes in time order)</source>
        <translation>부록 포함(&amp;A) (전체 메모를 시간순으로)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>내보내기 진행 상황</translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>내보내기 경고</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>폴더 보기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>세션 정보</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Envisaged outcomes</source>
        <translation>기대 성과</translation>
    </message>
    <message>
        <source>Agenda: planned and actual</source>
        <translation>진행 순서: 계획과 실제</translation>
    </message>
    <message>
        <source>The run in pictures</source>
        <translation>그림으로 보는 진행</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>Presentation notes</source>
        <translation>발표 기록</translation>
    </message>
    <message>
        <source>Discussion and Q&amp;&amp;A</source>
        <translation>토론 및 질의응답</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>권고 사항</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>This session&apos;s template</source>
        <translation>이 세션의 템플릿</translation>
    </message>
    <message>
        <source>Template not remembered</source>
        <translation>템플릿을 기억하지 못함</translation>
    </message>
    <message>
        <source>The report was saved, but its template could not be remembered for this session: {reason}</source>
        <translation>보고서는 저장되었지만 이 세션의 템플릿으로 기억하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Template refused</source>
        <translation>템플릿을 사용할 수 없음</translation>
    </message>
    <message>
        <source>This report template cannot be used: {reason}</source>
        <translation>이 보고서 템플릿은 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Choose a report template</source>
        <translation>보고서 템플릿 선택</translation>
    </message>
    <message>
        <source>Report templates (*.toml)</source>
        <translation>보고서 템플릿 (*.toml)</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>보고서를 저장할 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting the report to {path}…</source>
        <translation>보고서를 {path}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>보고서를 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>⚠ Warnings ({n}):</source>
        <translation>⚠ 경고 ({n}개):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Export cancelled; the file at the destination was not changed.</source>
        <translation>내보내기를 취소했습니다. 저장 위치의 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The report was not exported.</source>
        <translation>보고서를 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The report could not be exported: {reason}</source>
        <translation>보고서를 내보낼 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>보고서를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>{count} character(s) that no bundled font has were printed as {placeholder} ({total} in all): {chars}</source>
        <translation>번들 글꼴에 없는 문자 {count}종을 {placeholder}(으)로 인쇄했습니다 (모두 {total}곳): {chars}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> 외 {n}종</translation>
    </message>
</context>
<context>
    <name>Follow</name>
    <message>
        <source>Follow a moderator</source>
        <translation>사회자 진행 따라가기</translation>
    </message>
    <message>
        <source>Notes typed here get the item and speaker the moderator is running. Their screen (Live → Share on the local network…) shows the address and the code.</source>
        <translation>여기서 입력한 메모에는 사회자가 진행 중인 항목과 발표자가 붙습니다. 주소와 코드는 사회자의 화면(진행 → 로컬 네트워크에 공유…)에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>페어링 코드(&amp;C):</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>This laptop shares its own run on the network. Stop sharing first (Live → Sharing on…), then follow the moderator.</source>
        <translation>이 노트북은 자신의 진행을 네트워크에 공유하고 있습니다. 먼저 공유를 중지한 다음(진행 → 공유 중…) 사회자를 따라가세요.</translation>
    </message>
    <message>
        <source>Following {address} — reconnecting…</source>
        <translation>{address} 따라가는 중 — 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>The moderator&apos;s run drives this clock; Live → Stop following to drive it yourself.</source>
        <translation>이 시계는 사회자의 진행에 따라 움직입니다. 직접 조작하려면 진행 → 따라가기 중지를 선택하세요.</translation>
    </message>
    <message>
        <source>Following {address}</source>
        <translation>{address} 따라가는 중</translation>
    </message>
    <message>
        <source>Following {address} — link lost — stamping with the last known item; reconnecting by itself</source>
        <translation>{address} 따라가는 중 — 연결 끊김 — 마지막으로 받은 항목을 메모에 붙이는 중, 자동으로 다시 연결합니다</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>{address}에 연결하는 중…</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>세션 종료</translation>
    </message>
    <message>
        <source>Waiting for the moderator to start</source>
        <translation>사회자가 시작하기를 기다리는 중</translation>
    </message>
    <message>
        <source>The moderator&apos;s run: {code} — {title}</source>
        <translation>사회자 진행: {code} — {title}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>무대 표시 중: “{message}”</translation>
    </message>
    <message>
        <source>The moderator runs {code} — {title}. Open that session (Session → Open…) and follow from there.</source>
        <translation>사회자가 진행 중인 세션은 {code} — {title}입니다. 그 세션을 연 다음(세션 → 열기…) 거기서 따라가세요.</translation>
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
        <translation>장소: {room}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>트랙: {track}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>태그: {tags}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>메모 기록</translation>
    </message>
    <message>
        <source>Now: {kind} — last changed {when}</source>
        <translation>현재: {kind} — 마지막 변경 {when}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {text}</source>
        <translation>{when} · {kind} · {text}</translation>
    </message>
    <message>
        <source>This note has not been edited.</source>
        <translation>이 메모는 편집된 적이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>이 버전으로 복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>edited here: kept</source>
        <translation>여기서 편집함: 유지</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>트랙</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>ID 없는 행사</translation>
    </message>
    <message>
        <source>Entry {id}</source>
        <translation>항목 {id}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>행사 {id}</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>일정에 시간대 정보가 없어 시각을 UTC로 읽었습니다 (바로잡으려면 위에 회의 시간대를 입력하세요).</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; times without one were read as UTC.</source>
        <translation>일정에 시간대 정보가 없어, 시간대가 없는 시각은 UTC로 읽었습니다.</translation>
    </message>
    <message>
        <source>The calendar gives no time zone for some events; they were read as UTC.</source>
        <translation>캘린더의 일부 행사에 시간대 정보가 없어 UTC로 읽었습니다.</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; the events&apos; own UTC offsets were used.</source>
        <translation>일정의 시간대 {tz}을(를) 알 수 없어 각 행사에 적힌 UTC 오프셋을 사용했습니다.</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>일정의 시간대 {tz}을(를) 알 수 없어 시각을 UTC로 읽었습니다 (바로잡으려면 위에 회의 시간대를 입력하세요).</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown.</source>
        <translation>일정의 시간대 {tz}을(를) 알 수 없습니다.</translation>
    </message>
    <message>
        <source>{n} events give a UTC offset that differs from the schedule&apos;s time zone {tz}; their exact instants were kept and shown in {tz}.</source>
        <translation>행사 {n}개의 UTC 오프셋이 일정의 시간대 {tz}와(과) 다릅니다. 정확한 시점은 그대로 유지하고 {tz} 기준으로 표시했습니다.</translation>
    </message>
    <message>
        <source>{event}: it ends before it starts; the end time was left empty.</source>
        <translation>{event}: 시작보다 먼저 끝나므로 종료 시각을 비워 두었습니다.</translation>
    </message>
    <message>
        <source>{event}: the duration {value} was not understood; the end time was left empty.</source>
        <translation>{event}: 소요 시간 {value}을(를) 해석할 수 없어 종료 시각을 비워 두었습니다.</translation>
    </message>
    <message>
        <source>{event}: the duration was not understood; the end time was left empty.</source>
        <translation>{event}: 소요 시간을 해석할 수 없어 종료 시각을 비워 두었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no title.</source>
        <translation>{event}: 제목이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no SUMMARY (title).</source>
        <translation>{event}: SUMMARY(제목)가 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable date and start time.</source>
        <translation>{event}: 사용할 수 있는 날짜와 시작 시각이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable DTSTART.</source>
        <translation>{event}: 사용할 수 있는 DTSTART가 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, its DTSTART is not a date or time.</source>
        <translation>{event}: DTSTART가 날짜나 시각이 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it is not an object.</source>
        <translation>{event}: 객체가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start date.</source>
        <translation>{event}: 사용할 수 있는 시작 날짜가 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start.</source>
        <translation>{event}: 사용할 수 있는 시작 일시가 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}: 날짜({year}년)가 {first}–{last}년 범위를 벗어나 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, its date or time cannot be read.</source>
        <translation>{event}: 날짜나 시각을 읽을 수 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, the schedule marks it {state}.</source>
        <translation>{event}: 일정에 {state}(으)로 표시되어 있어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: skipped, its entryType {value} is not Session, Contribution or Break.</source>
        <translation>{event}: entryType {value}이(가) Session, Contribution, Break 중 어느 것도 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{event}: its end (year {year}) is outside the years {first}–{last}; the end time was left empty.</source>
        <translation>{event}: 종료({year}년)가 {first}–{last}년 범위를 벗어나 종료 시각을 비워 두었습니다.</translation>
    </message>
    <message>
        <source>{event}: the duration is too long; the end time was left empty.</source>
        <translation>{event}: 소요 시간이 너무 길어 종료 시각을 비워 두었습니다.</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it has no title.</source>
        <translation>{event}, 파트 {part}: 제목이 없어 진행 순서에서 제외했습니다.</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it is not an object.</source>
        <translation>{event}, 파트 {part}: 객체가 아니어서 진행 순서에서 제외했습니다.</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}, 파트 {part}: 날짜({year}년)가 {first}–{last}년 범위를 벗어나 진행 순서에서 제외했습니다.</translation>
    </message>
    <message>
        <source>The timetable gives no time zone; times without one were read as UTC.</source>
        <translation>시간표에 시간대 정보가 없어, 시간대가 없는 시각은 UTC로 읽었습니다.</translation>
    </message>
    <message>
        <source>Indico event {id}: skipped, its timetable is not an object.</source>
        <translation>Indico 행사 {id}: 시간표가 객체가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Day {day}: skipped, its entries are not an object.</source>
        <translation>날짜 {day}: 항목이 객체가 아니어서 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the copy was ignored.</source>
        <translation>행사 {code} ({title})이(가) 파일에 두 번 이상 나옵니다. 중복된 것은 무시했습니다.</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the later, different one was ignored.</source>
        <translation>행사 {code} ({title})이(가) 파일에 두 번 이상 나옵니다. 내용이 다른 뒤쪽 것은 무시했습니다.</translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation>일정 가져오기</translation>
    </message>
    <message>
        <source>Schedule file</source>
        <translation>일정 파일</translation>
    </message>
    <message>
        <source>Type or paste the path of a frab/Pentabarf XML, pretalx or CCC hub JSON, Indico timetable (JSON or .ics) or .ics file, then Enter</source>
        <translation>frab/Pentabarf XML, pretalx 또는 CCC hub JSON, Indico 시간표(JSON 또는 .ics), .ics 파일의 경로를 입력하거나 붙여 넣은 뒤 Enter</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>e.g. Europe/Brussels</source>
        <translation>예: Asia/Seoul</translation>
    </message>
    <message>
        <source>The conference&apos;s time zone, for files that give none</source>
        <translation>시간대 정보가 없는 파일에 적용할 회의 시간대</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Choose a schedule file to see its events.</source>
        <translation>일정 파일을 선택하면 포함된 행사가 표시됩니다.</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>행사 필터</translation>
    </message>
    <message>
        <source>Filter by title, room, track, speaker…</source>
        <translation>제목, 장소, 트랙, 발표자로 필터…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>파일에 있는 행사</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Open the imported session</source>
        <translation>가져온 세션 열기</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path}에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>일정 (*.xml *.json *.ics);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>{title} — {n} events, time zone {tz}. New: {add}, changed: {change}, unchanged: {unchanged}, edited here (kept): {kept}.</source>
        <translation>{title} — 행사 {n}개, 시간대 {tz}. 새 항목: {add}, 변경: {change}, 변경 없음: {unchanged}, 여기서 편집함(유지): {kept}.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>{n} sessions imported before are no longer in the file (they stay, with their notes).</source>
        <translation>이전에 가져온 세션 {n}개가 파일에 더 이상 없습니다 (메모와 함께 그대로 남습니다).</translation>
    </message>
    <message>
        <source>Tick the events to import: Space ticks the selected rows, Select all ticks every event shown.</source>
        <translation>가져올 행사에 체크하세요. Space는 선택한 행을, 모두 선택은 표시된 모든 행사를 체크합니다.</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>이 파일은 가져올 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation>세션 {n}개 가져오기</translation>
    </message>
    <message>
        <source>Imported: {added} new, {changed} updated, {unchanged} unchanged, {kept} kept with your edits.</source>
        <translation>가져왔습니다: 새 항목 {added}개, 업데이트 {changed}개, 변경 없음 {unchanged}개, 편집 내용 유지 {kept}개.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>“{code}” 열기</translation>
    </message>
    <message>
        <source>Open one of them…</source>
        <translation>그중 하나 열기…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>가져온 항목이 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>일정 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;package…</source>
        <translation>패키지 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>패키지 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Export agenda as &amp;calendar (.ics)…</source>
        <translation>진행 순서를 캘린더로 내보내기(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>캘린더를 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>Schedule imported: {n} new, {c} updated sessions</source>
        <translation>일정을 가져왔습니다: 새 세션 {n}개, 업데이트 {c}개</translation>
    </message>
    <message>
        <source>Calendar saved: {path}</source>
        <translation>캘린더를 저장했습니다: {path}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>These keys work anywhere in SessionKit, also while you type a note and in the stage display window.</source>
        <translation>이 키는 메모를 입력하는 중이나 무대 화면 창에서도, SessionKit 어디에서나 작동합니다.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>질문</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>권고</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>개회</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>패널 토론</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>토론</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>질의응답</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>폐회</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>휴식</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미진행</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>일부 달성</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>사회자</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>의장</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>토론자</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>패널리스트</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>On time</source>
        <translation>정시</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>■ Time is up</source>
        <translation>■ 시간이 다 되었습니다</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>일정대로</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 일시 정지됨</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>세션 종료</translation>
    </message>
    <message>
        <source>Following a moderator: their run drives this clock. Live → Stop following to drive it yourself.</source>
        <translation>사회자 진행을 따라가는 중: 이 시계는 사회자의 진행에 따라 움직입니다. 직접 조작하려면 진행 → 따라가기 중지를 선택하세요.</translation>
    </message>
    <message>
        <source>+{n} min behind</source>
        <translation>+{n}분 지연</translation>
    </message>
    <message>
        <source>{n} min ahead</source>
        <translation>{n}분 앞섬</translation>
    </message>
    <message>
        <source>⚠ {time} left</source>
        <translation>⚠ {time} 남음</translation>
    </message>
    <message>
        <source>▲ Over time {time}</source>
        <translation>▲ 시간 초과 {time}</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting.</source>
        <translation>진행 순서가 비어 있습니다. 시작하기 전에 항목을 추가하세요.</translation>
    </message>
    <message>
        <source>The session has ended. Use Reset live run to run it again.</source>
        <translation>세션이 끝났습니다. 다시 진행하려면 진행 초기화를 사용하세요.</translation>
    </message>
    <message>
        <source>No key messages yet</source>
        <translation>아직 핵심 메시지가 없습니다</translation>
    </message>
    <message>
        <source>The stage display opened as a window on this screen: drag it to the projector (F11 there: full screen).</source>
        <translation>무대 화면이 이 화면에 창으로 열렸습니다. 프로젝터 화면으로 끌어다 놓으세요 (거기서 F11: 전체 화면).</translation>
    </message>
    <message>
        <source>“{card}” is ready on the stage display, which is hidden (F9 shows it).</source>
        <translation>“{card}”을(를) 무대 화면에 올렸지만 무대 화면이 숨겨져 있습니다 (F9로 표시).</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5분 남음</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2분 남음</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1분 남음</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>마무리해 주세요</translation>
    </message>
    <message>
        <source>Questions now</source>
        <translation>질의응답 시간입니다</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1분</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>메시지…</translation>
    </message>
    <message>
        <source>Read-out</source>
        <translation>낭독</translation>
    </message>
    <message>
        <source>Live agenda</source>
        <translation>진행 중인 순서</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>현재 발표자</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>주황 경고</translation>
    </message>
    <message>
        <source>Amber warning, seconds left</source>
        <translation>주황 경고 (남은 초)</translation>
    </message>
    <message>
        <source> s left</source>
        <translation>초 남았을 때</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>빨강 경고</translation>
    </message>
    <message>
        <source>Red warning, seconds left</source>
        <translation>빨강 경고 (남은 초)</translation>
    </message>
    <message>
        <source>Stage screen</source>
        <translation>무대 화면 모니터</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>Red must come at or after amber.</source>
        <translation>빨강 경고는 주황 경고와 같거나 그 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Reset live run</source>
        <translation>진행 초기화</translation>
    </message>
    <message>
        <source>Forget the recorded start and end times of every item and go back to “not started”? Notes are not affected.</source>
        <translation>모든 항목의 기록된 시작·종료 시각을 지우고 “시작 전”으로 돌아갈까요? 메모에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 일시 정지</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 계속</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>세션 종료</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 시작</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>무대 화면</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Show or hide the current speaker</source>
        <translation>현재 발표자 표시 / 숨기기</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the current speaker&apos;s card</source>
        <translation>현재 발표자의 카드 편집</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>진행 순서(&amp;A)</translation>
    </message>
    <message>
        <source>Warnings and stage screen</source>
        <translation>경고 및 무대 화면 모니터</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>발표자 편집</translation>
    </message>
    <message>
        <source>{action} — key: {key}</source>
        <translation>{action} — 키: {key}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source> (incl. {sign}{m} min added)</source>
        <translation> (추가 {sign}{m}분 포함)</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned}{extra}</source>
        <translation>경과 {elapsed} / 예정 {planned}{extra}</translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation>진행 멘트: {cue}</translation>
    </message>
    <message>
        <source>(empty agenda)</source>
        <translation>(진행 순서 없음)</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>준비: {title}</translation>
    </message>
    <message>
        <source>Press {key} to start</source>
        <translation>{key} 키를 눌러 시작</translation>
    </message>
    <message>
        <source>Ended {end} · ran {elapsed} (planned {planned})</source>
        <translation>{end} 종료 · 진행 {elapsed} (예정 {planned})</translation>
    </message>
    <message>
        <source> · ends {projected} (planned {planned})</source>
        <translation> · 예상 종료 {projected} (예정 {planned})</translation>
    </message>
    <message>
        <source>Session {elapsed} elapsed · {remaining} left of {planned}{ends}</source>
        <translation>세션 경과 {elapsed} · 예정 {planned} 중 {remaining} 남음{ends}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>무대 표시 중: “{message}”</translation>
    </message>
    <message>
        <source>▶ Now</source>
        <translation>▶ 진행 중</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 완료</translation>
    </message>
    <message>
        <source>{planned} planned {sign} {extra} added</source>
        <translation>예정 {planned} {sign} 추가 {extra}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>다음: {name}</translation>
    </message>
</context>
<context>
    <name>LiveShortcuts</name>
    <message>
        <source>Start the session / pause / resume</source>
        <translation>세션 시작 / 일시 정지 / 계속</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>이전 진행 항목</translation>
    </message>
    <message>
        <source>Next agenda item (ends the session after the last)</source>
        <translation>다음 진행 항목 (마지막 항목 다음에는 세션 종료)</translation>
    </message>
    <message>
        <source>Give the current item one more minute</source>
        <translation>현재 항목에 1분 추가</translation>
    </message>
    <message>
        <source>Show / hide the stage display</source>
        <translation>무대 화면 표시 / 숨기기</translation>
    </message>
    <message>
        <source>Send a message to the stage display</source>
        <translation>무대 화면에 메시지 보내기</translation>
    </message>
    <message>
        <source>Clear the stage message</source>
        <translation>무대 메시지 지우기</translation>
    </message>
    <message>
        <source>Read-out mode: key messages on the stage display</source>
        <translation>낭독 모드: 핵심 메시지를 무대 화면에 표시</translation>
    </message>
    <message>
        <source>Read-out mode: next key message</source>
        <translation>낭독 모드: 다음 핵심 메시지</translation>
    </message>
    <message>
        <source>Read-out mode: previous key message</source>
        <translation>낭독 모드: 이전 핵심 메시지</translation>
    </message>
    <message>
        <source>Stage time card 1 (“5 minutes”)</source>
        <translation>시간 안내 카드 1 (“5분 남음”)</translation>
    </message>
    <message>
        <source>Stage time card 2 (“2 minutes”)</source>
        <translation>시간 안내 카드 2 (“2분 남음”)</translation>
    </message>
    <message>
        <source>Stage time card 3 (“1 minute”)</source>
        <translation>시간 안내 카드 3 (“1분 남음”)</translation>
    </message>
    <message>
        <source>Stage time card 4 (“Please wrap up”)</source>
        <translation>시간 안내 카드 4 (“마무리해 주세요”)</translation>
    </message>
    <message>
        <source>Stage time card 5 (“Questions now”)</source>
        <translation>시간 안내 카드 5 (“질의응답 시간입니다”)</translation>
    </message>
    <message>
        <source>Cue card: the current speaker large, for the lectern</source>
        <translation>진행 카드: 현재 발표자를 크게 표시 (연단용)</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>In the notes list: undo moving notes to the bin (or back)</source>
        <translation>메모 목록에서: 휴지통으로 이동(또는 복원)한 것을 실행 취소</translation>
    </message>
    <message>
        <source>In the notes list: redo</source>
        <translation>메모 목록에서: 다시 실행</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SessionKit</source>
        <translation>SessionKit 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MergePackagesDialog</name>
    <message>
        <source>Merge session packages</source>
        <translation>세션 패키지 병합</translation>
    </message>
    <message>
        <source>Packages to merge</source>
        <translation>병합할 패키지</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Merging adds notes you don&apos;t have, takes the newest edit of each note and respects deletions. Merging a package twice, or in any order, gives the same result.</source>
        <translation>병합하면 없는 메모가 추가되고, 각 메모는 가장 최근 편집본을 따르며, 삭제도 반영됩니다. 같은 패키지를 두 번 병합하거나 순서를 바꿔도 결과는 같습니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json *.json);;All files (*)</source>
        <translation>SessionKit 패키지 (*.sessionkit.json *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Add at least one package file.</source>
        <translation>패키지 파일을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>병합 중…</translation>
    </message>
    <message>
        <source>{file}: session {code}{new} — notes: {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
        <translation>{file}: 세션 {code}{new} — 메모: 추가 {added}, 업데이트 {updated}, 삭제 {deleted}, 변경 없음 {unchanged}</translation>
    </message>
    <message>
        <source> (new here)</source>
        <translation> (새로 추가)</translation>
    </message>
    <message>
        <source>⚠ {n} notes were edited on two laptops at once: both versions are kept (the other one is in the note&apos;s history)</source>
        <translation>⚠ 메모 {n}개가 노트북 두 대에서 동시에 편집되었습니다. 두 버전을 모두 보관합니다 (다른 버전은 메모 기록에 있습니다)</translation>
    </message>
    <message>
        <source>Nothing new: everything in these packages was already here.</source>
        <translation>새로운 내용이 없습니다. 이 패키지의 내용은 모두 이미 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was merged: {reason}</source>
        <translation>병합된 내용이 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>새 세션(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>세션 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;agenda…</source>
        <translation>진행 순서 편집(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>세션 복제(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>세션 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>휴지통(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>진행(&amp;L)</translation>
    </message>
    <message>
        <source>Live &amp;mode</source>
        <translation>진행 모드(&amp;M)</translation>
    </message>
    <message>
        <source>Stage time &amp;cards…</source>
        <translation>무대 시간 안내 카드(&amp;C)…</translation>
    </message>
    <message>
        <source>Stage display full &amp;screen</source>
        <translation>무대 화면 전체 화면(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish the session now</source>
        <translation>지금 세션 종료(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset live run…</source>
        <translation>진행 초기화(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ollow a moderator…</source>
        <translation>사회자 진행 따라가기(&amp;O)…</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>따라가기 중지(&amp;W)</translation>
    </message>
    <message>
        <source>Live mode on/off</source>
        <translation>진행 모드 켜기 / 끄기</translation>
    </message>
    <message>
        <source>Edit the agenda (Ctrl+Z there undoes the last agenda edit)</source>
        <translation>진행 순서 편집 (거기서 Ctrl+Z는 마지막 편집을 취소)</translation>
    </message>
    <message>
        <source>In the stage display window: full screen on / off</source>
        <translation>무대 화면 창에서: 전체 화면 켜기 / 끄기</translation>
    </message>
    <message>
        <source>Copy made; now open: {code} — {title}</source>
        <translation>복제하여 열었습니다: {code} — {title}</translation>
    </message>
    <message>
        <source>Copy made: {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>복제했습니다: {code} — {title}. 세션 → 열기…(Ctrl+O)로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>세션 삭제</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit the agenda (Ctrl+Shift+A)</source>
        <translation>두 번 클릭하거나 Enter를 눌러 진행 순서 편집 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Created; now open: {code} — {title}</source>
        <translation>만들어서 열었습니다: {code} — {title}</translation>
    </message>
    <message>
        <source>Created {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>만들었습니다: {code} — {title}. 세션 → 열기…(Ctrl+O)로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>This is the only session; make another one first.</source>
        <translation>세션이 이것 하나뿐입니다. 먼저 다른 세션을 만드세요.</translation>
    </message>
    <message>
        <source>Restored from the bin; now open: {code} — {title}</source>
        <translation>휴지통에서 복원하여 열었습니다: {code} — {title}</translation>
    </message>
    <message>
        <source>Restored {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>복원했습니다: {code} — {title}. 세션 → 열기…(Ctrl+O)로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>성과(&amp;O)</translation>
    </message>
    <message>
        <source>Move “{code} — {title}” and its notes to the bin? You can restore it from Session → Bin.</source>
        <translation>“{code} — {title}”와(과) 메모를 휴지통으로 옮길까요? 세션 → 휴지통에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Stage time card {n}: “{text}”</source>
        <translation>시간 안내 카드 {n}: “{text}”</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>시작 방식:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>시작 방식</translation>
    </message>
    <message>
        <source>Blank session (no agenda)</source>
        <translation>빈 세션 (진행 순서 없음)</translation>
    </message>
    <message>
        <source>{title} — {items} items, {minutes} min</source>
        <translation>{title} — 항목 {items}개, {minutes}분</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>supports {list}</source>
        <translation>{list}의 근거</translation>
    </message>
    <message>
        <source>Conflict: edited on two laptops at once; the other version is in the note&apos;s history (H).</source>
        <translation>충돌: 노트북 두 대에서 동시에 편집되었습니다. 다른 버전은 메모 기록에 있습니다 (H).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Times are in the session&apos;s time zone, {zone}</source>
        <translation>시각은 세션 시간대({zone}) 기준입니다</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>시각 ({zone})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>항목 / 발표자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>담당: {owner}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>기한 {date}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>종류로 필터</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Filter by agenda item</source>
        <translation>진행 항목으로 필터</translation>
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation>발표자로 필터</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 별표</translation>
    </message>
    <message>
        <source>Only starred notes</source>
        <translation>별표한 메모만</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>Show deleted notes (select and press Delete to restore)</source>
        <translation>삭제한 메모 보기 (선택 후 Delete 키로 복원)</translation>
    </message>
    <message>
        <source>Only notes supporting this outcome; click to show all</source>
        <translation>이 성과의 근거 메모만 표시 중. 클릭하면 모두 표시</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>모든 항목</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>모든 발표자</translation>
    </message>
    <message>
        <source>Outcome {n} ✕</source>
        <translation>성과 {n} ✕</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>메모 1개</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>메모 {n}개</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>Note moved to the bin</source>
        <translation>메모를 휴지통으로 옮겼습니다</translation>
    </message>
    <message>
        <source>{n} notes moved to the bin</source>
        <translation>메모 {n}개를 휴지통으로 옮겼습니다</translation>
    </message>
    <message>
        <source>Note restored from the bin</source>
        <translation>메모를 휴지통에서 복원했습니다</translation>
    </message>
    <message>
        <source>{n} notes restored from the bin</source>
        <translation>메모 {n}개를 휴지통에서 복원했습니다</translation>
    </message>
    <message>
        <source>Action owner and due date</source>
        <translation>조치 담당자와 기한</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD 또는 +7</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>담당(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>기한(&amp;D)</translation>
    </message>
    <message>
        <source>Select one note to see its history.</source>
        <translation>기록을 볼 메모를 하나 선택하세요.</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>내용 편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>별표 달기 / 해제(&amp;S)</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>휴지통으로 이동(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>기록(&amp;H)…</translation>
    </message>
    <message>
        <source>Outcome {n}</source>
        <translation>성과 {n}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>진행 항목(&amp;I)</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>진행 항목 없음</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>발표자(&amp;P)</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>발표자 없음</translation>
    </message>
    <message>
        <source>S&amp;upports outcome</source>
        <translation>성과 근거(&amp;U)</translation>
    </message>
    <message>
        <source>Action &amp;owner and due date…</source>
        <translation>조치 담당자와 기한(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore from the bin</source>
        <translation>휴지통에서 복원(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>Click to cycle: open → partly achieved → achieved</source>
        <translation>클릭하여 전환: 미진행 → 일부 달성 → 달성</translation>
    </message>
    <message>
        <source>Status, comment, evidence</source>
        <translation>상태, 의견, 근거</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>의견…</translation>
    </message>
    <message>
        <source>Show supporting notes</source>
        <translation>근거 메모 보기</translation>
    </message>
    <message>
        <source>1 supporting note</source>
        <translation>근거 메모 1개</translation>
    </message>
    <message>
        <source>{n} supporting notes</source>
        <translation>근거 메모 {n}개</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Envisaged outcomes</source>
        <translation>기대 성과</translation>
    </message>
    <message>
        <source>Outcome comment</source>
        <translation>성과에 대한 의견</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People on this item</source>
        <translation>이 항목의 담당자</translation>
    </message>
</context>
<context>
    <name>ProceedingsDialog</name>
    <message>
        <source>Destination file</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>저장 위치(&amp;S):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Export proceedings</source>
        <translation>회의록 내보내기</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Sess&amp;ions:</source>
        <translation>세션(&amp;I):</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Export &amp;action items…</source>
        <translation>후속 조치 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Session {code} has no action items; nothing was written.</source>
        <translation>세션 {code}에는 후속 조치가 없습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>후속 조치 내보내기</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>모든 세션(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>세션:</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>스프레드시트 (CSV)</translation>
    </message>
    <message>
        <source>Calendar to-dos (iCalendar)</source>
        <translation>캘린더 할 일 (iCalendar)</translation>
    </message>
    <message>
        <source>Export p&amp;roceedings…</source>
        <translation>회의록 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>저장할 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>선택한 세션</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>모든 세션</translation>
    </message>
    <message>
        <source>No session is chosen; nothing was written.</source>
        <translation>선택한 세션이 없습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Proceedings saved: {path}</source>
        <translation>회의록을 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>{n} action items saved: {path}</source>
        <translation>후속 조치 {n}개를 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>내보내지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>&amp;This session ({code})</source>
        <translation>이 세션(&amp;T) ({code})</translation>
    </message>
    <message>
        <source>No session has action items; nothing was written.</source>
        <translation>후속 조치가 있는 세션이 없습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The {n} chosen sessions</source>
        <translation>선택한 세션 {n}개</translation>
    </message>
    <message>
        <source>Day: {day}</source>
        <translation>날짜: {day}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>트랙: {track}</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Ready to sign off?</source>
        <translation>승인할 준비가 되었나요?</translation>
    </message>
    <message>
        <source>What the report is missing; Enter opens the place to fix it</source>
        <translation>보고서에 빠진 내용. Enter를 누르면 고칠 곳이 열립니다</translation>
    </message>
    <message>
        <source>The summary is not written</source>
        <translation>요약이 작성되지 않았습니다</translation>
    </message>
    <message>
        <source>Outcome {number} has no status: {text}</source>
        <translation>성과 {number}의 상태가 없습니다: {text}</translation>
    </message>
    <message>
        <source>Action has no owner: {text}</source>
        <translation>조치에 담당자가 없습니다: {text}</translation>
    </message>
    <message>
        <source>Action has no due date: {text}</source>
        <translation>조치에 기한이 없습니다: {text}</translation>
    </message>
    <message>
        <source>Note has no agenda item or speaker: {text}</source>
        <translation>메모에 진행 항목도 발표자도 없습니다: {text}</translation>
    </message>
    <message>
        <source>Speaker has no native-script name: {name}</source>
        <translation>발표자의 원어 표기 이름이 없습니다: {name}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>빠진 내용이 없습니다</translation>
    </message>
    <message>
        <source>Enter or double-click: open the place to fix it</source>
        <translation>Enter 또는 두 번 클릭: 고칠 곳 열기</translation>
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
        <translation>보고서 세부 정보</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s summary of the session</source>
        <translation>기록자가 작성하는 세션 요약</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. about 40 participants</source>
        <translation>예: 약 40명</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>참석자(&amp;A)</translation>
    </message>
    <message>
        <source>the moderator&apos;s name</source>
        <translation>사회자 이름</translation>
    </message>
    <message>
        <source>Signed off &amp;by</source>
        <translation>승인자(&amp;B)</translation>
    </message>
    <message>
        <source>The moderator signs off the report now</source>
        <translation>사회자가 지금 보고서를 승인</translation>
    </message>
    <message>
        <source>Signed off {when}</source>
        <translation>{when} 승인</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>보고서 미리 보기</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>미리 보기를 준비하는 중…</translation>
    </message>
    <message>
        <source>Nothing to preview: choose at least one section.</source>
        <translation>미리 볼 내용이 없습니다. 포함할 부분을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{page} / {count} 쪽</translation>
    </message>
    <message>
        <source>The first {shown} of {count} pages:</source>
        <translation>전체 {count}쪽 중 처음 {shown}쪽:</translation>
    </message>
    <message>
        <source>All {count} page(s):</source>
        <translation>전체 {count}쪽:</translation>
    </message>
    <message>
        <source>No preview: {reason}. The export is not affected.</source>
        <translation>미리 보기 없음: {reason}. 내보내기에는 영향이 없습니다.</translation>
    </message>
    <message>
        <source>This shows the PDF layout; the {format} file has the same content laid out by the program that opens it.</source>
        <translation>여기에는 PDF 레이아웃이 표시됩니다. {format} 파일은 내용이 같으며, 레이아웃은 파일을 여는 프로그램이 정합니다.</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Restore that backup? The data file as it is now is backed up first.</source>
        <translation>그 백업을 복원할까요? 현재 상태의 데이터 파일은 먼저 백업됩니다.</translation>
    </message>
    <message>
        <source>Notes are missing from the data file</source>
        <translation>데이터 파일에서 메모가 빠져 있습니다</translation>
    </message>
    <message>
        <source>The backup from {when} holds {count} notes that are missing from the data file (its journal, sessionkit.db-wal, was probably deleted).</source>
        <translation>{when} 백업에는 데이터 파일에 없는 메모 {count}개가 있습니다 (데이터 파일의 저널 sessionkit.db-wal이 삭제된 것으로 보입니다).</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Keep the data file as it is</source>
        <translation>데이터 파일을 그대로 두기</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>텍스트 복사</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save the note box text</source>
        <translation>메모 입력란 내용 저장</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The note box is not saved</source>
        <translation>메모 입력란이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is backed up first):</source>
        <translation>현재 데이터를 이 백업으로 바꿉니다 (현재 데이터는 먼저 백업됩니다):</translation>
    </message>
    <message>
        <source>Save the text as…</source>
        <translation>텍스트를 다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>저장하지 않고 종료</translation>
    </message>
    <message>
        <source>Keep SessionKit open</source>
        <translation>SessionKit 계속 열어 두기</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>The note box could not be saved first; nothing was restored.</source>
        <translation>메모 입력란을 먼저 저장하지 못해 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>데이터 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Not saved — {reason}. Your text is still here; saving is retried every few seconds.</source>
        <translation>저장되지 않음 — {reason}. 입력한 내용은 그대로 있으며, 몇 초마다 다시 저장을 시도합니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>The note box could not be saved ({reason}). Its text is still in the window.

Keep SessionKit open to retry, or save the text to another file first.</source>
        <translation>메모 입력란을 저장하지 못했습니다 ({reason}). 내용은 아직 창에 남아 있습니다.

SessionKit을 열어 둔 채 다시 시도하거나, 먼저 내용을 다른 파일에 저장하세요.</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: all your notes are safe in backup {id} — keep working, and restart SessionKit when you can.</source>
        <translation>SessionKit 실행 중에 데이터 파일의 저널(sessionkit.db-wal)이 삭제되었습니다: 모든 메모는 백업 {id}에 안전하게 있습니다 — 계속 작업하시고, 가능할 때 SessionKit을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>SessionKit is already running with this data folder ({who}):
{folder}

Only one SessionKit at a time may write the notes of a data folder, so this one will not start.</source>
        <translation>이 데이터 폴더로 SessionKit이 이미 실행 중입니다 ({who}):
{folder}

한 데이터 폴더의 메모는 한 번에 하나의 SessionKit만 쓸 수 있으므로, 이 창은 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>SessionKit is already running</source>
        <translation>SessionKit이 이미 실행 중입니다</translation>
    </message>
    <message>
        <source>The data file is damaged ({reason}).

It was moved aside to {moved} — nothing was deleted.</source>
        <translation>데이터 파일이 손상되었습니다 ({reason}).

{moved}(으)로 옮겨 두었습니다 — 삭제된 것은 없습니다.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Start with an empty data file</source>
        <translation>빈 데이터 파일로 시작</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>복원할 수 있는 정상 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>백업 실패: {reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: SessionKit rebuilt it, and all your notes are also in backup {id}.</source>
        <translation>SessionKit 실행 중에 데이터 파일의 저널(sessionkit.db-wal)이 삭제되었습니다: SessionKit이 저널을 다시 만들었으며, 모든 메모는 백업 {id}에도 있습니다.</translation>
    </message>
    <message>
        <source>{when} — {notes} notes ({reason})</source>
        <translation>{when} — 메모 {notes}개 ({reason})</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>프로세스 {pid}</translation>
    </message>
    <message>
        <source>Bring it forward</source>
        <translation>그 창을 앞으로 가져오기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>This data file was written by a newer SessionKit and was left untouched. Update SessionKit to open it.

{reason}</source>
        <translation>이 데이터 파일은 더 새로운 SessionKit으로 작성되어 손대지 않았습니다. 열려면 SessionKit을 업데이트하세요.

{reason}</translation>
    </message>
    <message>
        <source>The data could not be opened:

{reason}</source>
        <translation>데이터를 열 수 없습니다:

{reason}</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running and the backup of your notes failed ({reason}): keep SessionKit open, it retries every few seconds.</source>
        <translation>SessionKit 실행 중에 데이터 파일의 저널(sessionkit.db-wal)이 삭제되었고 메모 백업에 실패했습니다 ({reason}): SessionKit을 열어 두세요. 몇 초마다 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>백업을 복원할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({notes} notes). Restore it?</source>
        <translation>가장 최근의 정상 백업은 {when} 것입니다 (메모 {notes}개). 복원할까요?</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>메모 검색</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Words to find in every session&apos;s notes…</source>
        <translation>모든 세션의 메모에서 찾을 단어…</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>이 세션만</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>“{q}”에 대한 결과가 없습니다.</translation>
    </message>
    <message>
        <source>{n} found — Enter or double-click opens one</source>
        <translation>{n}개 찾음 — Enter 또는 두 번 클릭으로 열기</translation>
    </message>
    <message>
        <source>{code} {title} · session</source>
        <translation>{code} {title} · 세션</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <source>Secretariat &amp;view…</source>
        <translation>사무국 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>Secretariat view: every session&apos;s notes, outcomes, actions and report</source>
        <translation>사무국 보기: 모든 세션의 메모, 성과, 조치, 보고서</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>트랙</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Key
messages</source>
        <translation>핵심
메시지</translation>
    </message>
    <message>
        <source>Outcomes
achieved</source>
        <translation>달성한
성과</translation>
    </message>
    <message>
        <source>Actions
incomplete</source>
        <translation>정보 부족
조치</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>마지막 업데이트</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>다른 기기</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내지 않음</translation>
    </message>
    <message>
        <source>⚠ Out of date</source>
        <translation>⚠ 최신 아님</translation>
    </message>
    <message>
        <source>The report has not been exported from this computer yet.</source>
        <translation>이 컴퓨터에서 아직 보고서를 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>아직 메모가 없습니다</translation>
    </message>
    <message>
        <source>✓ {when}</source>
        <translation>✓ {when}</translation>
    </message>
    <message>
        <source>Exported {when} as {format}.</source>
        <translation>{when}에 {format}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Notes changed after the export: export it again.</source>
        <translation>내보낸 뒤 메모가 바뀌었습니다. 다시 내보내세요.</translation>
    </message>
    <message>
        <source>{when} · {device}</source>
        <translation>{when} · {device}</translation>
    </message>
    <message>
        <source>Actions without an owner or a due date, of all actions</source>
        <translation>담당자나 기한이 없는 조치 / 전체 조치</translation>
    </message>
    <message>
        <source>Outcomes achieved, of all outcomes (and how many have no status yet)</source>
        <translation>달성한 성과 / 전체 성과 (아직 상태가 없는 수)</translation>
    </message>
    <message>
        <source>{text} ({open} open)</source>
        <translation>{text} (미진행 {open})</translation>
    </message>
    <message>
        <source>⚠ {n}/{total}</source>
        <translation>⚠ {n}/{total}</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>일시 미정</translation>
    </message>
    <message>
        <source>{achieved} achieved, {partly} partly, {not_achieved} not achieved, {open} with no status yet</source>
        <translation>달성 {achieved}, 일부 달성 {partly}, 미달성 {not_achieved}, 상태 없음 {open}</translation>
    </message>
    <message>
        <source>{n} of {total} actions lack an owner or a due date</source>
        <translation>조치 {total}개 중 {n}개에 담당자나 기한이 없습니다</translation>
    </message>
    <message>
        <source>Latest note written, edited or binned: {when}, from {device}</source>
        <translation>마지막 메모 작성·편집·휴지통 이동: {when}, {device}에서</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Report not exported (or out of date)</source>
        <translation>보고서를 내보내지 않음 (또는 최신 아님)</translation>
    </message>
    <message>
        <source>Actions without owner or due date</source>
        <translation>담당자나 기한이 없는 조치</translation>
    </message>
    <message>
        <source>Outcomes with no status yet</source>
        <translation>아직 상태가 없는 성과</translation>
    </message>
    <message>
        <source>SessionKit — Secretariat view</source>
        <translation>SessionKit — 사무국 보기</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>세션 찾기</translation>
    </message>
    <message>
        <source>Code, title, room or track</source>
        <translation>코드, 제목, 장소 또는 트랙</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>Export &amp;proceedings…</source>
        <translation>회의록 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>세션 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>모든 날짜</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>모든 트랙</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>트랙(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>표시(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>일치하는 세션이 없습니다.</translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation>세션을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>세션 {total}개 중 {n}개</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit session — {code}</source>
        <translation>세션 편집 — {code}</translation>
    </message>
    <message>
        <source>Speaker &amp;cards</source>
        <translation>발표자 카드(&amp;C)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>Date and start time known</source>
        <translation>날짜와 시작 시각이 정해짐</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>시작 일시</translation>
    </message>
    <message>
        <source>Paragraphs separated by a blank line</source>
        <translation>문단은 빈 줄로 구분합니다</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>URL or local file</source>
        <translation>URL 또는 로컬 파일</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>자료 추가</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>자료 삭제</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>장소(&amp;R)</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>트랙(&amp;K)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>태그(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작 일시(&amp;S)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>시간대(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>설명(&amp;D)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>자료</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Participants will develop their understanding of:</source>
        <translation>예: 참가자는 다음에 대한 이해를 넓힙니다:</translation>
    </message>
    <message>
        <source>Lead-&amp;in</source>
        <translation>도입 문구(&amp;I)</translation>
    </message>
    <message>
        <source>Envisaged outcomes, in order (double-click to edit):</source>
        <translation>기대 성과 (순서대로, 두 번 클릭하여 편집):</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>성과 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>성과(&amp;O)</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>새 성과</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>인물 추가…</translation>
    </message>
    <message>
        <source>Remove from session</source>
        <translation>세션에서 제외</translation>
    </message>
    <message>
        <source>Positions, bios, photos and intro cues: see the Speaker cards tab.</source>
        <translation>직위, 약력, 사진, 소개 멘트는 발표자 카드 탭에서 편집합니다.</translation>
    </message>
    <message>
        <source>&amp;People and roles</source>
        <translation>인물과 역할(&amp;P)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>인물 추가</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>표시 이름:</translation>
    </message>
    <message>
        <source>Not saved: the start is not a real date and time.</source>
        <translation>저장되지 않음: 시작 일시가 존재하는 날짜와 시각이 아닙니다.</translation>
    </message>
    <message>
        <source>Every document needs a title.</source>
        <translation>모든 자료에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <source>An envisaged outcome cannot be empty.</source>
        <translation>기대 성과는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>{time}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>SessionSwitcher</name>
    <message>
        <source>(no date or room yet)</source>
        <translation>(날짜·장소 미정)</translation>
    </message>
    <message>
        <source>“{code} — {title}” is running live.</source>
        <translation>“{code} — {title}”이(가) 진행 중입니다.</translation>
    </message>
    <message>
        <source>“{code} — {title}” is paused in the middle of its live run.</source>
        <translation>“{code} — {title}”이(가) 진행 도중 일시 정지되어 있습니다.</translation>
    </message>
    <message>
        <source>If you open another session now, the stage display closes and this session&apos;s clock keeps counting; open it again (Session → Open…) to carry on where you are.</source>
        <translation>지금 다른 세션을 열면 무대 화면이 닫히고 이 세션의 시계는 계속 흐릅니다. 이어서 진행하려면 이 세션을 다시 여세요 (세션 → 열기…).</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>세션이 진행 중입니다</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>이 세션에 머무르기</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>&amp;Type part of a code, title, date or room:</source>
        <translation>코드, 제목, 날짜, 장소의 일부를 입력(&amp;T):</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>세션 필터</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>세션</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another session (type to find it)</source>
        <translation>다른 세션 열기 (입력하여 찾기)</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>“{code}” 열기</translation>
    </message>
    <message>
        <source>That session no longer exists (it may be in the bin).</source>
        <translation>그 세션은 더 이상 없습니다 (휴지통에 있을 수 있습니다).</translation>
    </message>
    <message>
        <source>Opened {code} — {title}</source>
        <translation>열었습니다: {code} — {title}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>세션 {total}개 중 {n}개</translation>
    </message>
    <message>
        <source>No session matches “{text}”.</source>
        <translation>“{text}”와(과) 일치하는 세션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>시스템 기본값 ({language})</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>화면 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>색 구성</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>모양(&amp;A):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>보고서 언어</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>보고서 제목과 항목 이름의 언어. 메모는 입력한 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>보고서 언어(&amp;R):</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a network share keeps in step across laptops: SessionKit writes its sessions there and merges the others&apos;</source>
        <translation>Syncthing, Nextcloud 또는 네트워크 공유로 여러 노트북에서 같은 내용으로 유지되는 폴더입니다. SessionKit은 여기에 자기 세션을 쓰고 다른 노트북의 세션을 병합합니다</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>팀 폴더(&amp;T):</translation>
    </message>
    <message>
        <source>A new language applies the next time SessionKit starts. The report language applies to the next export.</source>
        <translation>화면 언어는 SessionKit을 다음에 시작할 때 적용됩니다. 보고서 언어는 다음 내보내기부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>설정이 저장되지 않음</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>설정을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on the local network</source>
        <translation>로컬 네트워크에 공유</translation>
    </message>
    <message>
        <source>Phones and laptops on the same network (Wi-Fi or cable) see the clock in a browser; no internet is needed. Nothing is shared until you start.</source>
        <translation>같은 네트워크(Wi-Fi 또는 유선)에 있는 휴대폰과 노트북의 브라우저에서 시계를 볼 수 있습니다. 인터넷은 필요 없습니다. 시작하기 전에는 아무것도 공유되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Empty: {port}, or a free port if {port} is taken.</source>
        <translation>비워 두면: {port}, {port}이(가) 사용 중이면 빈 포트.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Allow &amp;remote control from a phone</source>
        <translation>휴대폰에서 원격 제어 허용(&amp;R)</translation>
    </message>
    <message>
        <source>Remote control gets its own address and QR code: next, previous, +1 minute, pause and stage message. Give it only to your team.</source>
        <translation>원격 제어에는 별도의 주소와 QR 코드가 주어집니다: 다음, 이전, +1분, 일시 정지, 무대 메시지. 팀원에게만 알려 주세요.</translation>
    </message>
    <message>
        <source>QR code of the stage view</source>
        <translation>무대 화면 QR 코드</translation>
    </message>
    <message>
        <source>Scan with the phone at the lectern: the stage view.</source>
        <translation>연단의 휴대폰으로 스캔하면 무대 화면이 열립니다.</translation>
    </message>
    <message>
        <source>QR code of the remote control</source>
        <translation>원격 제어 QR 코드</translation>
    </message>
    <message>
        <source>Remote control: anyone with this code can drive the clock.</source>
        <translation>원격 제어: 이 코드가 있으면 누구나 시계를 조작할 수 있습니다.</translation>
    </message>
    <message>
        <source>Pairing code for a rapporteur&apos;s laptop (Live → Follow a moderator…):</source>
        <translation>기록자 노트북용 페어링 코드 (진행 → 사회자 진행 따라가기…):</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>페어링 코드</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>무대 화면:</translation>
    </message>
    <message>
        <source>Cue card:</source>
        <translation>진행 카드:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>진행 순서:</translation>
    </message>
    <message>
        <source>Remote control:</source>
        <translation>원격 제어:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the address: {what}</source>
        <translation>주소 복사: {what}</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>공유 시작(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>공유 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Sharing goes on; Live menu → Sharing on… shows this again.</source>
        <translation>공유는 계속됩니다. 진행 메뉴 → 공유 중: …에서 이 창을 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No network to share on: connect this computer to the room&apos;s Wi-Fi or cable, then open this again.</source>
        <translation>공유할 네트워크가 없습니다. 이 컴퓨터를 장소의 Wi-Fi나 유선 네트워크에 연결한 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>The port is a number from {low} to {high}; leave it empty for the automatic one.</source>
        <translation>포트는 {low}~{high} 사이의 숫자입니다. 자동으로 하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>Sharing on {where} (port {port})</source>
        <translation>공유 중: {where} (포트 {port})</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>주소: {address}</translation>
    </message>
    <message>
        <source>Connected: {n}</source>
        <translation>연결됨: {n}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This computer only</source>
        <translation>이 컴퓨터만</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>이 컴퓨터만</translation>
    </message>
    <message>
        <source>Sharing could not start ({kind}). Nothing is shared.</source>
        <translation>공유를 시작할 수 없습니다 ({kind}). 아무것도 공유되지 않았습니다.</translation>
    </message>
    <message>
        <source>Share on the local &amp;network…</source>
        <translation>로컬 네트워크에 공유(&amp;N)…</translation>
    </message>
    <message>
        <source>Show the clock on phones and laptops in the room, with no internet</source>
        <translation>인터넷 없이 현장의 휴대폰과 노트북에 시계 표시</translation>
    </message>
    <message>
        <source>This laptop follows a moderator; their laptop shares the clock. Live → Stop following to share this laptop&apos;s own run.</source>
        <translation>이 노트북은 사회자의 진행을 따라가고 있습니다. 시계는 사회자의 노트북이 공유합니다. 이 노트북의 진행을 공유하려면 진행 → 따라가기 중지를 선택하세요.</translation>
    </message>
    <message>
        <source>This copy of SessionKit cannot share the run: its network server is missing ({name}).</source>
        <translation>이 SessionKit으로는 진행을 공유할 수 없습니다: 네트워크 서버({name})가 없습니다.</translation>
    </message>
    <message>
        <source>The network refused to share the run: {reason}.</source>
        <translation>네트워크에서 진행을 공유하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>Show the addresses, the pairing code and the QR code</source>
        <translation>주소, 페어링 코드, QR 코드 보기</translation>
    </message>
    <message>
        <source>The session has finished. Reset the live run to start again.</source>
        <translation>세션이 끝났습니다. 다시 시작하려면 진행을 초기화하세요.</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting the session.</source>
        <translation>진행 순서가 비어 있습니다. 세션을 시작하기 전에 항목을 추가하세요.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>next item</source>
        <translation>다음 항목</translation>
    </message>
    <message>
        <source>previous item</source>
        <translation>이전 항목</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1분</translation>
    </message>
    <message>
        <source>pause / resume</source>
        <translation>일시 정지 / 계속</translation>
    </message>
    <message>
        <source>stage message</source>
        <translation>무대 메시지</translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation>세션이 진행 중이 아닙니다.</translation>
    </message>
    <message>
        <source>Remote control: {action}</source>
        <translation>원격 제어: {action}</translation>
    </message>
    <message>
        <source>Shari&amp;ng on {where}…</source>
        <translation>공유 중(&amp;N): {where}…</translation>
    </message>
    <message>
        <source>Sharing on the network · {n} connected</source>
        <translation>네트워크에서 공유 중 · {n}대 연결됨</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>첫 번째 항목입니다.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>알 수 없는 동작입니다.</translation>
    </message>
</context>
<context>
    <name>SpeakerCard</name>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>원어 표기 이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>성을 먼저 표기</translation>
    </message>
    <message>
        <source>Optional local image file</source>
        <translation>로컬 이미지 파일 (선택 사항)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>약력</translation>
    </message>
    <message>
        <source>What the moderator says to introduce them</source>
        <translation>사회자가 소개할 때 할 말</translation>
    </message>
    <message>
        <source>Intro cue</source>
        <translation>소개 멘트</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>발표자 없음</translation>
    </message>
    <message>
        <source>Intro: {cue}</source>
        <translation>소개: {cue}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>사진 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>표시 이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The photo file does not exist: {path}</source>
        <translation>사진 파일이 없습니다: {path}</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>발표자</translation>
    </message>
    <message>
        <source>No speakers yet.</source>
        <translation>아직 발표자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <source>SessionKit — stage display</source>
        <translation>SessionKit — 무대 화면</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>곧 시작합니다</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>감사합니다</translation>
    </message>
</context>
<context>
    <name>StageMessage</name>
    <message>
        <source>Please wrap up</source>
        <translation>마무리해 주세요</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>5분 남았습니다</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간이 다 되었습니다</translation>
    </message>
    <message>
        <source>Please use the microphone</source>
        <translation>마이크를 사용해 주세요</translation>
    </message>
    <message>
        <source>Questions from the floor next</source>
        <translation>다음은 청중 질문입니다</translation>
    </message>
</context>
<context>
    <name>StageMessageDialog</name>
    <message>
        <source>Message to the stage</source>
        <translation>무대로 보낼 메시지</translation>
    </message>
    <message>
        <source>Shown on the stage display until you clear it ({key}).</source>
        <translation>지울 때까지 무대 화면에 표시됩니다 ({key}).</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
</context>
<context>
    <name>TeamFolder</name>
    <message>
        <source>&amp;Team folder status…</source>
        <translation>팀 폴더 상태(&amp;T)…</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>팀 폴더</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>팀 폴더 선택</translation>
    </message>
    <message>
        <source>Team folder status</source>
        <translation>팀 폴더 상태</translation>
    </message>
    <message>
        <source>Devices that contributed to each session</source>
        <translation>세션별로 기여한 기기</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Session / device</source>
        <translation>세션 / 기기</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>마지막 확인</translation>
    </message>
    <message>
        <source>No team folder is chosen. Choose one in File → Settings… to share sessions with other laptops.</source>
        <translation>팀 폴더를 선택하지 않았습니다. 다른 노트북과 세션을 공유하려면 파일 → 설정…에서 선택하세요.</translation>
    </message>
    <message>
        <source>Team folder: {folder}</source>
        <translation>팀 폴더: {folder}</translation>
    </message>
    <message>
        <source>This device: {name}</source>
        <translation>이 기기: {name}</translation>
    </message>
    <message>
        <source>Team folder not used</source>
        <translation>팀 폴더를 사용할 수 없음</translation>
    </message>
    <message>
        <source>Last pass failed: {reason}</source>
        <translation>마지막 동기화 실패: {reason}</translation>
    </message>
    <message>
        <source>A pass is running…</source>
        <translation>동기화하는 중…</translation>
    </message>
    <message>
        <source>Not merged (yet): {files}</source>
        <translation>아직 병합되지 않음: {files}</translation>
    </message>
    <message>
        <source>Last pass {time}: {written} written, {merged} merged.</source>
        <translation>마지막 동기화 {time}: 쓰기 {written}개, 병합 {merged}개.</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (이 기기)</translation>
    </message>
</context>
<context>
    <name>TimeCardsDialog</name>
    <message>
        <source>Stage time cards</source>
        <translation>무대 시간 안내 카드</translation>
    </message>
    <message>
        <source>One key puts a card on the stage display at once. The cards are kept with this session.</source>
        <translation>키 하나로 카드를 바로 무대 화면에 띄웁니다. 카드는 이 세션에 저장됩니다.</translation>
    </message>
    <message>
        <source>Time card {n}</source>
        <translation>시간 안내 카드 {n}</translation>
    </message>
    <message>
        <source>Built-in cards</source>
        <translation>기본 카드</translation>
    </message>
</context>
</TS>
