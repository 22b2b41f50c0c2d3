// PaperScope summary editor: a live preview of the Markdown as the page will show it, rendered
// and sanitised by the server (POST /summaries/preview, with the form's CSRF secret), then its
// formulas typeset. Without this script the editor's "Preview" button does the same by reloading.
(function () {
  "use strict";

  var form = document.querySelector("form.summary-editor");
  if (!form) {
    return;
  }
  var area = form.querySelector("textarea[name=markdown]");
  var preview = document.getElementById("preview");
  var csrf = form.querySelector("input[name=csrf]").value;
  var timer = null;
  var sent = 0;

  function refresh() {
    var mine = ++sent;
    var body = new URLSearchParams();
    body.set("markdown", area.value);
    fetch("/summaries/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      // An older answer arriving after a newer one is dropped.
      if (html === null || mine !== sent) {
        return;
      }
      preview.innerHTML = html; // sanitised by the server, as the saved summary will be
      if (window.PaperScopeMath) {
        window.PaperScopeMath.typeset(preview);
      }
    }).catch(function () { /* the preview button still works */ });
  }

  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  });
})();
