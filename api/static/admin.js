/* The administrator's page (/admin): documents, index status and feedback, through the admin API with the token
 * kept in this tab's sessionStorage only. No build step; every string from the server is inserted as text. */
(function () {
  "use strict";
  var TOKEN_KEY = "qa-admin-token";
  var POLL_MS = 500;
  var $ = function (id) { return document.getElementById(id); };

  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch (error) { return ""; }
  }

  function say(text, isError) {
    var message = $("message");
    message.textContent = text;
    message.className = isError ? "error" : "ok";
  }

  /** A call to the admin API; a refused token signs out with the server's reason. */
  function api(path, options) {
    options = options || {};
    options.headers = Object.assign({ Authorization: "Bearer " + token() }, options.headers || {});
    return fetch(path, options).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          signOut();
          throw new Error(body.error || "HTTP " + response.status);
        });
      }
      return response;
    });
  }

  function json(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (!response.ok) throw new Error(body.error || "HTTP " + response.status);
      return body;
    });
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "—" : String(text);
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function size(bytes, chars) {
    var parts = [];
    if (typeof bytes === "number") {
      parts.push(bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : bytes >= 1024 ? (bytes / 1024).toFixed(1) + " KB" : bytes + " B");
    }
    if (typeof chars === "number") parts.push(chars.toLocaleString() + " 字");
    return parts.join(" · ") || "—";
  }

  function when(iso) {
    if (!iso) return "—";
    var date = new Date(iso);
    return isNaN(date) ? iso : date.toLocaleString();
  }

  function showStatus(status) {
    var list = $("status");
    list.textContent = "";
    [["格式版本", status.format], ["嵌入模型", status.embedder + "（" + status.dim + " 維）"],
     ["向量索引", status.vector_index], ["文件數", status.documents], ["段落數", status.chunk_count],
     ["句子數", status.sentence_count], ["最近建立", when(status.built_at)],
     ["建立耗時", typeof status.build_seconds === "number" ? status.build_seconds + " 秒" : "—"]]
      .forEach(function (item) {
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = item[0];
        dd.textContent = item[1] === null || item[1] === undefined ? "—" : String(item[1]);
        dd.setAttribute("data-testid", "status-" + item[0]);
        list.appendChild(dt);
        list.appendChild(dd);
      });
  }

  function showDocuments(documents) {
    var body = $("documents");
    body.textContent = "";
    $("documents-caption").textContent = "共 " + documents.length + " 份文件";
    documents.forEach(function (doc) {
      var row = document.createElement("tr");
      row.setAttribute("data-testid", "document");
      row.setAttribute("data-id", doc.id);
      cell(row, doc.title);
      cell(row, doc.source);
      cell(row, size(doc.bytes, doc.chars), "num");
      cell(row, doc.chunks, "num");
      cell(row, when(doc.indexed_at));
      var actions = cell(row, "");
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "danger";
      remove.textContent = "刪除";
      remove.setAttribute("aria-label", "刪除 " + doc.title);
      remove.setAttribute("data-testid", "delete");
      remove.addEventListener("click", function () { confirmDelete(actions, remove, doc); });
      actions.appendChild(remove);
      body.appendChild(row);
    });
  }

  /** Deleting asks once more, in place: the button becomes 確定刪除 with a 取消 beside it. */
  function confirmDelete(actions, remove, doc) {
    remove.hidden = true;
    var sure = document.createElement("button");
    sure.type = "button";
    sure.className = "danger confirm";
    sure.textContent = "確定刪除「" + doc.title + "」";
    sure.setAttribute("data-testid", "confirm-delete");
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = "取消";
    cancel.addEventListener("click", function () { sure.remove(); cancel.remove(); remove.hidden = false; remove.focus(); });
    sure.addEventListener("click", function () {
      sure.disabled = cancel.disabled = true;
      say("正在刪除「" + doc.title + "」…");
      api("/v1/documents/" + encodeURIComponent(doc.id), { method: "DELETE" }).then(function (response) {
        if (!response.ok) return json(response);
      }).then(function () {
        say("已刪除「" + doc.title + "」。");
        return refresh();
      }).catch(function (error) {
        say("刪除失敗：" + error.message, true);
        sure.remove(); cancel.remove(); remove.hidden = false;
      });
    });
    actions.appendChild(sure);
    actions.appendChild(cancel);
    sure.focus();
  }

  function showFeedback(feedback) {
    $("feedback-counts").textContent = "共 " + feedback.total + " 筆，沒有幫助 " + feedback.not_helpful + " 筆，有幫助 " +
      feedback.helpful + " 筆（沒有幫助的排在前面）";
    var body = $("feedback");
    body.textContent = "";
    feedback.records.forEach(function (record) {
      var row = document.createElement("tr");
      row.setAttribute("data-testid", "feedback");
      cell(row, when(record.created_at));
      cell(row, record.helpful ? "有幫助" : "沒有幫助", record.helpful ? "" : "bad");
      cell(row, record.question);
      cell(row, record.answer);
      cell(row, record.comment);
      body.appendChild(row);
    });
  }

  var STATES = { queued: "排隊中", embedding: "嵌入中", publishing: "發布中", done: "完成", failed: "失敗" };

  function showJobs(jobs) {
    var body = $("jobs");
    body.textContent = "";
    jobs.slice().reverse().forEach(function (job) {
      var row = document.createElement("tr");
      row.setAttribute("data-testid", "job");
      cell(row, job.name);
      cell(row, STATES[job.state] || job.state, job.state === "failed" ? "bad" : "");
      cell(row, job.total === null || job.total === undefined ? "—" : job.done + "/" + job.total, "num");
      cell(row, when(job.created_at));
      cell(row, when(job.finished_at));
      cell(row, job.reason);
      body.appendChild(row);
    });
  }

  function refresh() {
    return Promise.all([api("/v1/index").then(json), api("/v1/documents").then(json),
                        api("/v1/feedback?limit=100").then(json), api("/v1/jobs").then(json)])
      .then(function (results) {
        showStatus(results[0]);
        showDocuments(results[1]);
        showFeedback(results[2]);
        showJobs(results[3]);
        $("login").hidden = true;
        $("console").hidden = false;
        $("sign-out").hidden = false;
      });
  }

  function progress(label, value, max) {
    $("progress-row").hidden = false;
    $("progress-label").textContent = label;
    $("progress").max = max || 100;
    $("progress").value = value;
  }

  /** Upload with progress: the bytes sent (XMLHttpRequest reports them; fetch does not), then the job's embedding
   * steps until it is published or fails. */
  function upload(event) {
    event.preventDefault();
    var file = $("file").files[0];
    if (!file) return;
    var form = new FormData();
    form.append("file", file);
    var request = new XMLHttpRequest();
    request.open("POST", "/v1/documents" + ($("replace").checked ? "?replace=true" : ""));
    request.setRequestHeader("Authorization", "Bearer " + token());
    request.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) progress("上傳中 " + file.name, e.loaded, e.total);
    });
    $("upload").disabled = true;
    request.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(request.responseText); } catch (error) { body = {}; }
      if (request.status === 202) { follow(body, file.name); return; }
      $("upload").disabled = false;
      $("progress-row").hidden = true;
      if (request.status === 401 || request.status === 403) signOut();
      say("上傳失敗：" + (body.error || "HTTP " + request.status), true);
    });
    request.addEventListener("error", function () {
      $("upload").disabled = false;
      say("上傳失敗：無法連線到服務。", true);
    });
    request.send(form);
  }

  function follow(job, name) {
    var label = STATES[job.state] || job.state;
    if (job.state === "done") {
      progress("已完成 " + name, 1, 1);
      say("已加入「" + name + "」（" + (job.chunks || 0) + " 個段落）。");
      $("upload").disabled = false;
      $("upload-form").reset();
      refresh();
      return;
    }
    if (job.state === "failed") {
      $("upload").disabled = false;
      $("progress-row").hidden = true;
      say("索引失敗：" + (job.reason || "未知原因"), true);
      refresh();
      return;
    }
    progress(label + " " + name + (job.total ? "（" + job.done + "/" + job.total + "）" : ""), job.done || 0, job.total || 1);
    setTimeout(function () {
      api("/v1/jobs/" + encodeURIComponent(job.id)).then(json).then(function (next) { follow(next, name); })
        .catch(function (error) { $("upload").disabled = false; say("無法取得工作狀態：" + error.message, true); });
    }, POLL_MS);
  }

  /** The export needs the token, so it is fetched and handed to the browser as a file. */
  function exportFeedback() {
    api("/v1/feedback/export").then(function (response) {
      if (!response.ok) return json(response);
      return response.blob().then(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = "feedback.jsonl";
        document.body.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
      });
    }).catch(function (error) { say("匯出失敗：" + error.message, true); });
  }

  function signIn(event) {
    event.preventDefault();
    try { sessionStorage.setItem(TOKEN_KEY, $("token").value.trim()); } catch (error) { /* storage disabled */ }
    $("token").value = "";
    refresh().then(function () { say("已登入。"); }, function (error) { say("無法登入：" + error.message, true); });
  }

  function signOut() {
    try { sessionStorage.removeItem(TOKEN_KEY); } catch (error) { /* storage disabled */ }
    $("console").hidden = true;
    $("sign-out").hidden = true;
    $("login").hidden = false;
  }

  $("login-form").addEventListener("submit", signIn);
  $("upload-form").addEventListener("submit", upload);
  $("export").addEventListener("click", exportFeedback);
  $("sign-out").addEventListener("click", function () { signOut(); say("已登出。"); $("token").focus(); });
  if (token()) refresh().catch(function (error) { say("無法載入：" + error.message, true); });
})();
