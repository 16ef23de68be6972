// Shows the message of a refused HTMX request (HTMX does not swap error responses by default).
document.addEventListener("htmx:responseError", function (event) {
  var box = document.getElementById("htmx-error");
  if (!box) return;
  box.textContent = event.detail.xhr.responseText || "操作没有成功，请刷新页面后重试。";
  box.hidden = false;
  setTimeout(function () { box.hidden = true; }, 6000);
});

// Drag and drop onto an upload area fills its file input; the form is then submitted as usual.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-dropzone]").forEach(function (zone) {
    var input = zone.querySelector("input[type=file]");
    var chosen = zone.querySelector("[data-chosen]");
    function show() {
      var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
      chosen.textContent = names.length ? "已选择：" + names.join("，") : "";
    }
    input.addEventListener("change", show);
    zone.addEventListener("dragover", function (event) { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      zone.classList.remove("over");
      input.files = event.dataTransfer.files;
      show();
    });
  });
});

// A form with data-confirm asks before it is sent (no inline handlers: the pages forbid inline scripts).
document.addEventListener("submit", function (event) {
  var question = event.target.dataset && event.target.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// An upload form with data-upload-progress is sent in the background with a progress bar; once the server
// has queued the files, the browser goes to the batch's page (which follows the review); a refusal is
// shown in the form.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.hasAttribute || !form.hasAttribute("data-upload-progress") || event.defaultPrevented) return;
  event.preventDefault();
  var sending = form.querySelector("[data-sending]");
  var bar = sending.querySelector("progress");
  var label = sending.querySelector("span");
  var failure = form.querySelector("[data-send-error]");
  var button = form.querySelector("button[type=submit]");
  var request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.upload.addEventListener("progress", function (progress) {
    if (!progress.lengthComputable) return;
    var percent = Math.round(progress.loaded * 100 / progress.total);
    bar.value = percent;
    label.textContent = percent < 100 ? "正在上传 " + percent + "%" : "上传完毕，正在排队审核……";
  });
  request.addEventListener("load", function () {
    if (request.status === 200 && request.responseURL.indexOf("/reports/uploads/") >= 0) {
      window.location.assign(request.responseURL);
      return;
    }
    var page = new DOMParser().parseFromString(request.responseText, "text/html");
    var message = page.querySelector(".flash.error");
    failure.textContent = message ? message.textContent : request.responseText || "上传没有成功，请重试。";
    failure.hidden = false;
    sending.hidden = true;
    button.disabled = false;
  });
  request.addEventListener("error", function () {
    failure.textContent = "网络中断，上传没有完成，请重试。";
    failure.hidden = false;
    sending.hidden = true;
    button.disabled = false;
  });
  failure.hidden = true;
  sending.hidden = false;
  button.disabled = true;
  request.send(new FormData(form));
});

// An error page answering a form shows that form's address in the address bar again: reloading it
// then opens the form instead of sending it a second time.
document.addEventListener("DOMContentLoaded", function () {
  var back = document.querySelector("[data-replace-url]");
  if (back && window.history.replaceState) window.history.replaceState(null, "", back.dataset.replaceUrl);
});

// A form with data-unsaved-warning asks before the page is left with changes not yet saved (a link, the
// back button, closing the tab); saving it clears the mark. A form sent back with problems to correct is
// unsaved from the start (data-unsaved-warning="changed").
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form[data-unsaved-warning]");
  if (!form) return;
  var changed = form.dataset.unsavedWarning === "changed";
  function mark() { changed = true; }
  form.addEventListener("input", mark);
  form.addEventListener("change", mark);
  form.addEventListener("submit", function () { changed = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!changed) return;
    event.preventDefault();
    event.returnValue = "";
  });
});
