/* Policy-plan QA chat widget: one <script> tag adds a floating chat panel; <qa-chat> can also be placed inline.
 * Dependency-free web component in a Shadow DOM. Every string from the server is inserted as text, never as HTML. */
(function () {
  "use strict";
  if (window.customElements && window.customElements.get("qa-chat")) return;

  var script = document.currentScript;
  var scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var defaults = {
    api: (script && script.getAttribute("data-api")) || scriptOrigin,
    lang: (script && script.getAttribute("data-lang")) || document.documentElement.lang || "zh-Hant",
    title: script && script.getAttribute("data-title"),
    timeout: Number((script && script.getAttribute("data-timeout")) || 15000),
    maxChars: Number((script && script.getAttribute("data-max-chars")) || 500),
    historyTurns: Number((script && script.getAttribute("data-history")) || 6),
  };

  var STRINGS = {
    "zh-Hant": {
      title: "施政計畫問答", open: "開啟問答", close: "關閉", placeholder: "輸入問題，按 Enter 送出（Shift+Enter 換行）",
      send: "送出", thinking: "查詢中…", notInPlan: "計畫中沒有答案", sources: "出處", copy: "複製答案",
      copied: "已複製", helpful: "有幫助", notHelpful: "沒有幫助", thanks: "謝謝您的回饋", retry: "重試",
      down: "無法連線到問答服務，請稍後再試。",
      origin: "問答服務不接受來自本頁（{origin}）的提問：請洽系統管理員將此網址加入 QA_CORS_ORIGINS。", slow: "問答服務回應逾時，請稍後再試。", failed: "查詢失敗：",
      starters: ["哪個計畫補助低軌衛星的發展？", "台灣 2030 科技願景的三大願景是什麼？", "中興園區籌設計畫是什麼類別的計畫？"],
      intro: "請用中文或英文提問，答案直接摘自計畫原文並附出處。", quote: "引文", you: "您的問題", assistant: "回答",
      confidence: "信心", yes: "是", no: "否", count: "共 {n} 項",
      tooLong: "問題太長：請縮短到 {max} 字以內", comment: "哪裡不對？（選填）", sendComment: "送出意見",
      unsure: "可能不相關", unsureHelp: "這段摘錄與問題的關聯較弱，請核對出處。",
      reasons: { not_in_plan: "計畫中沒有答案", false_premise: "問題的前提與計畫不符", missing_fact: "計畫未寫出這項資訊",
                 off_topic: "與計畫無關" },
      interpreted: "理解為：", clarify: "請選擇您指的是哪一個", choices: "候選項目", newChat: "新對話",
      newChatHelp: "清除這段對話，重新開始（之後的問題不再接續前面的問題）",
    },
    en: {
      title: "Policy plan Q&A", open: "Open Q&A", close: "Close", placeholder: "Ask a question, Enter to send (Shift+Enter for a new line)",
      send: "Send", thinking: "Searching…", notInPlan: "Not in the plan", sources: "Sources", copy: "Copy answer",
      copied: "Copied", helpful: "Helpful", notHelpful: "Not helpful", thanks: "Thanks for your feedback", retry: "Retry",
      down: "The Q&A service cannot be reached. Please try again later.",
      origin: "The Q&A service does not accept questions from this page's origin ({origin}): ask the administrator to add it to QA_CORS_ORIGINS.", slow: "The Q&A service timed out. Please try again later.",
      failed: "The question failed: ",
      starters: ["Which program develops low Earth orbit satellites?", "What are the three visions of Taiwan's 2030 technology vision?",
                 "Which agency runs the Hsinchu Science Park construction program?"],
      intro: "Ask in Chinese or English; answers are quoted verbatim from the plan, with their sources.", quote: "Quote",
      you: "Your question", assistant: "Answer", confidence: "confidence", yes: "Yes", no: "No", count: "{n} in all",
      tooLong: "Question too long: please keep it within {max} characters", comment: "What was wrong? (optional)",
      sendComment: "Send feedback",
      unsure: "may be unrelated", unsureHelp: "The evidence for this extract is weak; check its source.",
      reasons: { not_in_plan: "Not in the plan", false_premise: "The question's premise is not in the plan",
                 missing_fact: "The plan does not give this fact", off_topic: "Not about the plan" },
      interpreted: "Interpreted as: ", clarify: "Which one do you mean?", choices: "Candidates", newChat: "New conversation",
      newChatHelp: "Clear this conversation and start again (later questions no longer follow on from earlier ones)",
    },
  };

  var STYLE = [
    ":host{all:initial;font-family:system-ui,'Noto Sans CJK TC','Noto Sans TC','Microsoft JhengHei',sans-serif;color:#1a1a1a;font-size:15px;line-height:1.5}",
    "*{box-sizing:border-box}",
    "button,textarea{font:inherit}",
    ":focus-visible{outline:3px solid #b35c00;outline-offset:2px}",
    ".launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;border:0;border-radius:28px;padding:12px 18px;background:#0b4f8a;color:#fff;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".launcher:hover{background:#083d6b}",
    ".panel{display:flex;flex-direction:column;background:#fff;border:1px solid #b8c2cc;border-radius:12px;overflow:hidden;width:100%;height:100%}",
    ":host([floating]) .panel{position:fixed;right:16px;bottom:80px;z-index:2147483000;width:min(400px,calc(100vw - 16px));height:min(600px,calc(100vh - 100px));box-shadow:0 8px 30px rgba(0,0,0,.3)}",
    ":host([floating]) .panel[hidden]{display:none}",
    "@media (max-width:480px){:host([floating]) .panel{right:8px;left:8px;bottom:72px;width:auto}}",
    ":host(:not([floating])){display:block;height:560px;max-width:100%}",
    ".head{display:flex;align-items:center;justify-content:space-between;padding:10px 14px;background:#0b4f8a;color:#fff}",
    ".head h2{margin:0;font-size:16px}",
    ".close{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.7);border-radius:6px;padding:2px 10px;cursor:pointer}",
    ".log{flex:1;overflow-y:auto;padding:12px 14px;display:flex;flex-direction:column;gap:10px}",
    ".intro{color:#404040;margin:0}",
    ".starters{display:flex;flex-direction:column;gap:6px}",
    ".starter{text-align:left;background:#eef4fa;border:1px solid #9fb6cc;color:#0b3a66;border-radius:8px;padding:6px 10px;cursor:pointer}",
    ".msg{border-radius:10px;padding:8px 10px;max-width:100%;overflow-wrap:anywhere;white-space:pre-wrap}",
    ".q{align-self:flex-end;background:#e2ecf6;color:#102a43}",
    ".a{align-self:stretch;background:#f6f7f9;border:1px solid #d5dbe1}",
    ".a.abstained{background:#fff8e6;border-color:#d9b45a}",
    ".label{font-size:12px;font-weight:600;color:#4a4a4a;display:block}",
    ".answer-text{font-weight:600;color:#102a43}",
    ".verdict{display:inline-block;margin-right:6px;padding:0 8px;border-radius:10px;color:#fff;font-weight:700}",
    ".verdict.yes{background:#1f6b35}",
    ".a.unsure{border-style:dashed}",
    ".count{display:block;font-size:12px;color:#4a4a4a;text-align:right}.count.over{color:#9b1c1c;font-weight:700}",
    ".tool svg{width:14px;height:14px;vertical-align:-2px;margin-right:3px;fill:currentColor}",
    ".tool[aria-pressed=true]{background:#0b4f8a;color:#fff}",
    ".comment{display:flex;gap:6px;margin-top:6px}.comment textarea{flex:1;font:inherit;min-height:2.2em}",
    ".hint{display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:#6b5200;color:#fff;font-size:12px}",
    ".verdict.no{background:#9b1c1c}",
    ".items{margin:2px 0 0;padding-left:1.3em;white-space:normal}",
    ".count{font-weight:600}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}",
    ".chip{border:1px solid #0b4f8a;background:#fff;color:#0b4f8a;border-radius:12px;padding:1px 10px;cursor:pointer;font-size:13px}",
    ".chip[aria-expanded=true]{background:#0b4f8a;color:#fff}",
    ".quote{margin:6px 0 0;border-left:3px solid #0b4f8a;padding:4px 8px;background:#fff;font-size:14px}",
    ".path{display:block;color:#4a4a4a;font-size:12px;margin-bottom:2px}",
    "mark{background:#ffe08a;color:#1a1a1a;padding:0 1px}",
    ".tools{display:flex;gap:6px;margin-top:6px;flex-wrap:wrap}",
    ".tool{border:1px solid #8a96a3;background:#fff;color:#1a1a1a;border-radius:6px;padding:1px 8px;cursor:pointer;font-size:13px}",
    ".status{font-size:12px;color:#2f5d2f}",
    ".error{background:#fdecea;border:1px solid #d9534f;color:#7a1c17}",
    ".busy{color:#404040;font-style:italic}",
    ".form{display:flex;gap:8px;padding:10px;border-top:1px solid #d5dbe1}",
    "textarea{flex:1;resize:none;min-height:44px;max-height:120px;border:1px solid #8a96a3;border-radius:8px;padding:8px;color:#1a1a1a;background:#fff}",
    ".send{border:0;border-radius:8px;background:#0b4f8a;color:#fff;padding:0 16px;font-weight:600;cursor:pointer}",
    ".send:disabled{background:#6b7c8c;cursor:wait}",
    ".interpreted{display:block;font-size:12px;color:#404040;font-style:italic;margin-top:4px}",
    ".choices{display:flex;flex-direction:column;gap:6px;margin-top:6px}",
    ".choice{text-align:left;background:#eef4fa;border:1px solid #0b4f8a;color:#0b3a66;border-radius:8px;padding:4px 10px;cursor:pointer}",
    ".a.clarify{background:#eef4fa;border-color:#0b4f8a}",
    ".new{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.7);border-radius:6px;padding:2px 10px;cursor:pointer;margin-left:auto;margin-right:8px}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
  ].join("\n");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var THUMB_UP = "M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3a1.5 1.5 0 0 0-.4-1L13.2 1 6.6 7.6A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z";
  var THUMB_DOWN = "M22 3h-4v12h4V3zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1l1.1 1.1 6.6-6.6A2 2 0 0 0 18 15V5a2 2 0 0 0-2-2H7a2 2 0 0 0-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z";

  /** An inline SVG icon (no emoji font needed), hidden from screen readers: the button's text names it. */
  function icon(path) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
    shape.setAttribute("d", path);
    svg.appendChild(shape);
    return svg;
  }

  function stringsFor(lang) {
    return /^en/i.test(lang || "") ? STRINGS.en : STRINGS["zh-Hant"];
  }

  /** The quote with the answer span wrapped in <mark>; text nodes only. */
  function quoteNodes(citation, answer) {
    var quote = String(citation.quote || "");
    var start = -1, end = -1;
    if (citation.answer_start != null && citation.answer_end != null) {
      start = citation.answer_start - citation.start;
      end = citation.answer_end - citation.start;
    }
    if (!(start >= 0 && end > start && end <= quote.length) && answer) {
      start = quote.indexOf(answer);
      end = start >= 0 ? start + answer.length : -1;
    }
    if (!(start >= 0 && end > start)) return [document.createTextNode(quote)];
    return [document.createTextNode(quote.slice(0, start)), el("mark", {}, quote.slice(start, end)),
            document.createTextNode(quote.slice(end))];
  }

  class QaChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.api = (this.getAttribute("api") || defaults.api).replace(/\/+$/, "");
      this.lang = this.getAttribute("lang") || defaults.lang;
      this.t = stringsFor(this.lang);
      this.heading = this.getAttribute("title") || defaults.title || this.t.title;
      this.timeout = Number(this.getAttribute("timeout") || defaults.timeout);
      this.historyTurns = Number(this.getAttribute("history") || defaults.historyTurns);
      this.maxChars = Number(this.getAttribute("max-chars") || defaults.maxChars);
      this.busy = false;
      this.storageKey = "qa-chat:" + this.api;
      this.render();
      this.restore();
    }

    render() {
      var t = this.t, self = this;
      var root = this.attachShadow({ mode: "open" });
      root.appendChild(el("style", {}, STYLE));
      var floating = this.hasAttribute("floating");
      var panelId = "qa-panel";
      if (floating) {
        this.launcher = el("button", { class: "launcher", type: "button", "data-testid": "qa-launcher", "aria-haspopup": "dialog",
                                       "aria-expanded": "false", "aria-controls": panelId, "aria-label": t.open }, this.heading);
        this.launcher.addEventListener("click", function () { self.toggle(); });
        root.appendChild(this.launcher);
      }
      var panel = el("section", { class: "panel", id: panelId, role: "dialog", "aria-modal": "false", "aria-labelledby": "qa-title" });
      if (floating) panel.hidden = true;
      var head = el("div", { class: "head" });
      head.appendChild(el("h2", { id: "qa-title" }, this.heading));
      var fresh = el("button", { class: "new", type: "button", "data-testid": "qa-new", title: t.newChatHelp }, t.newChat);
      fresh.addEventListener("click", function () { self.newConversation(); });
      head.appendChild(fresh);
      if (floating) {
        var close = el("button", { class: "close", type: "button", "aria-label": t.close }, "✕");
        close.addEventListener("click", function () { self.toggle(false); });
        head.appendChild(close);
      }
      panel.appendChild(head);
      this.log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0" });
      this.welcome();
      panel.appendChild(this.log);
      var form = el("form", { class: "form" });
      var label = el("label", { class: "sr", for: "qa-input" }, t.placeholder);
      this.input = el("textarea", { id: "qa-input", rows: "2", "data-testid": "qa-input", placeholder: t.placeholder,
                                    "aria-describedby": "qa-count" });
      this.count = el("span", { id: "qa-count", class: "count", "data-testid": "qa-count", "aria-live": "polite" },
                      "0/" + this.maxChars);
      this.input.addEventListener("input", function () { self.countChars(); });
      this.send = el("button", { class: "send", type: "submit", "data-testid": "qa-send" }, t.send);
      this.input.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          self.submit();
        }
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); self.submit(); });
      form.appendChild(label);
      form.appendChild(this.input);
      form.appendChild(this.send);
      form.appendChild(this.count);
      panel.appendChild(form);
      panel.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && floating) { event.stopPropagation(); self.toggle(false); }
      });
      root.appendChild(panel);
      this.panel = panel;
    }

    /** The introduction and the starter questions at the top of an empty conversation. */
    welcome() {
      var t = this.t, self = this;
      this.log.appendChild(el("p", { class: "intro" }, t.intro));
      var starters = el("div", { class: "starters" });
      t.starters.forEach(function (question) {
        var button = el("button", { class: "starter", type: "button", "data-testid": "qa-starter" }, question);
        button.addEventListener("click", function () { self.ask(question); });
        starters.appendChild(button);
      });
      this.log.appendChild(starters);
    }

    /** Forget this tab's conversation: later questions stand alone again. */
    newConversation() {
      try { sessionStorage.removeItem(this.storageKey); } catch (error) { /* storage disabled: nothing kept anyway */ }
      while (this.log.firstChild) this.log.removeChild(this.log.firstChild);
      this.welcome();
      this.input.focus();
    }

    /** The previous turns as the API takes them (oldest first): question, answer (null when none) and the chunk ids
     * of its citations; the server keeps no conversation, so any replica can answer any turn. */
    history() {
      return this.stored().slice(-this.historyTurns).map(function (item) {
        var answer = item.answer;
        return { question: item.question, answer: answer.abstained ? null : (answer.answer || null),
                 chunk_ids: (Array.isArray(answer.citations) ? answer.citations : [])
                   .map(function (citation) { return String(citation.chunk_id || ""); })
                   .filter(function (id) { return id; }) };
      });
    }

    /** This tab's conversation as stored: the turns that have a question and an answer (storage may be disabled,
     * full or edited by hand). */
    stored() {
      var turns = [];
      try { turns = JSON.parse(sessionStorage.getItem(this.storageKey) || "[]"); } catch (error) { turns = []; }
      return Array.isArray(turns) ? turns.filter(function (item) {
        return item && typeof item.question === "string" && item.answer;
      }) : [];
    }

    toggle(open) {
      if (!this.launcher) return;
      var show = open === undefined ? this.panel.hidden : open;
      this.panel.hidden = !show;
      this.launcher.setAttribute("aria-expanded", String(show));
      if (show) { this.scroll(); this.input.focus(); } else this.launcher.focus();
    }

    /** The character counter under the input: a warning, and no sending, past the service's limit (never a cut). */
    countChars() {
      var length = this.input.value.trim().length, over = length > this.maxChars;
      this.count.textContent = over ? this.t.tooLong.replace("{max}", this.maxChars) + "（" + length + "/" + this.maxChars + "）"
                                    : length + "/" + this.maxChars;
      this.count.classList.toggle("over", over);
      this.send.disabled = over || this.busy;
      return !over;
    }

    submit() {
      var question = this.input.value.trim();
      if (!question || this.busy || !this.countChars()) return;
      this.input.value = "";
      this.countChars();
      this.ask(question);
    }

    setBusy(busy) {
      this.busy = busy;
      this.send.disabled = busy || this.input.value.trim().length > this.maxChars;
      this.send.setAttribute("aria-busy", String(busy));
    }

    ask(question) {
      if (this.busy) return;
      this.addQuestion(question);
      this.request(question);
    }

    request(question) {
      var self = this, t = this.t;
      this.setBusy(true);
      var pending = el("div", { class: "msg a busy", role: "status" }, t.thinking);
      this.log.appendChild(pending);
      this.scroll();
      var controller = new AbortController();
      var timer = setTimeout(function () { controller.abort(); }, this.timeout);
      fetch(this.api + "/v1/ask", {
        method: "POST", headers: { "Content-Type": "application/json" }, signal: controller.signal,
        body: JSON.stringify({ question: question, lang: /^en/i.test(this.lang) ? "en" : "zh-Hant", history: this.history() }),
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) throw new Error(body.error || ("HTTP " + response.status));
          return body;
        });
      }).then(function (answer) {
        pending.remove();
        self.addAnswer(question, answer);
        self.remember(question, answer);
      }).catch(function (error) {
        if (error.name === "AbortError" || !(error instanceof TypeError)) {
          pending.remove();
          self.addError(question, error.name === "AbortError" ? t.slow : t.failed + error.message);
          return;
        }
        return self.reachable().then(function (up) {
          pending.remove();
          self.addError(question, up ? t.origin.replace("{origin}", location.origin) : t.down);
        });
      }).finally(function () {
        clearTimeout(timer);
        self.setBusy(false);
      });
    }

    /** Whether the service answers at all: a request it may not share with this page still arrives (no-cors),
     * so a refused cross-origin call on a live service is told apart from a service that is down. */
    reachable() {
      return fetch(this.api + "/healthz", { mode: "no-cors", cache: "no-store" })
        .then(function () { return true; }, function () { return false; });
    }

    addQuestion(question) {
      var node = el("div", { class: "msg q" });
      node.appendChild(el("span", { class: "sr" }, this.t.you + ": "));
      node.appendChild(document.createTextNode(question));
      this.log.appendChild(node);
      this.scroll();
    }

    addError(question, message) {
      var self = this;
      var node = el("div", { class: "msg a error", role: "alert", "data-testid": "qa-error" }, message);
      var retry = el("button", { class: "tool", type: "button", "data-testid": "qa-retry" }, this.t.retry);
      retry.addEventListener("click", function () { node.remove(); self.request(question); });
      var tools = el("div", { class: "tools" });
      tools.appendChild(retry);
      node.appendChild(tools);
      this.log.appendChild(node);
      this.scroll();
    }

    addAnswer(question, answer) {
      var t = this.t, self = this;
      var unsure = !answer.abstained && answer.low_confidence === true;
      var choices = Array.isArray(answer.clarify) ? answer.clarify.filter(function (c) { return typeof c === "string"; }) : [];
      var node = el("div", { class: "msg a" + (choices.length ? " clarify" : answer.abstained ? " abstained" : "") + (unsure ? " unsure" : ""),
                             "data-testid": "qa-answer", "data-abstained": String(Boolean(answer.abstained)),
                             "data-reason": answer.abstained && answer.reason ? String(answer.reason) : "" });
      node.appendChild(el("span", { class: "label" }, choices.length ? t.clarify
                          : answer.abstained ? (t.reasons[answer.reason] || t.notInPlan) : t.assistant));
      if (unsure) {
        node.appendChild(el("span", { class: "hint", "data-testid": "qa-hint", title: t.unsureHelp }, t.unsure));
      }
      node.appendChild(this.answerBody(answer));
      if (typeof answer.interpreted_as === "string" && answer.interpreted_as) {
        node.appendChild(el("span", { class: "interpreted", "data-testid": "qa-interpreted" }, t.interpreted + answer.interpreted_as));
      }
      if (choices.length) {
        var group = el("div", { class: "choices", role: "group", "aria-label": t.choices });
        choices.forEach(function (choice) {
          var button = el("button", { class: "choice", type: "button", "data-testid": "qa-choice" }, choice);
          button.addEventListener("click", function () { self.ask(choice); });
          group.appendChild(button);
        });
        node.appendChild(group);
      }
      var citations = choices.length ? [] : Array.isArray(answer.citations) ? answer.citations : [];
      if (citations.length) {
        var chips = el("div", { class: "chips", role: "group", "aria-label": t.sources });
        var quotes = el("div", {});
        citations.forEach(function (citation, index) {
          var page = typeof citation.page === "number" ? " · p. " + citation.page : "";
          var chip = el("button", { class: "chip", type: "button", "data-testid": "qa-citation", "aria-expanded": "false" },
                        "[" + (index + 1) + "] " + (citation.section && citation.section.length ? citation.section[citation.section.length - 1] : "") + page);
          var quote = el("blockquote", { class: "quote", "data-testid": "qa-quote" });
          quote.hidden = true;
          if (citation.title) {
            quote.appendChild(el("span", { class: "path", "data-testid": "qa-source" },
                                 citation.title + (typeof citation.page === "number" ? "，p. " + citation.page : "")));
          }
          quote.appendChild(el("span", { class: "path" }, (citation.section || []).join(" › ")));
          quoteNodes(citation, answer.answer).forEach(function (part) { quote.appendChild(part); });
          chip.addEventListener("click", function () {
            quote.hidden = !quote.hidden;
            chip.setAttribute("aria-expanded", String(!quote.hidden));
          });
          chips.appendChild(chip);
          quotes.appendChild(quote);
        });
        node.appendChild(chips);
        node.appendChild(quotes);
      }
      var tools = el("div", { class: "tools" });
      var status = el("span", { class: "status", role: "status" });
      if (!answer.abstained) {
        var copy = el("button", { class: "tool", type: "button", "data-testid": "qa-copy" }, t.copy);
        copy.addEventListener("click", function () { self.copy(answer.answer, status); });
        tools.appendChild(copy);
      }
      [[true, t.helpful, THUMB_UP], [false, t.notHelpful, THUMB_DOWN]].forEach(function (item) {
        var button = el("button", { class: "tool", type: "button", "aria-pressed": "false",
                                    "data-testid": item[0] ? "qa-up" : "qa-down" });
        button.appendChild(icon(item[2]));
        button.appendChild(document.createTextNode(item[1]));
        button.addEventListener("click", function () {
          button.setAttribute("aria-pressed", "true");
          tools.querySelectorAll("[data-testid=qa-up],[data-testid=qa-down]").forEach(function (b) { b.disabled = true; });
          if (item[0]) self.feedback(question, answer, true, "", status); else self.askComment(question, answer, status, tools);
        });
        tools.appendChild(button);
      });
      tools.appendChild(status);
      node.appendChild(tools);
      this.log.appendChild(node);
      this.scroll();
    }

    /** The answer: a verdict (是／否, Yes/No) before its supporting quote, a count (共 3 項) before the list it
     *  counts, a list as a list, else the text. */
    answerBody(answer) {
      var t = this.t;
      var body = el("div", { class: "answer-text", "data-testid": "qa-answer-text" });
      if (answer.abstained) {
        body.textContent = answer.message || t.notInPlan;
        return body;
      }
      if (answer.verdict === "yes" || answer.verdict === "no") {
        body.appendChild(el("span", { class: "verdict " + answer.verdict, "data-testid": "qa-verdict" },
                            answer.verdict === "yes" ? t.yes : t.no));
      }
      var items = Array.isArray(answer.items) ? answer.items.filter(function (item) { return typeof item === "string"; }) : [];
      if (typeof answer.count === "number") {
        body.appendChild(el("div", { class: "count", "data-testid": "qa-count" }, t.count.replace("{n}", String(answer.count))));
      }
      if (items.length > 1) {
        var list = el("ul", { class: "items", "data-testid": "qa-items" });
        items.forEach(function (item) { list.appendChild(el("li", {}, item)); });
        body.appendChild(list);
      } else {
        body.appendChild(document.createTextNode(String(answer.answer || "")));
      }
      return body;
    }

    copy(text, status) {
      var t = this.t;
      var done = function () { status.textContent = t.copied; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () {});
        return;
      }
      var area = el("textarea", {});
      area.value = text;
      this.shadowRoot.appendChild(area);
      area.select();
      try { document.execCommand("copy"); done(); } catch (error) { /* clipboard unavailable: nothing to report */ }
      area.remove();
    }

    /** After 👎: an optional comment, sent with the feedback (one record either way). */
    askComment(question, answer, status, tools) {
      var self = this, t = this.t;
      var form = el("form", { class: "comment" });
      var box = el("textarea", { "aria-label": t.comment, placeholder: t.comment, "data-testid": "qa-comment",
                                 maxlength: "2000" });
      var send = el("button", { class: "tool", type: "submit", "data-testid": "qa-comment-send" }, t.sendComment);
      form.appendChild(box);
      form.appendChild(send);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        send.disabled = true;
        self.feedback(question, answer, false, box.value.trim(), status);
        form.remove();
      });
      tools.appendChild(form);
      box.focus();
    }

    feedback(question, answer, helpful, comment, status) {
      var t = this.t;
      var body = { question: question, answer: answer.abstained ? null : answer.answer, helpful: helpful };
      if (comment) body.comment = comment;
      fetch(this.api + "/v1/feedback", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      }).then(function (response) { status.textContent = response.ok ? t.thanks : t.failed + response.status; },
              function () { status.textContent = t.down; });
    }

    scroll() {
      this.log.scrollTop = this.log.scrollHeight;
    }

    remember(question, answer) {
      var history = this.stored();
      history.push({ question: question, answer: answer });
      try {
        sessionStorage.setItem(this.storageKey, JSON.stringify(history.slice(-20)));
      } catch (error) { /* storage full or disabled: history is a convenience */ }
    }

    restore() {
      var self = this;
      this.stored().forEach(function (item) {
        self.addQuestion(item.question);
        self.addAnswer(item.question, item.answer);
      });
    }
  }

  customElements.define("qa-chat", QaChat);

  function install() {
    if (script && script.getAttribute("data-floating") === "false") return;
    var chat = document.createElement("qa-chat");
    chat.setAttribute("floating", "");
    document.body.appendChild(chat);
  }
  if (document.body) install(); else document.addEventListener("DOMContentLoaded", install);
})();
