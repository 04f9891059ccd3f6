// policykoll composer page: evaluates as you type (debounced) and marks the words; a moderation view for batches.
// No inline script or style (the page runs under a strict Content-Security-Policy), nothing fetched but /v1.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const VERDICT = {
    block: "BLOCK – får inte publiceras så här",
    warn: "WARN – läs igenom igen innan du publicerar",
    advise: "ADVISE – förslag som gör inlägget bättre",
    pass: "PASS – inget att anmärka på",
  };
  const SEVERITY = { block: "Stoppa", warn: "Varning", advise: "Förslag" };
  const RANK = { advise: 1, warn: 2, block: 3 };
  let titles = {};
  let sequence = 0;
  let timer = null;
  let controller = null;

  function token() { return sessionStorage.getItem("policykoll-token") || ""; }

  async function call(path, init) {
    init = init || {};
    init.headers = Object.assign({}, init.headers || {});
    if (token()) init.headers["Authorization"] = "Bearer " + token();
    const res = await fetch(path, init);
    if (res.status === 401) {
      $("nyckel-rad").hidden = false;
      throw new Error("Tjänsten kräver en nyckel: skriv in den ovanför.");
    }
    return res;
  }

  // --- the text with marks: one <mark> per run of characters under the same worst severity
  function marked(container, text, findings) {
    container.textContent = "";
    const level = new Uint8Array(text.length);
    for (const f of findings) {
      for (const s of f.spans) {
        for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) {
          level[i] = Math.max(level[i], RANK[f.severity] || 0);
        }
      }
    }
    const names = ["", "advise", "warn", "block"];
    let i = 0;
    while (i < text.length) {
      let j = i;
      while (j < text.length && level[j] === level[i]) j++;
      const part = text.slice(i, j);
      if (level[i] === 0) {
        container.appendChild(document.createTextNode(part));
      } else {
        const m = document.createElement("mark");
        m.className = "s-" + names[level[i]];
        m.textContent = part;
        container.appendChild(m);
      }
      i = j;
    }
  }

  // --- composer
  function post() {
    return {
      text: $("text").value,
      platform: $("platform").value,
      kind: $("kind").value,
      visibility: $("visibility").value,
      author: { role: $("role").value },
    };
  }

  function showVerdict(verdict, message) {
    const v = $("verdict");
    v.dataset.verdict = verdict;
    v.textContent = message;
  }

  function select(start, end) {
    const t = $("text");
    t.focus();
    t.setSelectionRange(start, end);
  }

  function showEvaluation(text, ev) {
    showVerdict(ev.verdict, VERDICT[ev.verdict] || ev.verdict);
    marked($("preview"), text, ev.findings);
    const list = $("findings");
    list.textContent = "";
    for (const f of ev.findings) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "s-" + f.severity;
      const sev = document.createElement("span");
      sev.className = "sev s-" + f.severity;
      sev.textContent = SEVERITY[f.severity] || f.severity;
      const gl = document.createElement("span");
      gl.className = "gl";
      const title = f.guidelineTitle || titles[f.guideline] || "";
      gl.textContent = f.guideline + (title ? " " + title : "");
      const msg = document.createElement("span");
      msg.className = "msg";
      msg.textContent = f.message;
      b.append(sev, gl, msg);
      if (f.suggestion) {
        const s = document.createElement("span");
        s.className = "sugg";
        s.textContent = "Förslag: " + f.suggestion;
        b.append(s);
      }
      if (f.spans.length > 0) {
        const first = f.spans[0];
        b.title = "Markera ”" + first.text + "” i texten";
        b.addEventListener("click", () => select(first.start, first.end));
      }
      li.append(b);
      list.append(li);
    }
    $("rulepack").textContent = "Regelpaket " + ev.rulePack.name + " " + ev.rulePack.version;
  }

  async function evaluateNow() {
    const p = post();
    const mine = ++sequence;
    if (p.text.trim() === "") {
      showVerdict("none", "Skriv något så bedöms det medan du skriver.");
      $("findings").textContent = "";
      $("preview").textContent = "";
      return;
    }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const res = await call("/v1/evaluate", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(p),
        signal: controller.signal,
      });
      const body = await res.json();
      if (mine !== sequence) return; // a newer text is on its way
      if (!res.ok) {
        showVerdict("error", "Kunde inte bedömas: " + (body.error || res.status));
        return;
      }
      showEvaluation(p.text, body);
    } catch (e) {
      if (e.name === "AbortError" || mine !== sequence) return;
      showVerdict("error", e.message || "Tjänsten svarar inte.");
    }
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(evaluateNow, 250);
  }

  // --- moderation: every line a comment on our own page unless it says otherwise
  function batchLines(raw) {
    const lines = raw.split(/\r?\n/).filter((l) => l.trim() !== "");
    return lines.map((line) => {
      let obj = null;
      if (line.trim().startsWith("{")) {
        try { obj = JSON.parse(line); } catch (e) { return { send: line, text: line }; }
      } else {
        obj = { text: line };
      }
      if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return { send: line, text: line };
      if (obj.kind === undefined) obj.kind = "comment";
      if (obj.onOwnPage === undefined) obj.onOwnPage = true;
      if (obj.author === undefined) obj.author = { role: "public" };
      return { send: JSON.stringify(obj), text: typeof obj.text === "string" ? obj.text : "", id: obj.id };
    });
  }

  function queueItem(n, item, answer) {
    const li = document.createElement("li");
    const head = document.createElement("div");
    head.textContent = "Rad " + n + (item.id ? " (" + item.id + ")" : "") + ": ";
    const text = document.createElement("span");
    if (answer.findings) marked(text, item.text, answer.findings); else text.textContent = item.text;
    head.append(text);
    li.append(head);
    if (answer.error) {
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = "Kunde inte läsas: " + answer.error;
      li.append(why);
    }
    for (const f of answer.findings || []) {
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = (SEVERITY[f.severity] || f.severity) + " · " + f.guideline + ": " + f.message;
      li.append(why);
    }
    return li;
  }

  async function runBatch() {
    const items = batchLines($("batch").value);
    for (const id of ["q-block", "q-warn", "q-ok"]) $(id).textContent = "";
    if (items.length === 0) {
      $("batch-summary").textContent = "Inga kommentarer att granska.";
      return;
    }
    $("batch-summary").textContent = "Granskar " + items.length + " kommentarer …";
    try {
      const res = await call("/v1/evaluate/batch", {
        method: "POST",
        headers: { "Content-Type": "application/x-ndjson" },
        body: items.map((i) => i.send).join("\n") + "\n",
      });
      if (!res.ok) {
        const body = await res.json().catch(() => ({}));
        $("batch-summary").textContent = "Kunde inte granskas: " + (body.error || res.status);
        return;
      }
      const answers = (await res.text()).split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
      let hide = 0, review = 0, ok = 0;
      answers.forEach((a, i) => {
        const v = a.verdict;
        const target = v === "block" ? "q-block" : v === "warn" || a.error ? "q-warn" : "q-ok";
        if (target === "q-block") hide++; else if (target === "q-warn") review++; else ok++;
        $(target).append(queueItem(i + 1, items[i], a));
      });
      $("batch-summary").textContent = items.length + " kommentarer: " + hide + " att dölja, " + review
        + " att granska, " + ok + " kan ligga kvar.";
    } catch (e) {
      $("batch-summary").textContent = e.message || "Tjänsten svarar inte.";
    }
  }

  // --- tabs (arrow keys move between them, as for any tab list)
  function showTab(tab) {
    for (const t of document.querySelectorAll("[role=tab]")) {
      const on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("text").addEventListener("input", later);
    for (const id of ["platform", "role", "visibility", "kind"]) $(id).addEventListener("change", evaluateNow);
    $("batch-run").addEventListener("click", runBatch);
    $("batch-file").addEventListener("change", async (e) => {
      const f = e.target.files[0];
      if (f) $("batch").value = await f.text();
    });
    $("nyckel-spara").addEventListener("click", () => {
      sessionStorage.setItem("policykoll-token", $("nyckel").value.trim());
      $("nyckel-rad").hidden = true;
      evaluateNow();
    });
    const tabs = Array.from(document.querySelectorAll("[role=tab]"));
    tabs.forEach((t, i) => {
      t.addEventListener("click", () => showTab(t));
      t.addEventListener("keydown", (e) => {
        if (e.key === "ArrowRight") showTab(tabs[(i + 1) % tabs.length]);
        if (e.key === "ArrowLeft") showTab(tabs[(i + tabs.length - 1) % tabs.length]);
      });
    });
    call("/v1/guidelines").then((r) => (r.ok ? r.json() : { guidelines: [] })).then((g) => {
      for (const x of g.guidelines) titles[x.id] = x.title;
    }).catch(() => {});
    if ($("text").value) evaluateNow();
  });
})();
