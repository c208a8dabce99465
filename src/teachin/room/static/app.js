// The Teach-in room's phone page: join, then answer what the facilitator opens.
// Plain script, no build step. Every text reaches the page through textContent (never HTML).
// Answers get their id here, before the first send (crypto.getRandomValues: plain http is not
// a secure context, so crypto.randomUUID is missing), wait in an outbox kept in localStorage,
// and leave it only when the room acknowledges them after its commit.
"use strict";

const STRINGS = {
  en: {
    joinTitle: "Join the room", code: "Room code", nickname: "Your first name or a nickname",
    join: "Join", joining: "Joining…", codeHint: "The code is on the screen at the front.",
    waiting: "You are in, {0}. The next question will appear here.",
    online: "Connected", offline: "Offline: your answers are kept and sent when the connection is back.",
    connecting: "Connecting…", sending: "Sending {0} answer(s)…", saved: "Answer saved ✓",
    send: "Send my answer", next: "Next ▶", back: "◀ Back", skip: "Skip", check: "Check answers ▶",
    question: "Question {0} of {1}", timeLeft: "{0} left", pickMany: "Choose every answer that fits.",
    typeAnswer: "Your answer", typeNumber: "A number, for example 250 or 2.5",
    typeEssay: "Write a few words or sentences", choose: "— choose —",
    moveUp: "Move “{0}” up", moveDown: "Move “{0}” down", nowAt: "“{0}” is now number {1}.",
    review: "Check your answers", answered: "answered", notAnswered: "not answered yet",
    handIn: "Hand in my answers", handInAnyway: "Hand in anyway",
    unanswered: "{0} question(s) not answered yet. Tap a question to answer it, or press the button again to hand in.",
    thanks: "Thank you, {0}!", timeUp: "Time is up. ", savedAll: "Your answers are saved.",
    score: "Score: {0} of {1}", nothing: "Nothing to answer here.", leave: "Leave the room",
    pleaseName: "Please type a nickname.", pleaseCode: "Please type the room code.",
    noServer: "Cannot reach the room. Are you on the facilitator's Wi-Fi? Turn mobile data off and try again.",
  },
  fr: {
    joinTitle: "Rejoindre la salle", code: "Code de la salle", nickname: "Votre prénom ou un surnom",
    join: "Rejoindre", joining: "Connexion…", codeHint: "Le code est affiché sur l’écran, devant.",
    waiting: "C’est bon, {0}. La prochaine question apparaîtra ici.",
    online: "Connecté", offline: "Hors ligne\u00a0: vos réponses sont gardées et seront envoyées au retour de la connexion.",
    connecting: "Connexion…", sending: "Envoi de {0} réponse(s)…", saved: "Réponse enregistrée ✓",
    send: "Envoyer ma réponse", next: "Suivante ▶", back: "◀ Retour", skip: "Passer", check: "Vérifier mes réponses ▶",
    question: "Question {0} sur {1}", timeLeft: "Encore {0}", pickMany: "Choisissez toutes les bonnes réponses.",
    typeAnswer: "Votre réponse", typeNumber: "Un nombre, par exemple 250 ou 2,5",
    typeEssay: "Écrivez quelques mots ou quelques phrases", choose: "— choisir —",
    moveUp: "Monter «\u00a0{0}\u00a0»", moveDown: "Descendre «\u00a0{0}\u00a0»", nowAt: "«\u00a0{0}\u00a0» est maintenant en position {1}.",
    review: "Vérifiez vos réponses", answered: "répondu", notAnswered: "pas encore répondu",
    handIn: "Rendre mes réponses", handInAnyway: "Rendre quand même",
    unanswered: "{0} question(s) sans réponse. Touchez une question pour y répondre, ou appuyez de nouveau sur le bouton pour rendre vos réponses.",
    thanks: "Merci, {0}\u00a0!", timeUp: "Le temps est écoulé. ", savedAll: "Vos réponses sont enregistrées.",
    score: "Score\u00a0: {0} sur {1}", nothing: "Rien à répondre ici.", leave: "Quitter la salle",
    pleaseName: "Veuillez taper un surnom.", pleaseCode: "Veuillez taper le code de la salle.",
    noServer: "Impossible de joindre la salle. Êtes-vous sur le Wi-Fi de l’animateur\u00a0? Coupez les données mobiles et réessayez.",
  },
};
// The phone's own language (its owner chose it), else English.
const LANG = [...(navigator.languages || []), navigator.language || ""]
  .map((code) => String(code).slice(0, 2).toLowerCase())
  .find((code) => code in STRINGS) || "en";
document.documentElement.lang = LANG;
function t(key, ...args) {
  const text = (STRINGS[LANG] && STRINGS[LANG][key]) || STRINGS.en[key] || key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

const KEY = "teachin-room";
const saved = JSON.parse(localStorage.getItem(KEY) || "{}");
const me = {
  code: saved.code || "", nickname: saved.nickname || "", token: saved.token || "",
  seed: saved.seed || null, attempts: saved.attempts || [], outbox: saved.outbox || [],
};
function keep() { localStorage.setItem(KEY, JSON.stringify(me)); }

let socket = null, opened = false, retry = 0, retryTimer = null, pongTimer = null;
let state = null, view = { position: 0, review: false, handInAsked: false };
let countdown = null, lastError = "", resendTimer = null;
const main = document.getElementById("main");
const statusLine = document.getElementById("status");

function uuid4() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function setStatus(key, ...args) {
  statusLine.textContent = t(key, ...args);
  statusLine.className = key === "offline" ? "offline" : "";
}

// -- joining ----------------------------------------------------------------------------------

function showJoin(message) {
  stopSocket();
  const fromLink = decodeURIComponent(location.hash.slice(1)).trim();
  const code = el("input", { id: "code", autocomplete: "off", autocapitalize: "characters",
    spellcheck: false, maxLength: 12, value: fromLink || me.code, "aria-describedby": "code-hint" });
  const name = el("input", { id: "nickname", autocomplete: "nickname", maxLength: 40, value: me.nickname });
  const error = el("p", { class: "message", role: "alert", text: message || "" });
  const button = el("button", { class: "primary", type: "submit", text: t("join") });
  const form = el("form", { onsubmit: (e) => { e.preventDefault(); join(code.value, name.value, error, button); } },
    el("h1", { text: t("joinTitle") }),
    el("label", { class: "field", for: "code", text: t("code") }), code,
    el("p", { id: "code-hint", class: "hint muted", text: t("codeHint") }),
    el("label", { class: "field", for: "nickname", text: t("nickname") }), name,
    error, el("div", { class: "nav" }, button));
  main.replaceChildren(form);
  setStatus(navigator.onLine ? "connecting" : "offline");
  statusLine.textContent = "";
  (code.value ? name : code).focus();
}

async function join(code, nickname, error, button) {
  code = code.trim().toUpperCase(); nickname = nickname.trim();
  if (!code) { error.textContent = t("pleaseCode"); return; }
  if (!nickname) { error.textContent = t("pleaseName"); return; }
  button.disabled = true; button.textContent = t("joining");
  const reply = await requestJoin(code, nickname);
  button.disabled = false; button.textContent = t("join");
  if (!reply.ok) { error.textContent = reply.message; return; }
  connect();
}

async function requestJoin(code, nickname) {
  try {
    const response = await fetch("/api/join", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ code, nickname, resume: me.attempts.slice(-20), seed: me.seed || undefined }) });
    const data = await response.json();
    if (!response.ok) return { ok: false, status: response.status, message: data.message };
    Object.assign(me, { code, nickname: data.nickname, token: data.token, seed: data.seed });
    keep();
    return { ok: true };
  } catch (e) {
    return { ok: false, status: 0, message: t("noServer") };
  }
}

// -- the connection ---------------------------------------------------------------------------

function connect() {
  stopSocket();
  setStatus("connecting");
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const query = `code=${encodeURIComponent(me.code)}&token=${encodeURIComponent(me.token)}`;
  opened = false;
  socket = new WebSocket(`${scheme}://${location.host}/api/ws?${query}`);
  socket.onopen = () => { opened = true; retry = 0; setStatus("online"); flush(); };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = () => { socket = null; closed(); };
}

function stopSocket() {
  clearTimeout(retryTimer); clearTimeout(pongTimer);
  if (socket) { socket.onclose = null; socket.close(); socket = null; }
}

async function closed() {
  setStatus("offline");
  if (!opened) {
    // Refused before the upgrade? Ask over plain HTTP why: a restarted room forgot this phone.
    const why = await probe();
    if (why === 401) { const again = await requestJoin(me.code, me.nickname);
      if (again.ok) { connect(); return; }
      if (again.status && again.status !== 429) { showJoin(again.message); return; } }
    if (why === 403) { me.token = ""; keep(); showJoin(lastError); return; }
  }
  opened = false;
  retry = Math.min(retry + 1, 5);
  retryTimer = setTimeout(connect, 1000 * retry);
}

async function probe() {
  try {
    const response = await fetch("/api/answer", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ type: "ping", code: me.code, token: me.token }) });
    if (!response.ok) lastError = (await response.json()).message;
    return response.status;
  } catch (e) { return 0; }
}

function live() { return socket && socket.readyState === WebSocket.OPEN; }

// Phones drop sockets while asleep without telling the page: check as soon as it is seen again.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "visible" || !me.token) return;
  if (!live()) { retry = 0; connect(); return; }
  socket.send(JSON.stringify({ type: "ping" }));
  clearTimeout(pongTimer);
  pongTimer = setTimeout(() => { if (socket) socket.close(); }, 4000);
});
window.addEventListener("online", () => { if (me.token && !live()) { retry = 0; connect(); } });
setInterval(() => { if (live()) socket.send(JSON.stringify({ type: "ping" })); }, 25000);

function send(message) {
  me.outbox = me.outbox.filter((m) => !(m.quiz === message.quiz && m.question === message.question));
  me.outbox.push(message);
  keep();
  if (live()) { setStatus("sending", me.outbox.length); socket.send(JSON.stringify(message)); }
  else setStatus("offline");
}

function flush() {
  if (me.outbox.length) setStatus("sending", me.outbox.length);
  for (const message of me.outbox) socket.send(JSON.stringify(message));
}

function settle(id) {
  me.outbox = me.outbox.filter((m) => m.id !== id);
  keep();
}

function receive(data) {
  if (data.type === "pong") { clearTimeout(pongTimer); return; }
  if (data.type === "state") { showState(data); return; }
  if (data.type === "ack") {
    settle(data.id);
    setStatus(me.outbox.length ? "sending" : "saved", me.outbox.length);
    const note = document.getElementById("message");
    if (note && !me.outbox.length) note.textContent = "";  // an earlier refusal is over
    const box = document.getElementById("feedback");
    if (box && data.feedback && state && box.dataset.question === currentName()) box.textContent = data.feedback;
    return;
  }
  if (data.type === "done") { showDone(data.summary, false); return; }
  if (data.type === "refused") {
    if (data.status === 401) { socket.close(); return; }
    // Busy or the store failed: the answer stays in the outbox and goes again on reconnect.
    if (data.id && data.status !== 429 && data.status !== 503) settle(data.id);
    else if (data.id) { clearTimeout(resendTimer); resendTimer = setTimeout(() => { if (live()) flush(); }, 3000); }
    const message = document.getElementById("message");
    if (message) message.textContent = data.message;
    setStatus(live() ? "online" : "offline");
  }
}

// -- what the room shows ----------------------------------------------------------------------

function pending(quiz) {
  const mine = {};
  for (const m of me.outbox) if (m.quiz === quiz && m.type === "answer") mine[m.question] = m.value;
  return mine;
}

function showState(data) {
  const first = !state || state.mode !== data.mode || state.quiz !== data.quiz;
  const moved = first || (data.mode === "live" && state.question.name !== data.question.name);
  state = data;
  if (moved && live()) setStatus(me.outbox.length ? "sending" : "online", me.outbox.length);
  me.attempts = Array.from(new Set([...me.attempts, ...data.attempts])).slice(-20);
  keep();
  clearInterval(countdown);
  if (data.mode === "waiting") {
    main.replaceChildren(el("h1", { text: t("waiting", data.nickname) }), leaveButton());
  } else if (data.mode === "live") {
    const answer = data.question.name in pending(data.quiz) ? pending(data.quiz)[data.question.name] : data.answer;
    showQuestion(data.question, answer, null);
  } else if (data.mode === "quiz") {
    Object.assign(data.answers, pending(data.quiz));
    if (first) view = { position: 0, review: false, handInAsked: false };
    if (data.finished) { showDone(data.summary, data.timed_out); return; }
    if (data.remaining !== null) startClock(data.remaining);
    if (first) { const open = data.questions.findIndex((q) => data.answers[q.name] === undefined && q.kind !== "description");
      view.position = open < 0 ? 0 : open; view.review = open < 0; }
    view.review ? showReview() : showQuestion(data.questions[view.position], data.answers[data.questions[view.position].name], view.position);
  }
  if (first) main.focus();
}

function leaveButton() {
  return el("div", { class: "nav" }, el("button", { type: "button", text: t("leave"),
    onclick: () => {
      if (live()) socket.send(JSON.stringify({ type: "leave" }));  // frees the nickname
      me.token = ""; me.outbox = []; me.attempts = []; keep(); state = null; setTimeout(showJoin, 200);
    } }));
}

function currentName() {
  if (!state) return null;
  if (state.mode === "live") return state.question.name;
  return state.questions && !view.review ? state.questions[view.position].name : null;
}

function startClock(seconds) {
  const end = Date.now() + seconds * 1000;
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    const clock = document.getElementById("clock");
    if (clock) clock.textContent = t("timeLeft", `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`);
    if (left <= 0) { clearInterval(countdown); if (live()) { stopSocket(); connect(); } }
  };
  countdown = setInterval(tick, 1000);
  setTimeout(tick, 0);
}

function showQuestion(question, answer, position) {
  const selfPaced = position !== null;
  const parts = [];
  if (selfPaced) parts.push(el("p", { class: "muted", text: state.title || state.quiz }));
  if (selfPaced) parts.push(el("p", { class: "progress" },
    el("span", { text: t("question", position + 1, state.questions.length) }),
    el("span", { id: "clock", "aria-live": "off" })));
  parts.push(el("h2", { id: "qtext", text: question.text }));
  const widget = answerWidget(question, answer, selfPaced);
  parts.push(widget.node);
  parts.push(el("p", { id: "message", class: "message", role: "alert" }));
  parts.push(el("div", { id: "feedback", class: "feedback", "aria-live": "polite", "data-question": question.name }));
  const nav = el("div", { class: "nav" });
  const save = () => {
    const value = widget.value();
    if (question.kind !== "description" && JSON.stringify(value) !== JSON.stringify(answer ?? null)) {
      answer = value;
      if (selfPaced) state.answers[question.name] = value;
      send({ type: "answer", id: uuid4(), quiz: state.quiz, question: question.name, value });
    }
  };
  widget.onPick = save;
  if (selfPaced) {
    const go = (to) => { save(); if (to >= state.questions.length) { view.review = true; showReview(); }
      else { view.position = to; showQuestion(state.questions[to], state.answers[state.questions[to].name], to); } main.focus(); };
    // Next first, in the DOM too: it spans the row above Back and Skip, and focus follows the eye.
    const last = position + 1 >= state.questions.length;
    nav.append(el("button", { type: "button", class: "primary", text: last ? t("check") : t("next"), onclick: () => go(position + 1) }));
    nav.append(el("button", { type: "button", text: t("back"), disabled: position === 0, onclick: () => go(position - 1) }));
    if (question.kind !== "description") nav.append(el("button", { type: "button", text: t("skip"),
      onclick: () => { const to = position + 1; if (to >= state.questions.length) { view.review = true; showReview(); }
        else { view.position = to; showQuestion(state.questions[to], state.answers[state.questions[to].name], to); } main.focus(); } }));
  } else if (!widget.sendsOnPick && question.kind !== "description") {
    nav.append(el("button", { type: "button", class: "primary", text: t("send"), onclick: save }));
  } else if (question.kind === "description") {
    parts.push(el("p", { class: "muted", text: t("nothing") }));
  }
  parts.push(nav);
  main.replaceChildren(...parts);
}

function answerWidget(question, answer, selfPaced) {
  const kind = question.kind;
  const widget = { node: null, value: () => null, sendsOnPick: false, onPick: () => {} };
  if (["single", "truefalse", "poll", "multiple"].includes(kind)) {
    const many = kind === "multiple";
    const picked = many ? new Set(answer || []) : new Set(answer === null || answer === undefined ? [] : [answer]);
    const group = el("div", { class: "options", role: many ? "group" : "radiogroup", "aria-labelledby": "qtext" });
    question.options.forEach((text, i) => {
      const input = el("input", { type: many ? "checkbox" : "radio", name: "option", value: String(i), checked: picked.has(i) });
      if (!many) input.addEventListener("change", () => widget.onPick());
      group.append(el("label", { class: "option" }, input, el("span", { text })));
    });
    widget.sendsOnPick = !many;
    widget.value = () => {
      const chosen = Array.from(group.querySelectorAll("input:checked"), (i) => Number(i.value));
      return many ? (chosen.length ? chosen : null) : (chosen.length ? chosen[0] : null);
    };
    widget.node = many ? el("div", {}, el("p", { class: "hint", text: t("pickMany") }), group) : group;
  } else if (kind === "short" || kind === "numeric") {
    // A number's example is a line of its own above the field: a placeholder is cut on a phone.
    const numeric = kind === "numeric";
    const input = el("input", { id: "answer", maxLength: 500, autocomplete: "off", inputMode: numeric ? "decimal" : "text",
      value: answer === null || answer === undefined ? "" : String(answer) });
    if (numeric) input.setAttribute("aria-describedby", "answer-hint");
    input.addEventListener("keydown", (e) => { if (e.key === "Enter" && !selfPaced) widget.onPick(); });
    widget.value = () => input.value.trim() || null;
    widget.node = el("div", {}, el("label", { class: "field", for: "answer", text: t("typeAnswer") }),
      numeric ? el("p", { id: "answer-hint", class: "hint muted", text: t("typeNumber") }) : null, input);
  } else if (kind === "essay") {
    const area = el("textarea", { id: "answer", maxLength: 4000, placeholder: t("typeEssay"), value: answer || "" });
    widget.value = () => area.value.trim() || null;
    widget.node = el("div", {}, el("label", { class: "field", for: "answer", text: t("typeAnswer") }), area);
  } else if (kind === "ordering") {
    let items = Array.isArray(answer) ? answer.slice() : question.options.map((_, i) => i);
    const list = el("ol", { class: "order", "aria-labelledby": "qtext" });
    const note = el("p", { class: "sr-only", "aria-live": "polite" });
    const draw = (focus) => {
      list.replaceChildren(...items.map((item, row) => {
        const text = question.options[item];
        const move = (step, label, arrow) => el("button", { type: "button", text: arrow, "aria-label": t(label, text),
          disabled: row + step < 0 || row + step >= items.length,
          onclick: () => { [items[row], items[row + step]] = [items[row + step], items[row]];
            draw([row + step, step]); note.textContent = t("nowAt", text, row + step + 1); } });
        return el("li", {}, el("span", { text: `${row + 1}. ${text}` }), move(-1, "moveUp", "▲"), move(1, "moveDown", "▼"));
      }));
      if (focus) { const buttons = list.children[focus[0]].querySelectorAll("button");
        const b = buttons[focus[1] < 0 ? 0 : 1]; (b.disabled ? buttons[focus[1] < 0 ? 1 : 0] : b).focus(); }
    };
    draw(null);
    widget.value = () => items.slice();
    widget.node = el("div", {}, list, note);
  } else if (kind === "matching") {
    const boxes = question.prompts.map((prompt, row) => {
      const box = el("select", { id: `match-${row}` }, el("option", { value: "", text: t("choose") }),
        ...question.options.map((text, i) => el("option", { value: String(i), text })));
      if (Array.isArray(answer) && answer[row] !== null && answer[row] !== undefined) box.value = String(answer[row]);
      return box;
    });
    widget.value = () => { const v = boxes.map((b) => (b.value === "" ? null : Number(b.value)));
      return v.some((x) => x !== null) ? v : null; };
    widget.node = el("div", {}, ...question.prompts.map((prompt, row) => el("div", { class: "match" },
      el("label", { class: "field", for: `match-${row}`, text: prompt }), boxes[row])));
  } else {
    widget.node = el("div");
  }
  return widget;
}

function showReview() {
  const items = state.questions.map((q, i) => {
    const done = q.kind === "description" || (state.answers[q.name] !== undefined && state.answers[q.name] !== null);
    return el("li", {}, el("button", { type: "button", onclick: () => { view.review = false; view.position = i;
      showQuestion(q, state.answers[q.name], i); main.focus(); } },
      // The whole question, wrapped: a cut one may not tell which it was.
      el("span", { text: `${i + 1}. ${q.text}` }), " ", el("strong", { text: done ? t("answered") : t("notAnswered") })));
  });
  const open = state.questions.filter((q) => q.kind !== "description" && (state.answers[q.name] === undefined || state.answers[q.name] === null)).length;
  const message = el("p", { id: "message", class: "message", role: "alert" });
  const submit = el("button", { type: "button", class: "primary", text: view.handInAsked ? t("handInAnyway") : t("handIn"),
    onclick: () => {
      if (open && !view.handInAsked) { view.handInAsked = true; message.textContent = t("unanswered", open); submit.textContent = t("handInAnyway"); return; }
      send({ type: "submit", id: uuid4(), quiz: state.quiz });
    } });
  main.replaceChildren(el("h1", { text: t("review") }), el("p", { class: "progress" }, el("span"), el("span", { id: "clock" })),
    el("ul", { class: "review" }, ...items), message, el("div", { class: "nav" }, submit));
}

function showDone(summary, timedOut) {
  clearInterval(countdown);
  me.outbox = me.outbox.filter((m) => m.type !== "submit");  // "done" is the hand-in's ack
  keep();
  if (live()) setStatus(me.outbox.length ? "sending" : "saved", me.outbox.length);
  const parts = [el("h1", { text: (timedOut ? t("timeUp") : "") + t("thanks", me.nickname) }), el("p", { text: t("savedAll") })];
  if (summary && summary.score !== null) {
    const number = (x) => x.toLocaleString(LANG, { maximumFractionDigits: 2 });  // 1,33 in French
    parts.push(el("p", {}, el("strong", { text: t("score", number(summary.score), number(summary.maximum)) })));
    parts.push(el("ul", {}, ...summary.notes.map(([text, note]) => el("li", {}, el("span", { text }), el("br"), el("span", { text: note })))));
  }
  parts.push(leaveButton());
  main.replaceChildren(...parts);
  main.focus();
}

// -- start ------------------------------------------------------------------------------------

const linkCode = decodeURIComponent(location.hash.slice(1)).trim().toUpperCase();
if (me.token && me.nickname && (!linkCode || linkCode === me.code)) connect();
else showJoin();
