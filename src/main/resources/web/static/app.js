// PaperScope progressive enhancement. Every page works without this file; it only adds:
// '/' focuses the search box, and abstracts in result lists start collapsed on small screens.
(function () {
  "use strict";

  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
      return;
    }
    var box = document.querySelector("input[data-focus-key='/']");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  function collapseAbstracts() {
    if (!window.matchMedia("(max-width: 40em)").matches) {
      return;
    }
    document.querySelectorAll(".hit details.abstract[open]").forEach(function (details) {
      details.removeAttribute("open");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", collapseAbstracts);
  } else {
    collapseAbstracts();
  }
})();
