<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Add item</source>
        <translation>添加议程项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除议程项</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>移动议程项</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>编辑议程项</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加议程项(&amp;A)</translation>
    </message>
    <message>
        <source>Key: Insert</source>
        <translation>快捷键：Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Key: Delete</source>
        <translation>快捷键：Delete</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Key: Alt+Up</source>
        <translation>快捷键：Alt+↑</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Key: Alt+Down</source>
        <translation>快捷键：Alt+↓</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Key: Ctrl+Z</source>
        <translation>快捷键：Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Undo agenda edit</source>
        <translation>撤销议程修改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo agenda edit</source>
        <translation>重做议程修改(&amp;R)</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min · {start}–{end}</source>
        <translation>计划总计：{minutes} 分钟 · {start}–{end}</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min (set the session&apos;s start time to see the end time)</source>
        <translation>计划总计：{minutes} 分钟（设置会议开始时间后可显示结束时间）</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新议程项</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Moderator&apos;s cue</source>
        <translation>主持人提示</translation>
    </message>
</context>
<context>
    <name>AgendaEditorDialog</name>
    <message>
        <source>Agenda — {code}</source>
        <translation>议程 — {code}</translation>
    </message>
    <message>
        <source>Edits are saved at once. Ctrl+Z undoes the last one.</source>
        <translation>修改会立即保存。按 Ctrl+Z 可撤销上一次修改。</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Planned total: {minutes} min</source>
        <translation>计划总计：{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit 无法启动</translation>
    </message>
    <message>
        <source>Some bundled sessions were skipped</source>
        <translation>部分内置会议未能载入</translation>
    </message>
    <message>
        <source>No session to open: {reason}</source>
        <translation>没有可打开的会议：{reason}</translation>
    </message>
    <message>
        <source>These session files could not be read:

{errors}</source>
        <translation>无法读取以下会议文件：

{errors}</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Bin — deleted sessions</source>
        <translation>回收站 — 已删除的会议</translation>
    </message>
    <message>
        <source>Deleted sessions</source>
        <translation>已删除的会议</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{code} — {title} (deleted {when}, {n} notes)</source>
        <translation>{code} — {title}（{when} 删除，{n} 条笔记）</translation>
    </message>
    <message>
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
</context>
<context>
    <name>CaptureKeys</name>
    <message>
        <source>Add the note (an action first asks for owner and due date)</source>
        <translation>添加笔记（行动事项会先询问负责人和截止日期）</translation>
    </message>
    <message>
        <source>In the owner field: Tab to the due date; Enter adds the action</source>
        <translation>在负责人栏中：按 Tab 转到截止日期，按 Enter 添加行动事项</translation>
    </message>
    <message>
        <source>From the owner/due fields or the notes list: back to the note box</source>
        <translation>从负责人/截止日期栏或笔记列表返回笔记框</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next agenda item</source>
        <translation>将笔记标记为上一个 / 下一个议程项</translation>
    </message>
    <message>
        <source>Stamp notes with the previous / next speaker</source>
        <translation>将笔记标记为上一位 / 下一位发言人</translation>
    </message>
    <message>
        <source>Credit notes to the item&apos;s 1st…9th person (during the live run)</source>
        <translation>将笔记记在议程项第 1…9 位人员名下（实时进行中）</translation>
    </message>
    <message>
        <source>The note supports envisaged outcome 1…9 (toggle)</source>
        <translation>将笔记设为预期成果 1…9 的依据（切换）</translation>
    </message>
    <message>
        <source>Go to the notes list</source>
        <translation>转到笔记列表</translation>
    </message>
    <message>
        <source>Search all sessions&apos; notes</source>
        <translation>搜索所有会议的笔记</translation>
    </message>
    <message>
        <source>Report details: summary, attendance, sign-off</source>
        <translation>报告详情：摘要、出席人数、审定</translation>
    </message>
    <message>
        <source>Edit the note&apos;s text in place (Enter saves, Shift+Enter starts a new line, Esc cancels)</source>
        <translation>直接编辑笔记内容（Enter 保存，Shift+Enter 换行，Esc 取消）</translation>
    </message>
    <message>
        <source>Move the selected notes to the bin (in the bin: restore them); a &quot;Moved to the bin — Undo&quot; line appears</source>
        <translation>将所选笔记移到回收站（在回收站中则恢复）；会出现“笔记已移到回收站 — 撤销”一行</translation>
    </message>
    <message>
        <source>Undo the last move to the bin (or back); Ctrl+Shift+Z or Ctrl+Y redoes it</source>
        <translation>撤销最近一次移到回收站（或恢复）；Ctrl+Shift+Z 或 Ctrl+Y 重做</translation>
    </message>
    <message>
        <source>Star / unstar the selected notes</source>
        <translation>为所选笔记加星标 / 取消星标</translation>
    </message>
    <message>
        <source>History of the note (restore an earlier version)</source>
        <translation>笔记历史（恢复早先版本）</translation>
    </message>
    <message>
        <source>Change the kind of the selected notes</source>
        <translation>更改所选笔记的类型</translation>
    </message>
    <message>
        <source>Link / unlink the selected notes as evidence for outcome 1…9</source>
        <translation>将所选笔记关联为 / 取消关联为成果 1…9 的依据</translation>
    </message>
    <message>
        <source>In the notes list:</source>
        <translation>在笔记列表中：</translation>
    </message>
    <message>
        <source>Next note is a: {kind}</source>
        <translation>下一条笔记类型：{kind}</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Capture</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>The kind of the next note (Ctrl+1 … Ctrl+7)</source>
        <translation>下一条笔记的类型（Ctrl+1 … Ctrl+7）</translation>
    </message>
    <message>
        <source>Agenda item stamped on new notes when no live run is going (Ctrl+Up / Ctrl+Down)</source>
        <translation>未在实时进行时，新笔记标记的议程项（Ctrl+↑ / Ctrl+↓）</translation>
    </message>
    <message>
        <source>Speaker stamped on new notes when no live run is going (Ctrl+Shift+Up / Ctrl+Shift+Down)</source>
        <translation>未在实时进行时，新笔记标记的发言人（Ctrl+Shift+↑ / Ctrl+Shift+↓）</translation>
    </message>
    <message>
        <source>New notes are stamped with the item and speaker of the live run</source>
        <translation>新笔记会标记实时进行中的议程项和发言人</translation>
    </message>
    <message>
        <source>Notes are credited to this person. Ctrl+Shift+Up / Ctrl+Shift+Down: previous / next person of the item; Alt+Shift+1…9: the nth person</source>
        <translation>笔记记在此人名下。Ctrl+Shift+↑ / Ctrl+Shift+↓：本议程项的上一位 / 下一位人员；Alt+Shift+1…9：第 n 位人员</translation>
    </message>
    <message>
        <source>Type a note… Ctrl+Enter adds it · Ctrl+1…7 sets its kind</source>
        <translation>输入笔记… Ctrl+Enter 添加 · Ctrl+1…7 设置类型</translation>
    </message>
    <message>
        <source>Note box</source>
        <translation>笔记框</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>who will do it</source>
        <translation>由谁执行</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD 或 +7</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds · F1 lists the keys</source>
        <translation>Ctrl+Enter 添加 · F1 查看快捷键</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>无议程项</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>There is no speaker {n} on this item.</source>
        <translation>此议程项没有第 {n} 位发言人。</translation>
    </message>
    <message>
        <source>There is no speaker {n}.</source>
        <translation>没有第 {n} 位发言人。</translation>
    </message>
    <message>
        <source>Live: {context}</source>
        <translation>进行中：{context}</translation>
    </message>
    <message>
        <source>no item</source>
        <translation>无议程项</translation>
    </message>
    <message>
        <source>Speaker: {name} ({n} of {total})</source>
        <translation>发言人：{name}（{n} / {total}）</translation>
    </message>
    <message>
        <source>Speaker: {name}</source>
        <translation>发言人：{name}</translation>
    </message>
    <message>
        <source>Speaker: nobody yet (Ctrl+Shift+Down picks one)</source>
        <translation>发言人：尚未选择（按 Ctrl+Shift+↓ 选择）</translation>
    </message>
    <message>
        <source>There is no outcome {n}.</source>
        <translation>没有成果 {n}。</translation>
    </message>
    <message>
        <source>Supports outcome {list}</source>
        <translation>支持成果 {list}</translation>
    </message>
    <message>
        <source>Action: type the owner, Tab to the due date, Enter to add (Esc: back to the note)</source>
        <translation>行动事项：输入负责人，按 Tab 转到截止日期，按 Enter 添加（Esc：返回笔记）</translation>
    </message>
    <message>
        <source>Due date: {reason}</source>
        <translation>截止日期：{reason}</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>未添加：{reason}</translation>
    </message>
</context>
<context>
    <name>CaptureTools</name>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search notes…</source>
        <translation>搜索笔记(&amp;S)…</translation>
    </message>
    <message>
        <source>Go to the notes &amp;list</source>
        <translation>转到笔记列表(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the note &amp;box</source>
        <translation>返回笔记框(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Report details…</source>
        <translation>报告详情(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>CueCard</name>
    <message>
        <source>SessionKit — cue card</source>
        <translation>SessionKit — 提示卡</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>下一项：{title}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>例如 2026-11-18 14:30</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time that exists; write it as 2026-11-18 14:30 (year-month-day hours:minutes).</source>
        <translation>“{text}”不是存在的日期和时间；请按 2026-11-18 14:30（年-月-日 时:分）的格式输入。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About SessionKit</source>
        <translation>关于 SessionKit</translation>
    </message>
    <message>
        <source>Add the note in the box (stamped with the time)</source>
        <translation>添加笔记框中的笔记（附带时间）</translation>
    </message>
    <message>
        <source>Move between the note box and other controls</source>
        <translation>在笔记框与其他控件之间移动</translation>
    </message>
    <message>
        <source>Quit (the draft is saved first)</source>
        <translation>退出（先保存草稿）</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>本快捷键列表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>SessionKit {version}

An offline kit for a conference session&apos;s moderator and rapporteur: agenda, clock, notes and the post-session report.

Everything stays on this computer; SessionKit never uses the internet. It uses the local network only while you share the live run or follow a moderator.</source>
        <translation>SessionKit {version}

为会议主持人和记录员设计的离线工具：议程、计时、笔记和会后报告。

所有数据都保存在这台电脑上；SessionKit 从不使用互联网。只有在共享实时进程或跟随主持人时才使用本地网络。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
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
        <translation>磁盘未及时响应</translation>
    </message>
    <message>
        <source>the note box could not be saved</source>
        <translation>无法保存笔记框</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export session package</source>
        <translation>导出会议数据包</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>Where to save the package</source>
        <translation>数据包保存位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>One file with the session, its people, agenda, outcomes and every note. Send it by USB, e-mail or a synced folder; the organisers merge it with File → Merge package…</source>
        <translation>一个文件即包含会议、人员、议程、成果及全部笔记。可通过 U 盘、电子邮件或同步文件夹发送；组织方用“文件 → 合并数据包…”导入。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json);;All files (*)</source>
        <translation>SessionKit 数据包 (*.sessionkit.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a session and a file first.</source>
        <translation>请先选择会议和文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Package saved: {path}</source>
        <translation>数据包已保存：{path}</translation>
    </message>
    <message>
        <source>The package was not exported: {reason}</source>
        <translation>数据包未能导出：{reason}</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>报告格式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>目标文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信纸（Letter）</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>报告标题和标签所用的语言；笔记保持原样</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <source>The organisation&apos;s logo, colours, header and footer</source>
        <translation>机构的徽标、颜色、页眉和页脚</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a report template</source>
        <translation>添加报告模板</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>包含的章节</translation>
    </message>
    <message>
        <source>Include the &amp;annex (all notes in time order)</source>
        <translation>包含附录(&amp;A)（按时间顺序列出全部笔记）</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export warnings</source>
        <translation>导出警告</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>会议详情</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Envisaged outcomes</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <source>Agenda: planned and actual</source>
        <translation>议程：计划与实际</translation>
    </message>
    <message>
        <source>The run in pictures</source>
        <translation>图解会议进程</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要信息</translation>
    </message>
    <message>
        <source>Presentation notes</source>
        <translation>发言记录</translation>
    </message>
    <message>
        <source>Discussion and Q&amp;&amp;A</source>
        <translation>讨论与问答</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>行动事项</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This session&apos;s template</source>
        <translation>本会议的模板</translation>
    </message>
    <message>
        <source>Template not remembered</source>
        <translation>未能记住模板</translation>
    </message>
    <message>
        <source>The report was saved, but its template could not be remembered for this session: {reason}</source>
        <translation>报告已保存，但未能将其模板记为本会议的模板：{reason}</translation>
    </message>
    <message>
        <source>Template refused</source>
        <translation>无法使用模板</translation>
    </message>
    <message>
        <source>This report template cannot be used: {reason}</source>
        <translation>无法使用此报告模板：{reason}</translation>
    </message>
    <message>
        <source>Choose a report template</source>
        <translation>选择报告模板</translation>
    </message>
    <message>
        <source>Report templates (*.toml)</source>
        <translation>报告模板 (*.toml)</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>请选择保存报告的文件。</translation>
    </message>
    <message>
        <source>Exporting the report to {path}…</source>
        <translation>正在将报告导出到 {path}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>报告已保存：{path}</translation>
    </message>
    <message>
        <source>⚠ Warnings ({n}):</source>
        <translation>⚠ 警告（{n} 条）：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export cancelled; the file at the destination was not changed.</source>
        <translation>已取消导出；目标位置的文件未被更改。</translation>
    </message>
    <message>
        <source>The report was not exported.</source>
        <translation>报告未导出。</translation>
    </message>
    <message>
        <source>The report could not be exported: {reason}</source>
        <translation>无法导出报告：{reason}</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <source>{count} character(s) that no bundled font has were printed as {placeholder} ({total} in all): {chars}</source>
        <translation>内置字体中没有的 {count} 个字符已打印为 {placeholder}（共 {total} 处）：{chars}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>，另有 {n} 个</translation>
    </message>
</context>
<context>
    <name>Follow</name>
    <message>
        <source>Follow a moderator</source>
        <translation>跟随主持人</translation>
    </message>
    <message>
        <source>Notes typed here get the item and speaker the moderator is running. Their screen (Live → Share on the local network…) shows the address and the code.</source>
        <translation>在此输入的笔记会标记主持人正在进行的议程项和发言人。地址和配对码显示在主持人的屏幕上（实时 → 在局域网中共享…）。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>配对码(&amp;C)：</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>This laptop shares its own run on the network. Stop sharing first (Live → Sharing on…), then follow the moderator.</source>
        <translation>这台笔记本正在网络上共享自己的进程。请先停止共享（实时 → 正在共享…），再跟随主持人。</translation>
    </message>
    <message>
        <source>Following {address} — reconnecting…</source>
        <translation>正在跟随 {address} — 正在重新连接…</translation>
    </message>
    <message>
        <source>The moderator&apos;s run drives this clock; Live → Stop following to drive it yourself.</source>
        <translation>此计时由主持人的进程控制；如需自己控制，请选择“实时 → 停止跟随”。</translation>
    </message>
    <message>
        <source>Following {address}</source>
        <translation>正在跟随 {address}</translation>
    </message>
    <message>
        <source>Following {address} — link lost — stamping with the last known item; reconnecting by itself</source>
        <translation>正在跟随 {address} — 连接中断 — 正在用最后已知的议程项标记笔记；将自动重新连接</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>正在连接 {address}…</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Waiting for the moderator to start</source>
        <translation>等待主持人开始</translation>
    </message>
    <message>
        <source>The moderator&apos;s run: {code} — {title}</source>
        <translation>主持人的进程：{code} — {title}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>舞台显示中：“{message}”</translation>
    </message>
    <message>
        <source>The moderator runs {code} — {title}. Open that session (Session → Open…) and follow from there.</source>
        <translation>主持人正在进行 {code} — {title}。请打开该会议（会议 → 打开…），然后在那里跟随。</translation>
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
        <translation>会场：{room}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>专题：{track}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>笔记历史</translation>
    </message>
    <message>
        <source>Now: {kind} — last changed {when}</source>
        <translation>当前：{kind} — 最后修改于 {when}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {text}</source>
        <translation>{when} · {kind} · {text}</translation>
    </message>
    <message>
        <source>This note has not been edited.</source>
        <translation>这条笔记未被修改过。</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>edited here: kept</source>
        <translation>已在本机编辑：保留</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>未编号的活动</translation>
    </message>
    <message>
        <source>Entry {id}</source>
        <translation>条目 {id}</translation>
    </message>
    <message>
        <source>Event {id}</source>
        <translation>活动 {id}</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>日程未注明时区，其中的时间已按 UTC 读取（如需更正，请在上方输入会议所在时区）。</translation>
    </message>
    <message>
        <source>The schedule gives no time zone; times without one were read as UTC.</source>
        <translation>日程未注明时区；未带时区的时间已按 UTC 读取。</translation>
    </message>
    <message>
        <source>The calendar gives no time zone for some events; they were read as UTC.</source>
        <translation>日历中部分活动未注明时区，已按 UTC 读取。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; the events&apos; own UTC offsets were used.</source>
        <translation>无法识别日程的时区 {tz}；已使用各活动自带的 UTC 偏移。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown; its times were read as UTC (enter the conference&apos;s time zone above to correct them).</source>
        <translation>无法识别日程的时区 {tz}，其中的时间已按 UTC 读取（如需更正，请在上方输入会议所在时区）。</translation>
    </message>
    <message>
        <source>The schedule&apos;s time zone {tz} is unknown.</source>
        <translation>无法识别日程的时区 {tz}。</translation>
    </message>
    <message>
        <source>{n} events give a UTC offset that differs from the schedule&apos;s time zone {tz}; their exact instants were kept and shown in {tz}.</source>
        <translation>有 {n} 个活动的 UTC 偏移与日程时区 {tz} 不同；已保留其确切时刻，并按 {tz} 显示。</translation>
    </message>
    <message>
        <source>{event}: it ends before it starts; the end time was left empty.</source>
        <translation>{event}：结束时间早于开始时间；结束时间已留空。</translation>
    </message>
    <message>
        <source>{event}: the duration {value} was not understood; the end time was left empty.</source>
        <translation>{event}：无法识别时长 {value}；结束时间已留空。</translation>
    </message>
    <message>
        <source>{event}: the duration was not understood; the end time was left empty.</source>
        <translation>{event}：无法识别时长；结束时间已留空。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no title.</source>
        <translation>{event}：没有标题，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no SUMMARY (title).</source>
        <translation>{event}：没有 SUMMARY（标题），已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable date and start time.</source>
        <translation>{event}：没有可用的日期和开始时间，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable DTSTART.</source>
        <translation>{event}：没有可用的 DTSTART，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, its DTSTART is not a date or time.</source>
        <translation>{event}：其 DTSTART 不是日期或时间，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it is not an object.</source>
        <translation>{event}：不是对象，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start date.</source>
        <translation>{event}：没有可用的开始日期，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, it has no usable start.</source>
        <translation>{event}：没有可用的开始时间，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}：日期（{year} 年）不在 {first}–{last} 年范围内，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, its date or time cannot be read.</source>
        <translation>{event}：无法读取其日期或时间，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, the schedule marks it {state}.</source>
        <translation>{event}：日程将其标记为 {state}，已跳过。</translation>
    </message>
    <message>
        <source>{event}: skipped, its entryType {value} is not Session, Contribution or Break.</source>
        <translation>{event}：其 entryType {value} 不是 Session、Contribution 或 Break，已跳过。</translation>
    </message>
    <message>
        <source>{event}: its end (year {year}) is outside the years {first}–{last}; the end time was left empty.</source>
        <translation>{event}：结束时间（{year} 年）不在 {first}–{last} 年范围内；结束时间已留空。</translation>
    </message>
    <message>
        <source>{event}: the duration is too long; the end time was left empty.</source>
        <translation>{event}：时长过长；结束时间已留空。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it has no title.</source>
        <translation>{event}，部分 {part}：没有标题，未列入议程。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, it is not an object.</source>
        <translation>{event}，部分 {part}：不是对象，未列入议程。</translation>
    </message>
    <message>
        <source>{event}, part {part}: left out of the agenda, its date (year {year}) is outside the years {first}–{last}.</source>
        <translation>{event}，部分 {part}：日期（{year} 年）不在 {first}–{last} 年范围内，未列入议程。</translation>
    </message>
    <message>
        <source>The timetable gives no time zone; times without one were read as UTC.</source>
        <translation>时间表未注明时区；未带时区的时间已按 UTC 读取。</translation>
    </message>
    <message>
        <source>Indico event {id}: skipped, its timetable is not an object.</source>
        <translation>Indico 活动 {id}：其时间表不是对象，已跳过。</translation>
    </message>
    <message>
        <source>Day {day}: skipped, its entries are not an object.</source>
        <translation>日期 {day}：其条目不是对象，已跳过。</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the copy was ignored.</source>
        <translation>活动 {code}（{title}）在文件中出现了不止一次；重复的一项已忽略。</translation>
    </message>
    <message>
        <source>Event {code} ({title}) appears more than once in the file; the later, different one was ignored.</source>
        <translation>活动 {code}（{title}）在文件中出现了不止一次；后出现且内容不同的一项已忽略。</translation>
    </message>
</context>
<context>
    <name>ImportScheduleDialog</name>
    <message>
        <source>Import schedule</source>
        <translation>导入日程</translation>
    </message>
    <message>
        <source>Schedule file</source>
        <translation>日程文件</translation>
    </message>
    <message>
        <source>Type or paste the path of a frab/Pentabarf XML, pretalx or CCC hub JSON, Indico timetable (JSON or .ics) or .ics file, then Enter</source>
        <translation>输入或粘贴 frab/Pentabarf XML、pretalx 或 CCC hub JSON、Indico 时间表（JSON 或 .ics）或 .ics 文件的路径，然后按 Enter</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>e.g. Europe/Brussels</source>
        <translation>例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>The conference&apos;s time zone, for files that give none</source>
        <translation>文件未注明时区时使用的会议时区</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Choose a schedule file to see its events.</source>
        <translation>选择日程文件以查看其中的活动。</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选活动</translation>
    </message>
    <message>
        <source>Filter by title, room, track, speaker…</source>
        <translation>按标题、会场、专题、发言人筛选…</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>文件中的活动</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open the imported session</source>
        <translation>打开导入的会议</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>日程 (*.xml *.json *.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>{title} — {n} events, time zone {tz}. New: {add}, changed: {change}, unchanged: {unchanged}, edited here (kept): {kept}.</source>
        <translation>{title} — {n} 个活动，时区 {tz}。新增：{add}，有变化：{change}，无变化：{unchanged}，已在本机编辑（保留）：{kept}。</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>{n} sessions imported before are no longer in the file (they stay, with their notes).</source>
        <translation>之前导入的 {n} 个会议已不在文件中（它们连同笔记一并保留）。</translation>
    </message>
    <message>
        <source>Tick the events to import: Space ticks the selected rows, Select all ticks every event shown.</source>
        <translation>请勾选要导入的活动：按 Space 勾选所选行，“全选”勾选显示的全部活动。</translation>
    </message>
    <message>
        <source>This file cannot be imported: {reason}</source>
        <translation>无法导入此文件：{reason}</translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation>导入 {n} 个会议</translation>
    </message>
    <message>
        <source>Imported: {added} new, {changed} updated, {unchanged} unchanged, {kept} kept with your edits.</source>
        <translation>已导入：新增 {added} 个，更新 {changed} 个，无变化 {unchanged} 个，保留本机修改 {kept} 个。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>打开“{code}”</translation>
    </message>
    <message>
        <source>Open one of them…</source>
        <translation>打开其中一个…</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>未导入任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>导入日程(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;package…</source>
        <translation>导出数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Merge package…</source>
        <translation>合并数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Export agenda as &amp;calendar (.ics)…</source>
        <translation>将议程导出为日历(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not exported</source>
        <translation>日历未导出</translation>
    </message>
    <message>
        <source>Schedule imported: {n} new, {c} updated sessions</source>
        <translation>日程已导入：新增 {n} 个会议，更新 {c} 个</translation>
    </message>
    <message>
        <source>Calendar saved: {path}</source>
        <translation>日历已保存：{path}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>These keys work anywhere in SessionKit, also while you type a note and in the stage display window.</source>
        <translation>这些按键在 SessionKit 的任何地方都可使用，包括输入笔记时和舞台显示窗口中。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
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
        <translation>笔记</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>主要信息</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引述</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开幕</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>小组讨论</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>讨论</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>闭幕</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>记录员</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>评议人</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>小组嘉宾</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>发言人</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>■ Time is up</source>
        <translation>■ 时间到</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>按计划进行</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>❚❚ Paused</source>
        <translation>❚❚ 已暂停</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>Following a moderator: their run drives this clock. Live → Stop following to drive it yourself.</source>
        <translation>正在跟随主持人：此计时由主持人的进程控制。如需自己控制，请选择“实时 → 停止跟随”。</translation>
    </message>
    <message>
        <source>+{n} min behind</source>
        <translation>落后 {n} 分钟</translation>
    </message>
    <message>
        <source>{n} min ahead</source>
        <translation>提前 {n} 分钟</translation>
    </message>
    <message>
        <source>⚠ {time} left</source>
        <translation>⚠ 剩余 {time}</translation>
    </message>
    <message>
        <source>▲ Over time {time}</source>
        <translation>▲ 超时 {time}</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting.</source>
        <translation>议程为空：开始前请添加议程项。</translation>
    </message>
    <message>
        <source>The session has ended. Use Reset live run to run it again.</source>
        <translation>会议已结束。如需重新进行，请使用“重置实时进程”。</translation>
    </message>
    <message>
        <source>No key messages yet</source>
        <translation>暂无主要信息</translation>
    </message>
    <message>
        <source>The stage display opened as a window on this screen: drag it to the projector (F11 there: full screen).</source>
        <translation>舞台显示已在本屏幕上以窗口打开：请将其拖到投影屏幕上（在那里按 F11：全屏）。</translation>
    </message>
    <message>
        <source>“{card}” is ready on the stage display, which is hidden (F9 shows it).</source>
        <translation>“{card}”已放到舞台显示上，但舞台显示目前处于隐藏状态（按 F9 显示）。</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>还剩 5 分钟</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>还剩 2 分钟</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>还剩 1 分钟</translation>
    </message>
    <message>
        <source>Please wrap up</source>
        <translation>请总结发言</translation>
    </message>
    <message>
        <source>Questions now</source>
        <translation>进入问答环节</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一项</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一项 ▶</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>消息…</translation>
    </message>
    <message>
        <source>Read-out</source>
        <translation>宣读</translation>
    </message>
    <message>
        <source>Live agenda</source>
        <translation>实时议程</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>议程项</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>当前发言人</translation>
    </message>
    <message>
        <source>Amber at</source>
        <translation>黄色提醒</translation>
    </message>
    <message>
        <source>Amber warning, seconds left</source>
        <translation>黄色提醒（剩余秒数）</translation>
    </message>
    <message>
        <source> s left</source>
        <translation> 秒（剩余）</translation>
    </message>
    <message>
        <source>Red at</source>
        <translation>红色提醒</translation>
    </message>
    <message>
        <source>Red warning, seconds left</source>
        <translation>红色提醒（剩余秒数）</translation>
    </message>
    <message>
        <source>Stage screen</source>
        <translation>舞台屏幕</translation>
    </message>
    <message>
        <source>Live run</source>
        <translation>实时进程</translation>
    </message>
    <message>
        <source>Red must come at or after amber.</source>
        <translation>红色提醒不得早于黄色提醒。</translation>
    </message>
    <message>
        <source>Reset live run</source>
        <translation>重置实时进程</translation>
    </message>
    <message>
        <source>Forget the recorded start and end times of every item and go back to “not started”? Notes are not affected.</source>
        <translation>清除所有议程项已记录的开始和结束时间，恢复为“未开始”？笔记不受影响。</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ 继续</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台显示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show or hide the current speaker</source>
        <translation>显示 / 隐藏当前发言人</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the current speaker&apos;s card</source>
        <translation>编辑当前发言人的卡片</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>Warnings and stage screen</source>
        <translation>提醒与舞台屏幕</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>编辑发言人</translation>
    </message>
    <message>
        <source>{action} — key: {key}</source>
        <translation>{action} — 快捷键：{key}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source> (incl. {sign}{m} min added)</source>
        <translation>（含追加 {sign}{m} 分钟）</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} of {planned}{extra}</source>
        <translation>已用 {elapsed} / 计划 {planned}{extra}</translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation>提示：{cue}</translation>
    </message>
    <message>
        <source>(empty agenda)</source>
        <translation>（议程为空）</translation>
    </message>
    <message>
        <source>Ready: {title}</source>
        <translation>准备就绪：{title}</translation>
    </message>
    <message>
        <source>Press {key} to start</source>
        <translation>按 {key} 开始</translation>
    </message>
    <message>
        <source>Ended {end} · ran {elapsed} (planned {planned})</source>
        <translation>{end} 结束 · 用时 {elapsed}（计划 {planned}）</translation>
    </message>
    <message>
        <source> · ends {projected} (planned {planned})</source>
        <translation> · 预计 {projected} 结束（计划 {planned}）</translation>
    </message>
    <message>
        <source>Session {elapsed} elapsed · {remaining} left of {planned}{ends}</source>
        <translation>会议已用 {elapsed} · 计划 {planned}，剩余 {remaining}{ends}</translation>
    </message>
    <message>
        <source>On stage: “{message}”</source>
        <translation>舞台显示中：“{message}”</translation>
    </message>
    <message>
        <source>▶ Now</source>
        <translation>▶ 进行中</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>{planned} planned {sign} {extra} added</source>
        <translation>计划 {planned} {sign} 追加 {extra}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>下一位：{name}</translation>
    </message>
</context>
<context>
    <name>LiveShortcuts</name>
    <message>
        <source>Start the session / pause / resume</source>
        <translation>开始会议 / 暂停 / 继续</translation>
    </message>
    <message>
        <source>Previous agenda item</source>
        <translation>上一个议程项</translation>
    </message>
    <message>
        <source>Next agenda item (ends the session after the last)</source>
        <translation>下一个议程项（最后一项之后结束会议）</translation>
    </message>
    <message>
        <source>Give the current item one more minute</source>
        <translation>当前议程项延长 1 分钟</translation>
    </message>
    <message>
        <source>Show / hide the stage display</source>
        <translation>显示 / 隐藏舞台显示</translation>
    </message>
    <message>
        <source>Send a message to the stage display</source>
        <translation>向舞台显示发送消息</translation>
    </message>
    <message>
        <source>Clear the stage message</source>
        <translation>清除舞台消息</translation>
    </message>
    <message>
        <source>Read-out mode: key messages on the stage display</source>
        <translation>宣读模式：在舞台显示上展示主要信息</translation>
    </message>
    <message>
        <source>Read-out mode: next key message</source>
        <translation>宣读模式：下一条主要信息</translation>
    </message>
    <message>
        <source>Read-out mode: previous key message</source>
        <translation>宣读模式：上一条主要信息</translation>
    </message>
    <message>
        <source>Stage time card 1 (“5 minutes”)</source>
        <translation>时间提示卡 1（“还剩 5 分钟”）</translation>
    </message>
    <message>
        <source>Stage time card 2 (“2 minutes”)</source>
        <translation>时间提示卡 2（“还剩 2 分钟”）</translation>
    </message>
    <message>
        <source>Stage time card 3 (“1 minute”)</source>
        <translation>时间提示卡 3（“还剩 1 分钟”）</translation>
    </message>
    <message>
        <source>Stage time card 4 (“Please wrap up”)</source>
        <translation>时间提示卡 4（“请总结发言”）</translation>
    </message>
    <message>
        <source>Stage time card 5 (“Questions now”)</source>
        <translation>时间提示卡 5（“进入问答环节”）</translation>
    </message>
    <message>
        <source>Cue card: the current speaker large, for the lectern</source>
        <translation>提示卡：放大显示当前发言人（供讲台使用）</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>In the notes list: undo moving notes to the bin (or back)</source>
        <translation>在笔记列表中：撤销移到回收站（或从回收站恢复）</translation>
    </message>
    <message>
        <source>In the notes list: redo</source>
        <translation>在笔记列表中：重做</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SessionKit</source>
        <translation>关于 SessionKit(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MergePackagesDialog</name>
    <message>
        <source>Merge session packages</source>
        <translation>合并会议数据包</translation>
    </message>
    <message>
        <source>Packages to merge</source>
        <translation>要合并的数据包</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Merging adds notes you don&apos;t have, takes the newest edit of each note and respects deletions. Merging a package twice, or in any order, gives the same result.</source>
        <translation>合并会添加您没有的笔记，每条笔记采用最新的修改，并遵从删除操作。同一数据包合并两次或以任意顺序合并，结果都相同。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>SessionKit packages (*.sessionkit.json *.json);;All files (*)</source>
        <translation>SessionKit 数据包 (*.sessionkit.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add at least one package file.</source>
        <translation>请至少添加一个数据包文件。</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>{file}: session {code}{new} — notes: {added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged</source>
        <translation>{file}：会议 {code}{new} — 笔记：新增 {added}，更新 {updated}，删除 {deleted}，无变化 {unchanged}</translation>
    </message>
    <message>
        <source> (new here)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>⚠ {n} notes were edited on two laptops at once: both versions are kept (the other one is in the note&apos;s history)</source>
        <translation>⚠ 有 {n} 条笔记在两台笔记本电脑上同时被修改：两个版本均已保留（另一版本在笔记历史中）</translation>
    </message>
    <message>
        <source>Nothing new: everything in these packages was already here.</source>
        <translation>没有新内容：这些数据包中的内容都已存在。</translation>
    </message>
    <message>
        <source>Nothing was merged: {reason}</source>
        <translation>未合并任何内容：{reason}</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>&amp;Session</source>
        <translation>会议(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>新建会议(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>编辑会议(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit &amp;agenda…</source>
        <translation>编辑议程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate session</source>
        <translation>复制会议(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete session…</source>
        <translation>删除会议(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <source>Live &amp;mode</source>
        <translation>实时模式(&amp;M)</translation>
    </message>
    <message>
        <source>Stage time &amp;cards…</source>
        <translation>舞台时间提示卡(&amp;C)…</translation>
    </message>
    <message>
        <source>Stage display full &amp;screen</source>
        <translation>舞台显示全屏(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish the session now</source>
        <translation>立即结束会议(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reset live run…</source>
        <translation>重置实时进程(&amp;R)…</translation>
    </message>
    <message>
        <source>F&amp;ollow a moderator…</source>
        <translation>跟随主持人(&amp;O)…</translation>
    </message>
    <message>
        <source>Stop follo&amp;wing</source>
        <translation>停止跟随(&amp;W)</translation>
    </message>
    <message>
        <source>Live mode on/off</source>
        <translation>开启 / 关闭实时模式</translation>
    </message>
    <message>
        <source>Edit the agenda (Ctrl+Z there undoes the last agenda edit)</source>
        <translation>编辑议程（在其中按 Ctrl+Z 可撤销上一次修改）</translation>
    </message>
    <message>
        <source>In the stage display window: full screen on / off</source>
        <translation>在舞台显示窗口中：开启 / 关闭全屏</translation>
    </message>
    <message>
        <source>Copy made; now open: {code} — {title}</source>
        <translation>已复制并打开：{code} — {title}</translation>
    </message>
    <message>
        <source>Copy made: {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>已复制：{code} — {title}；可通过“会议 → 打开…”（Ctrl+O）打开。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit the agenda (Ctrl+Shift+A)</source>
        <translation>双击或按 Enter 编辑议程（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Created; now open: {code} — {title}</source>
        <translation>已创建并打开：{code} — {title}</translation>
    </message>
    <message>
        <source>Created {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>已创建：{code} — {title}；可通过“会议 → 打开…”（Ctrl+O）打开。</translation>
    </message>
    <message>
        <source>This is the only session; make another one first.</source>
        <translation>这是唯一的会议；请先新建另一个会议。</translation>
    </message>
    <message>
        <source>Restored from the bin; now open: {code} — {title}</source>
        <translation>已从回收站恢复并打开：{code} — {title}</translation>
    </message>
    <message>
        <source>Restored {code} — {title}; open it with Session → Open… (Ctrl+O).</source>
        <translation>已恢复：{code} — {title}；可通过“会议 → 打开…”（Ctrl+O）打开。</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>成果(&amp;O)</translation>
    </message>
    <message>
        <source>Move “{code} — {title}” and its notes to the bin? You can restore it from Session → Bin.</source>
        <translation>将“{code} — {title}”及其笔记移到回收站？可从“会议 → 回收站”恢复。</translation>
    </message>
    <message>
        <source>Stage time card {n}: “{text}”</source>
        <translation>时间提示卡 {n}：“{text}”</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起始模板：</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起始模板</translation>
    </message>
    <message>
        <source>Blank session (no agenda)</source>
        <translation>空白会议（无议程）</translation>
    </message>
    <message>
        <source>{title} — {items} items, {minutes} min</source>
        <translation>{title} — {items} 个议程项，{minutes} 分钟</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>supports {list}</source>
        <translation>支持 {list}</translation>
    </message>
    <message>
        <source>Conflict: edited on two laptops at once; the other version is in the note&apos;s history (H).</source>
        <translation>冲突：在两台笔记本电脑上同时被修改；另一版本在笔记历史中（H）。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Times are in the session&apos;s time zone, {zone}</source>
        <translation>时间按会议时区（{zone}）显示</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Item / speaker</source>
        <translation>议程项 / 发言人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>截止 {date}</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Filter by agenda item</source>
        <translation>按议程项筛选</translation>
    </message>
    <message>
        <source>Filter by speaker</source>
        <translation>按发言人筛选</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 星标</translation>
    </message>
    <message>
        <source>Only starred notes</source>
        <translation>仅显示星标笔记</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Show deleted notes (select and press Delete to restore)</source>
        <translation>显示已删除的笔记（选中后按 Delete 恢复）</translation>
    </message>
    <message>
        <source>Only notes supporting this outcome; click to show all</source>
        <translation>仅显示支持此成果的笔记；点击显示全部</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>所有议程项</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>所有发言人</translation>
    </message>
    <message>
        <source>Outcome {n} ✕</source>
        <translation>成果 {n} ✕</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 条笔记</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} 条笔记</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>显示 {shown} / {total} 条</translation>
    </message>
    <message>
        <source>Note moved to the bin</source>
        <translation>笔记已移到回收站</translation>
    </message>
    <message>
        <source>{n} notes moved to the bin</source>
        <translation>{n} 条笔记已移到回收站</translation>
    </message>
    <message>
        <source>Note restored from the bin</source>
        <translation>笔记已从回收站恢复</translation>
    </message>
    <message>
        <source>{n} notes restored from the bin</source>
        <translation>{n} 条笔记已从回收站恢复</translation>
    </message>
    <message>
        <source>Action owner and due date</source>
        <translation>行动事项负责人和截止日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or +7</source>
        <translation>YYYY-MM-DD 或 +7</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>Select one note to see its history.</source>
        <translation>请选择一条笔记以查看其历史。</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>编辑内容(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>加星标 / 取消星标(&amp;S)</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>移到回收站(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Outcome {n}</source>
        <translation>成果 {n}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Agenda &amp;item</source>
        <translation>议程项(&amp;I)</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>无议程项</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>发言人(&amp;P)</translation>
    </message>
    <message>
        <source>No speaker</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>S&amp;upports outcome</source>
        <translation>支持成果(&amp;U)</translation>
    </message>
    <message>
        <source>Action &amp;owner and due date…</source>
        <translation>行动事项负责人和截止日期(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Restore from the bin</source>
        <translation>从回收站恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>OutcomeRow</name>
    <message>
        <source>Click to cycle: open → partly achieved → achieved</source>
        <translation>点击切换：未开始 → 部分达成 → 已达成</translation>
    </message>
    <message>
        <source>Status, comment, evidence</source>
        <translation>状态、备注、依据</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Show supporting notes</source>
        <translation>显示支持笔记</translation>
    </message>
    <message>
        <source>1 supporting note</source>
        <translation>1 条支持笔记</translation>
    </message>
    <message>
        <source>{n} supporting notes</source>
        <translation>{n} 条支持笔记</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <source>Envisaged outcomes</source>
        <translation>预期成果</translation>
    </message>
    <message>
        <source>Outcome comment</source>
        <translation>成果备注</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People on this item</source>
        <translation>此议程项的人员</translation>
    </message>
</context>
<context>
    <name>ProceedingsDialog</name>
    <message>
        <source>Destination file</source>
        <translation>目标文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Export proceedings</source>
        <translation>导出会议文集</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Sess&amp;ions:</source>
        <translation>会议(&amp;I)：</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Export &amp;action items…</source>
        <translation>导出行动事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Session {code} has no action items; nothing was written.</source>
        <translation>会议 {code} 没有行动事项；未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Export action items</source>
        <translation>导出行动事项</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>所有会议(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>电子表格 (CSV)</translation>
    </message>
    <message>
        <source>Calendar to-dos (iCalendar)</source>
        <translation>日历待办事项 (iCalendar)</translation>
    </message>
    <message>
        <source>Export p&amp;roceedings…</source>
        <translation>导出会议文集(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a file to save to.</source>
        <translation>请选择要保存到的文件。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The chosen session</source>
        <translation>所选会议</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>所有会议</translation>
    </message>
    <message>
        <source>No session is chosen; nothing was written.</source>
        <translation>未选择任何会议；未写入任何内容。</translation>
    </message>
    <message>
        <source>Proceedings saved: {path}</source>
        <translation>会议文集已保存：{path}</translation>
    </message>
    <message>
        <source>{n} action items saved: {path}</source>
        <translation>已保存 {n} 项行动事项：{path}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>未导出：{reason}</translation>
    </message>
    <message>
        <source>&amp;This session ({code})</source>
        <translation>本会议(&amp;T)（{code}）</translation>
    </message>
    <message>
        <source>No session has action items; nothing was written.</source>
        <translation>没有任何会议有行动事项；未写入任何内容。</translation>
    </message>
    <message>
        <source>The {n} chosen sessions</source>
        <translation>所选的 {n} 个会议</translation>
    </message>
    <message>
        <source>Day: {day}</source>
        <translation>日期：{day}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>专题：{track}</translation>
    </message>
</context>
<context>
    <name>ReadinessList</name>
    <message>
        <source>Ready to sign off?</source>
        <translation>可以审定了吗？</translation>
    </message>
    <message>
        <source>What the report is missing; Enter opens the place to fix it</source>
        <translation>报告缺少的内容；按 Enter 打开需修改之处</translation>
    </message>
    <message>
        <source>The summary is not written</source>
        <translation>尚未撰写摘要</translation>
    </message>
    <message>
        <source>Outcome {number} has no status: {text}</source>
        <translation>成果 {number} 没有状态：{text}</translation>
    </message>
    <message>
        <source>Action has no owner: {text}</source>
        <translation>行动事项没有负责人：{text}</translation>
    </message>
    <message>
        <source>Action has no due date: {text}</source>
        <translation>行动事项没有截止日期：{text}</translation>
    </message>
    <message>
        <source>Note has no agenda item or speaker: {text}</source>
        <translation>笔记没有议程项或发言人：{text}</translation>
    </message>
    <message>
        <source>Speaker has no native-script name: {name}</source>
        <translation>发言人没有本国文字姓名：{name}</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>没有缺少的内容</translation>
    </message>
    <message>
        <source>Enter or double-click: open the place to fix it</source>
        <translation>按 Enter 或双击：打开需修改之处</translation>
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
        <translation>报告详情</translation>
    </message>
    <message>
        <source>The rapporteur&apos;s summary of the session</source>
        <translation>记录员撰写的会议摘要</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. about 40 participants</source>
        <translation>例如：约 40 人</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>出席人数(&amp;A)</translation>
    </message>
    <message>
        <source>the moderator&apos;s name</source>
        <translation>主持人姓名</translation>
    </message>
    <message>
        <source>Signed off &amp;by</source>
        <translation>审定人(&amp;B)</translation>
    </message>
    <message>
        <source>The moderator signs off the report now</source>
        <translation>主持人现在审定报告</translation>
    </message>
    <message>
        <source>Signed off {when}</source>
        <translation>{when} 审定</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>Nothing to preview: choose at least one section.</source>
        <translation>没有可预览的内容：请至少选择一个章节。</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>The first {shown} of {count} pages:</source>
        <translation>共 {count} 页中的前 {shown} 页：</translation>
    </message>
    <message>
        <source>All {count} page(s):</source>
        <translation>全部 {count} 页：</translation>
    </message>
    <message>
        <source>No preview: {reason}. The export is not affected.</source>
        <translation>无预览：{reason}。导出不受影响。</translation>
    </message>
    <message>
        <source>This shows the PDF layout; the {format} file has the same content laid out by the program that opens it.</source>
        <translation>此处显示的是 PDF 版式；{format} 文件内容相同，由打开它的程序排版。</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>SessionKit cannot start</source>
        <translation>SessionKit 无法启动</translation>
    </message>
    <message>
        <source>Restore that backup? The data file as it is now is backed up first.</source>
        <translation>要恢复该备份吗？当前的数据文件会先备份。</translation>
    </message>
    <message>
        <source>Notes are missing from the data file</source>
        <translation>数据文件中缺少笔记</translation>
    </message>
    <message>
        <source>The backup from {when} holds {count} notes that are missing from the data file (its journal, sessionkit.db-wal, was probably deleted).</source>
        <translation>{when} 的备份中有 {count} 条数据文件里缺少的笔记（数据文件的日志 sessionkit.db-wal 可能已被删除）。</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Keep the data file as it is</source>
        <translation>保持数据文件不变</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the note box text</source>
        <translation>保存笔记框中的文本</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The note box is not saved</source>
        <translation>笔记框尚未保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is backed up first):</source>
        <translation>用此备份替换当前数据（当前数据会先备份）：</translation>
    </message>
    <message>
        <source>Save the text as…</source>
        <translation>将文本另存为…</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>不保存并退出</translation>
    </message>
    <message>
        <source>Keep SessionKit open</source>
        <translation>保持 SessionKit 打开</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>The note box could not be saved first; nothing was restored.</source>
        <translation>未能先保存笔记框，因此未恢复任何内容。</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Not saved — {reason}. Your text is still here; saving is retried every few seconds.</source>
        <translation>未保存 — {reason}。您的文本仍在此处；每隔几秒会重试保存。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The note box could not be saved ({reason}). Its text is still in the window.

Keep SessionKit open to retry, or save the text to another file first.</source>
        <translation>无法保存笔记框（{reason}）。文本仍在窗口中。

请保持 SessionKit 打开以便重试，或先将文本保存到其他文件。</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: all your notes are safe in backup {id} — keep working, and restart SessionKit when you can.</source>
        <translation>SessionKit 运行期间，数据文件的日志（sessionkit.db-wal）被删除：您的所有笔记都已安全保存在备份 {id} 中 — 请继续工作，并在方便时重新启动 SessionKit。</translation>
    </message>
    <message>
        <source>SessionKit is already running with this data folder ({who}):
{folder}

Only one SessionKit at a time may write the notes of a data folder, so this one will not start.</source>
        <translation>SessionKit 已在使用此数据文件夹运行（{who}）：
{folder}

同一数据文件夹的笔记一次只能由一个 SessionKit 写入，因此本次不会启动。</translation>
    </message>
    <message>
        <source>SessionKit is already running</source>
        <translation>SessionKit 已在运行</translation>
    </message>
    <message>
        <source>The data file is damaged ({reason}).

It was moved aside to {moved} — nothing was deleted.</source>
        <translation>数据文件已损坏（{reason}）。

已将其移至 {moved} — 未删除任何内容。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Start with an empty data file</source>
        <translation>使用空数据文件启动</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>没有可恢复的完好备份。</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running: SessionKit rebuilt it, and all your notes are also in backup {id}.</source>
        <translation>SessionKit 运行期间，数据文件的日志（sessionkit.db-wal）被删除：SessionKit 已将其重建，您的所有笔记也保存在备份 {id} 中。</translation>
    </message>
    <message>
        <source>{when} — {notes} notes ({reason})</source>
        <translation>{when} — {notes} 条笔记（{reason}）</translation>
    </message>
    <message>
        <source>process {pid}</source>
        <translation>进程 {pid}</translation>
    </message>
    <message>
        <source>Bring it forward</source>
        <translation>将其切换到前台</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This data file was written by a newer SessionKit and was left untouched. Update SessionKit to open it.

{reason}</source>
        <translation>此数据文件由较新版本的 SessionKit 写入，未作任何改动。请更新 SessionKit 后再打开。

{reason}</translation>
    </message>
    <message>
        <source>The data could not be opened:

{reason}</source>
        <translation>无法打开数据：

{reason}</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>The data file&apos;s journal (sessionkit.db-wal) was deleted while SessionKit was running and the backup of your notes failed ({reason}): keep SessionKit open, it retries every few seconds.</source>
        <translation>SessionKit 运行期间，数据文件的日志（sessionkit.db-wal）被删除，且笔记备份失败（{reason}）：请保持 SessionKit 打开，每隔几秒会重试。</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({notes} notes). Restore it?</source>
        <translation>最新的完好备份来自 {when}（{notes} 条笔记）。要恢复吗？</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Words to find in every session&apos;s notes…</source>
        <translation>要在所有会议笔记中查找的词语…</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>仅限本会议</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found for “{q}”.</source>
        <translation>未找到“{q}”。</translation>
    </message>
    <message>
        <source>{n} found — Enter or double-click opens one</source>
        <translation>找到 {n} 条 — 按 Enter 或双击打开</translation>
    </message>
    <message>
        <source>{code} {title} · session</source>
        <translation>{code} {title} · 会议</translation>
    </message>
</context>
<context>
    <name>SecretariatView</name>
    <message>
        <source>Secretariat &amp;view…</source>
        <translation>秘书处视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Secretariat view: every session&apos;s notes, outcomes, actions and report</source>
        <translation>秘书处视图：所有会议的笔记、成果、行动事项和报告</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Key
messages</source>
        <translation>主要
信息</translation>
    </message>
    <message>
        <source>Outcomes
achieved</source>
        <translation>已达成
成果</translation>
    </message>
    <message>
        <source>Actions
incomplete</source>
        <translation>信息不全的
行动事项</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>其他设备</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>⚠ Out of date</source>
        <translation>⚠ 已过时</translation>
    </message>
    <message>
        <source>The report has not been exported from this computer yet.</source>
        <translation>尚未从这台电脑导出报告。</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>暂无笔记</translation>
    </message>
    <message>
        <source>✓ {when}</source>
        <translation>✓ {when}</translation>
    </message>
    <message>
        <source>Exported {when} as {format}.</source>
        <translation>已于 {when} 导出为 {format}。</translation>
    </message>
    <message>
        <source>Notes changed after the export: export it again.</source>
        <translation>导出后笔记有变动：请重新导出。</translation>
    </message>
    <message>
        <source>{when} · {device}</source>
        <translation>{when} · {device}</translation>
    </message>
    <message>
        <source>Actions without an owner or a due date, of all actions</source>
        <translation>缺少负责人或截止日期的行动事项 / 全部行动事项</translation>
    </message>
    <message>
        <source>Outcomes achieved, of all outcomes (and how many have no status yet)</source>
        <translation>已达成成果 / 全部成果（及尚无状态的数量）</translation>
    </message>
    <message>
        <source>{text} ({open} open)</source>
        <translation>{text}（未开始 {open}）</translation>
    </message>
    <message>
        <source>⚠ {n}/{total}</source>
        <translation>⚠ {n}/{total}</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>时间待定</translation>
    </message>
    <message>
        <source>{achieved} achieved, {partly} partly, {not_achieved} not achieved, {open} with no status yet</source>
        <translation>已达成 {achieved}，部分达成 {partly}，未达成 {not_achieved}，尚无状态 {open}</translation>
    </message>
    <message>
        <source>{n} of {total} actions lack an owner or a due date</source>
        <translation>{total} 项行动事项中有 {n} 项缺少负责人或截止日期</translation>
    </message>
    <message>
        <source>Latest note written, edited or binned: {when}, from {device}</source>
        <translation>最近一次写入、修改或移到回收站的笔记：{when}，来自 {device}</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Report not exported (or out of date)</source>
        <translation>报告未导出（或已过时）</translation>
    </message>
    <message>
        <source>Actions without owner or due date</source>
        <translation>缺少负责人或截止日期的行动事项</translation>
    </message>
    <message>
        <source>Outcomes with no status yet</source>
        <translation>尚无状态的成果</translation>
    </message>
    <message>
        <source>SessionKit — Secretariat view</source>
        <translation>SessionKit — 秘书处视图</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Find sessions</source>
        <translation>查找会议</translation>
    </message>
    <message>
        <source>Code, title, room or track</source>
        <translation>编号、标题、会场或专题</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Export &amp;proceedings…</source>
        <translation>导出会议文集(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Open session</source>
        <translation>打开会议(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>所有专题</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>专题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>没有匹配的会议。</translation>
    </message>
    <message>
        <source>The sessions could not be read: {reason}</source>
        <translation>无法读取会议：{reason}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>{n} / {total} 个会议</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>Edit session — {code}</source>
        <translation>编辑会议 — {code}</translation>
    </message>
    <message>
        <source>Speaker &amp;cards</source>
        <translation>发言人卡片(&amp;C)</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Date and start time known</source>
        <translation>已确定日期和开始时间</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>开始日期和时间</translation>
    </message>
    <message>
        <source>Paragraphs separated by a blank line</source>
        <translation>段落之间用空行分隔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <source>URL or local file</source>
        <translation>URL 或本地文件</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>会场(&amp;R)</translation>
    </message>
    <message>
        <source>Trac&amp;k</source>
        <translation>专题(&amp;K)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始时间(&amp;S)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Participants will develop their understanding of:</source>
        <translation>例如：与会者将加深对以下内容的理解：</translation>
    </message>
    <message>
        <source>Lead-&amp;in</source>
        <translation>引导语(&amp;I)</translation>
    </message>
    <message>
        <source>Envisaged outcomes, in order (double-click to edit):</source>
        <translation>预期成果（按顺序，双击编辑）：</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>添加成果</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>成果(&amp;O)</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>新成果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Remove from session</source>
        <translation>从会议中移除</translation>
    </message>
    <message>
        <source>Positions, bios, photos and intro cues: see the Speaker cards tab.</source>
        <translation>职务、简介、照片和介绍提示：见“发言人卡片”标签页。</translation>
    </message>
    <message>
        <source>&amp;People and roles</source>
        <translation>人员与角色(&amp;P)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Not saved: the start is not a real date and time.</source>
        <translation>未保存：开始时间不是存在的日期和时间。</translation>
    </message>
    <message>
        <source>Every document needs a title.</source>
        <translation>每个文件都需要标题。</translation>
    </message>
    <message>
        <source>An envisaged outcome cannot be empty.</source>
        <translation>预期成果不能为空。</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>已于 {time} 保存。</translation>
    </message>
</context>
<context>
    <name>SessionSwitcher</name>
    <message>
        <source>(no date or room yet)</source>
        <translation>（日期和会场待定）</translation>
    </message>
    <message>
        <source>“{code} — {title}” is running live.</source>
        <translation>“{code} — {title}”正在实时进行。</translation>
    </message>
    <message>
        <source>“{code} — {title}” is paused in the middle of its live run.</source>
        <translation>“{code} — {title}”在实时进程中途暂停。</translation>
    </message>
    <message>
        <source>If you open another session now, the stage display closes and this session&apos;s clock keeps counting; open it again (Session → Open…) to carry on where you are.</source>
        <translation>如果现在打开其他会议，舞台显示会关闭，本会议的计时会继续；如需从当前位置继续，请重新打开本会议（会议 → 打开…）。</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>有会议正在进行</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>留在本会议</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会议</translation>
    </message>
    <message>
        <source>&amp;Type part of a code, title, date or room:</source>
        <translation>输入编号、标题、日期或会场的一部分(&amp;T)：</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>筛选会议</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another session (type to find it)</source>
        <translation>打开其他会议（输入以查找）</translation>
    </message>
    <message>
        <source>Open “{code}”</source>
        <translation>打开“{code}”</translation>
    </message>
    <message>
        <source>That session no longer exists (it may be in the bin).</source>
        <translation>该会议已不存在（可能在回收站中）。</translation>
    </message>
    <message>
        <source>Opened {code} — {title}</source>
        <translation>已打开：{code} — {title}</translation>
    </message>
    <message>
        <source>{n} of {total} sessions</source>
        <translation>{n} / {total} 个会议</translation>
    </message>
    <message>
        <source>No session matches “{text}”.</source>
        <translation>没有与“{text}”匹配的会议。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>系统默认（{language}）</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>Language of the report&apos;s headings and labels; notes stay as typed</source>
        <translation>报告标题和标签所用的语言；笔记保持原样</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>报告语言(&amp;R)：</translation>
    </message>
    <message>
        <source>A folder that Syncthing, Nextcloud or a network share keeps in step across laptops: SessionKit writes its sessions there and merges the others&apos;</source>
        <translation>由 Syncthing、Nextcloud 或网络共享在多台笔记本电脑之间保持同步的文件夹：SessionKit 将本机的会议写入其中，并合并其他电脑的会议</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>团队文件夹(&amp;T)：</translation>
    </message>
    <message>
        <source>A new language applies the next time SessionKit starts. The report language applies to the next export.</source>
        <translation>新的界面语言将在下次启动 SessionKit 时生效。报告语言将在下次导出时生效。</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share on the local network</source>
        <translation>在局域网中共享</translation>
    </message>
    <message>
        <source>Phones and laptops on the same network (Wi-Fi or cable) see the clock in a browser; no internet is needed. Nothing is shared until you start.</source>
        <translation>同一网络（Wi-Fi 或有线）中的手机和笔记本电脑可在浏览器中查看计时，无需连接互联网。开始共享前不会共享任何内容。</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Empty: {port}, or a free port if {port} is taken.</source>
        <translation>留空：使用 {port}；若 {port} 已被占用，则使用空闲端口。</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Allow &amp;remote control from a phone</source>
        <translation>允许用手机远程控制(&amp;R)</translation>
    </message>
    <message>
        <source>Remote control gets its own address and QR code: next, previous, +1 minute, pause and stage message. Give it only to your team.</source>
        <translation>远程控制有单独的地址和 QR 码：下一项、上一项、+1 分钟、暂停和舞台消息。请只提供给您的团队。</translation>
    </message>
    <message>
        <source>QR code of the stage view</source>
        <translation>舞台显示的 QR 码</translation>
    </message>
    <message>
        <source>Scan with the phone at the lectern: the stage view.</source>
        <translation>用讲台上的手机扫描，即可打开舞台显示。</translation>
    </message>
    <message>
        <source>QR code of the remote control</source>
        <translation>远程控制的 QR 码</translation>
    </message>
    <message>
        <source>Remote control: anyone with this code can drive the clock.</source>
        <translation>远程控制：任何人扫描此码都能控制计时。</translation>
    </message>
    <message>
        <source>Pairing code for a rapporteur&apos;s laptop (Live → Follow a moderator…):</source>
        <translation>供记录员笔记本电脑使用的配对码（实时 → 跟随主持人…）：</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>舞台显示：</translation>
    </message>
    <message>
        <source>Cue card:</source>
        <translation>提示卡：</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>议程：</translation>
    </message>
    <message>
        <source>Remote control:</source>
        <translation>远程控制：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the address: {what}</source>
        <translation>复制地址：{what}</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>开始共享(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>停止共享(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sharing goes on; Live menu → Sharing on… shows this again.</source>
        <translation>共享将继续；可通过“实时”菜单 → “正在共享：…”再次打开此窗口。</translation>
    </message>
    <message>
        <source>No network to share on: connect this computer to the room&apos;s Wi-Fi or cable, then open this again.</source>
        <translation>没有可用于共享的网络：请将这台电脑连接到会场的 Wi-Fi 或有线网络，然后重新打开此窗口。</translation>
    </message>
    <message>
        <source>The port is a number from {low} to {high}; leave it empty for the automatic one.</source>
        <translation>端口须为 {low} 到 {high} 之间的数字；留空则自动选择。</translation>
    </message>
    <message>
        <source>Sharing on {where} (port {port})</source>
        <translation>正在共享：{where}（端口 {port}）</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>地址：{address}</translation>
    </message>
    <message>
        <source>Connected: {n}</source>
        <translation>已连接：{n}</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>This computer only</source>
        <translation>仅限这台电脑</translation>
    </message>
    <message>
        <source>this computer only</source>
        <translation>仅限这台电脑</translation>
    </message>
    <message>
        <source>Sharing could not start ({kind}). Nothing is shared.</source>
        <translation>无法开始共享（{kind}）。未共享任何内容。</translation>
    </message>
    <message>
        <source>Share on the local &amp;network…</source>
        <translation>在局域网中共享(&amp;N)…</translation>
    </message>
    <message>
        <source>Show the clock on phones and laptops in the room, with no internet</source>
        <translation>无需互联网，在会场的手机和笔记本电脑上显示计时</translation>
    </message>
    <message>
        <source>This laptop follows a moderator; their laptop shares the clock. Live → Stop following to share this laptop&apos;s own run.</source>
        <translation>这台笔记本正在跟随主持人；时钟由主持人的电脑共享。要共享这台电脑自己的进程，请选择 实时 → 停止跟随。</translation>
    </message>
    <message>
        <source>This copy of SessionKit cannot share the run: its network server is missing ({name}).</source>
        <translation>此 SessionKit 无法共享实时进程：缺少网络服务器（{name}）。</translation>
    </message>
    <message>
        <source>The network refused to share the run: {reason}.</source>
        <translation>网络拒绝共享实时进程：{reason}。</translation>
    </message>
    <message>
        <source>Show the addresses, the pairing code and the QR code</source>
        <translation>显示地址、配对码和 QR 码</translation>
    </message>
    <message>
        <source>The session has finished. Reset the live run to start again.</source>
        <translation>会议已结束。如需重新开始，请重置实时进程。</translation>
    </message>
    <message>
        <source>The agenda is empty: add an item before starting the session.</source>
        <translation>议程为空：开始会议前请添加议程项。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 分钟</translation>
    </message>
    <message>
        <source>pause / resume</source>
        <translation>暂停 / 继续</translation>
    </message>
    <message>
        <source>stage message</source>
        <translation>舞台消息</translation>
    </message>
    <message>
        <source>The session is not running.</source>
        <translation>会议未在进行。</translation>
    </message>
    <message>
        <source>Remote control: {action}</source>
        <translation>远程控制：{action}</translation>
    </message>
    <message>
        <source>Shari&amp;ng on {where}…</source>
        <translation>正在共享(&amp;N)：{where}…</translation>
    </message>
    <message>
        <source>Sharing on the network · {n} connected</source>
        <translation>正在网络上共享 · 已连接 {n} 台</translation>
    </message>
    <message>
        <source>This is the first item.</source>
        <translation>这已是第一项。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>SpeakerCard</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>姓在前</translation>
    </message>
    <message>
        <source>Optional local image file</source>
        <translation>本地图片文件（可选）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>What the moderator says to introduce them</source>
        <translation>主持人介绍时的说辞</translation>
    </message>
    <message>
        <source>Intro cue</source>
        <translation>介绍提示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>No speaker on this item</source>
        <translation>无发言人</translation>
    </message>
    <message>
        <source>Intro: {cue}</source>
        <translation>介绍：{cue}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>显示名称不能为空。</translation>
    </message>
    <message>
        <source>The photo file does not exist: {path}</source>
        <translation>照片文件不存在：{path}</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Speakers</source>
        <translation>发言人</translation>
    </message>
    <message>
        <source>No speakers yet.</source>
        <translation>暂无发言人。</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <source>SessionKit — stage display</source>
        <translation>SessionKit — 舞台显示</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要信息</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
</context>
<context>
    <name>StageMessage</name>
    <message>
        <source>Please wrap up</source>
        <translation>请总结发言</translation>
    </message>
    <message>
        <source>5 minutes left</source>
        <translation>还剩 5 分钟</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Please use the microphone</source>
        <translation>请使用麦克风</translation>
    </message>
    <message>
        <source>Questions from the floor next</source>
        <translation>接下来是现场提问</translation>
    </message>
</context>
<context>
    <name>StageMessageDialog</name>
    <message>
        <source>Message to the stage</source>
        <translation>发给舞台的消息</translation>
    </message>
    <message>
        <source>Shown on the stage display until you clear it ({key}).</source>
        <translation>在您清除之前会一直显示在舞台显示上（{key}）。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>TeamFolder</name>
    <message>
        <source>&amp;Team folder status…</source>
        <translation>团队文件夹状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>团队文件夹</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>选择团队文件夹</translation>
    </message>
    <message>
        <source>Team folder status</source>
        <translation>团队文件夹状态</translation>
    </message>
    <message>
        <source>Devices that contributed to each session</source>
        <translation>为各会议提供内容的设备</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Session / device</source>
        <translation>会议 / 设备</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>No team folder is chosen. Choose one in File → Settings… to share sessions with other laptops.</source>
        <translation>尚未选择团队文件夹。如需与其他笔记本电脑共享会议，请在“文件 → 设置…”中选择一个。</translation>
    </message>
    <message>
        <source>Team folder: {folder}</source>
        <translation>团队文件夹：{folder}</translation>
    </message>
    <message>
        <source>This device: {name}</source>
        <translation>本设备：{name}</translation>
    </message>
    <message>
        <source>Team folder not used</source>
        <translation>无法使用团队文件夹</translation>
    </message>
    <message>
        <source>Last pass failed: {reason}</source>
        <translation>上次同步失败：{reason}</translation>
    </message>
    <message>
        <source>A pass is running…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Not merged (yet): {files}</source>
        <translation>尚未合并：{files}</translation>
    </message>
    <message>
        <source>Last pass {time}: {written} written, {merged} merged.</source>
        <translation>上次同步 {time}：写入 {written} 个，合并 {merged} 个。</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}（本设备）</translation>
    </message>
</context>
<context>
    <name>TimeCardsDialog</name>
    <message>
        <source>Stage time cards</source>
        <translation>舞台时间提示卡</translation>
    </message>
    <message>
        <source>One key puts a card on the stage display at once. The cards are kept with this session.</source>
        <translation>按一个键即可立即在舞台显示上展示卡片。卡片随本会议保存。</translation>
    </message>
    <message>
        <source>Time card {n}</source>
        <translation>时间提示卡 {n}</translation>
    </message>
    <message>
        <source>Built-in cards</source>
        <translation>内置卡片</translation>
    </message>
</context>
</TS>
