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
