/* SessionKit live link: the stage, cue, agenda and control views (one script).
 * Everything comes from the SessionKit that serves this page; nothing from the internet.
 * The state arrives over a WebSocket (pushed within 100 ms of a change), or by polling
 * "state" when the WebSocket cannot be used. Time left is computed from the server's
 * clock: ends_at - (Date.now() + offset), the offset measured by ping/pong, so a phone
 * whose clock is wrong still shows the right time. Text is only ever set with
 * textContent (names and messages are the moderator's, not HTML). */
(function () {
  "use strict";

  var view = document.body.getAttribute("data-view");
  var doc = null;          // the last state document
  var offset = 0;          // seconds to add to this device's clock to get the server's
  var bestRtt = Infinity;  // the round trip of the ping the offset came from
  var lastHeard = 0;       // performance.now() of the last state received
  var ws = null;
  var wsFailures = 0;
  var backoff = 500;
  var pollTimer = null;
  var pingTimer = null;
  var wakeLock = null;

  function $(id) { return document.getElementById(id); }
  function setText(id, text) {
    var el = $(id);
    if (el && el.textContent !== text) { el.textContent = text; }
  }
  function show(id, on) { var el = $(id); if (el) { el.hidden = !on; } }
  function fill(template, fields) {
    return String(template).replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(fields, k) ? String(fields[k]) : m;
    });
  }
  function w(key) { return (doc && doc.words && doc.words[key]) || ""; }

  // -- the clock, as services/clock.py formats it ------------------------------------
  function formatClock(seconds, signed) {
    var over = seconds < 0;
    var value = Math.abs(seconds);
    var whole = over ? Math.floor(value) : Math.ceil(value - 1e-9);
    var h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
    var text = (h ? h + ":" + (m < 10 ? "0" : "") + m : String(m)) + ":" + (s < 10 ? "0" : "") + s;
    if (over) { return (signed ? "+" : "-") + text; }
    return text;
  }
  function serverNow() { return Date.now() / 1000 + offset; }

  function remaining() {
    if (!doc) { return 0; }
    var cur = doc.current;
    if (cur) {
      if (cur.ends_at !== null && cur.ends_at !== undefined) { return cur.ends_at - serverNow(); }
      return cur.remaining;
    }
    if (doc.state === "idle") { return doc.first_planned_seconds || 0; }
    return 0;
  }
  function level(rem) {
    if (!doc || !doc.current || (doc.state !== "running" && doc.state !== "paused")) { return "none"; }
    if (rem < 0) { return "over"; }
    if (rem <= doc.thresholds.red) { return "red"; }
    if (rem <= doc.thresholds.amber) { return "amber"; }
    return "normal";
  }
  function statusText(rem, lv) {
    if (!doc) { return ""; }
    if (doc.state !== "running" || !doc.current) { return w(doc.state); }
    if (lv === "amber") { return fill(w("amber"), { time: formatClock(rem, false) }); }
    if (lv === "over") { return fill(w("over"), { time: formatClock(rem, true) }); }
    if (lv === "red" || lv === "normal") { return w(lv); }
    return "";
  }
  function countdownText(rem) {
    if (!doc) { return ""; }
    if (!doc.current) { return doc.state === "finished" ? "0:00" : formatClock(rem, false); }
    return formatClock(rem, true);
  }
  function offsetText() {
    if (!doc || doc.state === "idle") { return w("idle"); }
    var n = doc.offset_minutes;
    if (n > 0) { return fill(w("behind"), { n: n }); }
    if (n < 0) { return fill(w("ahead"), { n: -n }); }
    return w("on_time");
  }
  function speakerLine(sp) {
    if (!sp) { return ""; }
    return sp.native_name ? sp.name + " (" + sp.native_name + ")" : sp.name;
  }

  // -- drawing ---------------------------------------------------------------------------
  function fit(id, base) {
    // The countdown as large as the box allows, never wider than it.
    var el = $(id);
    if (!el) { return; }
    el.style.fontSize = base;
    var room = el.clientWidth;
    if (room > 0 && el.scrollWidth > room) {
      var size = parseFloat(getComputedStyle(el).fontSize);
      el.style.fontSize = Math.floor(size * room / el.scrollWidth * 0.98) + "px";
    }
  }

  var lastCountdown = null;
  function tick() {
    if (!doc) { return; }
    var rem = remaining();
    var lv = level(rem);
    var flashOff = lv === "over" && Math.floor(serverNow() * 2) % 2 !== 0;
    document.body.className = view + " level-" + lv + (flashOff ? " flash-off" : "");
    var text = countdownText(rem);
    setText("countdown", text);
    setText("status", statusText(rem, lv));
    if (text !== lastCountdown) {
      lastCountdown = text;
      if (view === "stage") { fit("countdown", $("message").hidden ? "min(30vw, 42vh)" : "min(26vw, 34vh)"); }
      if (view === "cue") { fit("countdown", "min(16vw, 18vh)"); }
    }
    show("offline", performance.now() - lastHeard > 7000);
  }

  function render() {
    if (!doc) { return; }
    var cur = doc.current;
    var message = doc.message || "";
    setText("message", message);
    show("message", message !== "");
    setText("offline", w("reconnecting"));
    if (view === "stage") {
      if (doc.state === "idle") {
        setText("title", doc.session.title);
        setText("speaker", w("starting_soon"));
      } else if (doc.state === "finished") {
        setText("title", doc.session.title);
        setText("speaker", w("thank_you"));
      } else {
        setText("title", cur ? cur.title : "");
        setText("speaker", speakerLine(doc.speaker));
      }
    } else if (view === "cue") {
      setText("item", cur ? fill(w("item_number"), { n: cur.index + 1, title: cur.title })
        : (doc.state === "idle" && doc.next ? doc.next.title : ""));
      var sp = doc.speaker;
      setText("name", sp ? sp.name : (cur ? w("no_speaker") : w(doc.state)));
      setText("native", sp && sp.native_name ? sp.native_name : "");
      show("native", !!(sp && sp.native_name));
      setText("affiliation", sp ? sp.affiliation : "");
      show("affiliation", !!(sp && sp.affiliation));
      setText("intro", sp ? sp.intro_cue : (cur ? cur.cue : ""));
      var next = "";
      if (doc.next_speaker) { next = fill(w("next_name"), { name: doc.next_speaker.name }); }
      else if (cur && doc.next) { next = fill(w("next_title"), { title: doc.next.title }); }
      setText("next", next);
    } else if (view === "agenda") {
      setText("title", doc.session.title);
      setText("offset", offsetText());
      renderRows();
    } else if (view === "control") {
      setText("heading", w("control") + " · " + (doc.session.code || doc.session.title));
      setText("title", cur ? fill(w("item_number"), { n: cur.index + 1, title: cur.title })
        : doc.session.title);
      var buttons = document.querySelectorAll("[data-word]");
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        if (b.textContent !== w(b.getAttribute("data-word"))) { b.textContent = w(b.getAttribute("data-word")); }
      }
      var input = $("message-text");
      if (input && input.placeholder !== w("message_placeholder")) { input.placeholder = w("message_placeholder"); }
    }
    lastCountdown = null;
    tick();
  }

  function renderRows() {
    var list = $("rows");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var words = { done: w("done"), current: w("now"), upcoming: w("upcoming") };
    doc.agenda.forEach(function (row) {
      var li = document.createElement("li");
      li.className = "row " + row.status;
      var state = document.createElement("span");
      state.className = "row-state";
      state.textContent = words[row.status] || "";
      var title = document.createElement("span");
      title.className = "row-title";
      title.textContent = (row.index + 1) + ". " + row.title;
      var who = document.createElement("span");
      who.className = "row-who";
      who.textContent = row.speakers.join(" · ");
      var mins = document.createElement("span");
      mins.className = "row-minutes";
      mins.textContent = fill(w("minutes"), { n: Math.round(row.planned_seconds / 60) });
      li.appendChild(state); li.appendChild(title); li.appendChild(mins); li.appendChild(who);
      list.appendChild(li);
    });
  }

  function received(state) {
    if (!state || state.v !== 1) { return; }
    if (doc && state.seq < doc.seq) { return; }  // an older document arriving late
    if (bestRtt === Infinity) { offset = state.server_time - Date.now() / 1000; }
    doc = state;
    lastHeard = performance.now();
    render();
  }

  // -- the connection --------------------------------------------------------------------
  function poll() {
    fetch("state", { cache: "no-store", credentials: "omit" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(received)
      .catch(function () {});
  }
  function startPolling() {
    if (pollTimer === null) { poll(); pollTimer = setInterval(poll, 2000); }
  }
  function stopPolling() {
    if (pollTimer !== null) { clearInterval(pollTimer); pollTimer = null; }
  }
  function ping() {
    if (ws && ws.readyState === 1) { ws.send(JSON.stringify({ type: "ping", t0: Date.now() })); }
  }
  function connect() {
    if (!("WebSocket" in window)) { startPolling(); return; }
    var url = new URL("ws", location.href);
    url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
    try { ws = new WebSocket(url.href); } catch (e) { ws = null; startPolling(); return; }
    ws.onopen = function () {
      backoff = 500; wsFailures = 0; stopPolling();
      for (var i = 0; i < 5; i++) { setTimeout(ping, i * 250); }
      clearInterval(pingTimer);
      pingTimer = setInterval(ping, 15000);
    };
    ws.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      if (data.type === "state") { received(data.state); }
      else if (data.type === "pong" && typeof data.t0 === "number") {
        var t1 = Date.now();
        var rtt = t1 - data.t0;
        if (rtt >= 0 && rtt <= bestRtt) {
          bestRtt = rtt;
          offset = (data.server - (data.t0 + t1) / 2) / 1000;
          tick();
        }
      }
    };
    ws.onclose = function () {
      clearInterval(pingTimer);
      ws = null;
      wsFailures += 1;
      startPolling();  // keep showing the run while the WebSocket is down
      var wait = Math.min(backoff, 10000) * (0.8 + Math.random() * 0.4);
      backoff = Math.min(backoff * 2, 10000);
      setTimeout(connect, wait);
    };
  }

  // -- keeping the screen on -------------------------------------------------------------
  function keepAwake() {
    if (!("wakeLock" in navigator) || document.visibilityState !== "visible") { return; }
    navigator.wakeLock.request("screen").then(function (lock) { wakeLock = lock; })
      .catch(function () {});
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { keepAwake(); poll(); }
  });

  // -- the control page ------------------------------------------------------------------
  function act(action, text) {
    var body = action === "message" ? JSON.stringify({ text: text }) : "{}";
    show("error", false);
    fetch(action, { method: "POST", body: body, cache: "no-store", credentials: "omit",
                    headers: { "Content-Type": "application/json" } })
      .then(function (r) { return r.json().then(function (data) { return [r.ok, data]; }); })
      .then(function (pair) {
        if (pair[0]) { received(pair[1]); return; }
        setText("error", fill(w("not_done"), { reason: pair[1].error || "" }));
        show("error", true);
      })
      .catch(function () {
        setText("error", w("reconnecting"));
        show("error", true);
      });
  }
  if (view === "control") {
    document.addEventListener("click", function (event) {
      var b = event.target.closest("button[data-action]");
      if (!b) { return; }
      var action = b.getAttribute("data-action");
      if (action === "message") { act("message", $("message-text").value); }
      else if (action === "clear") { $("message-text").value = ""; act("message", ""); }
      else { act(action); }
    });
  }

  window.addEventListener("resize", function () { lastCountdown = null; tick(); });
  setInterval(tick, 100);
  poll();
  connect();
  keepAwake();
})();
