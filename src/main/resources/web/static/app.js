// PaperScope progressive enhancement. Every page works without this file; it only adds:
// '/' focuses the search box, abstracts in result lists start collapsed on small screens, and the
// tag list follows the tag filter box as one types.
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

  // The server renders the filtered page (/tags?q=…); this fetches it as one types and swaps in
  // everything around the form, so the box keeps its focus and caret.
  function followTagFilter() {
    var form = document.querySelector("form.tag-filter");
    var page = form && form.parentElement;
    if (!page || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
      return;
    }
    var box = form.querySelector("input[name=q]");
    var timer = null;
    var latest = 0;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var params = new URLSearchParams(new FormData(form));
        if (!box.value.trim()) {
          params.delete("q");
        }
        var query = params.toString();
        var url = form.getAttribute("action") + (query ? "?" + query : "");
        var ticket = ++latest;
        fetch(url, { headers: { Accept: "text/html" } })
          .then(function (response) { return response.ok ? response.text() : null; })
          .then(function (html) {
            if (html === null || ticket !== latest) {
              return;
            }
            var fresh = new DOMParser().parseFromString(html, "text/html");
            var freshPage = fresh.querySelector("form.tag-filter");
            if (!freshPage) {
              return;
            }
            swapAround(page, form, freshPage.parentElement);
            document.title = fresh.title;
            history.replaceState(null, "", url);
          })
          .catch(function () { /* the Filter button still works */ });
      }, 250);
    });
  }

  function swapAround(page, form, freshPage) {
    Array.prototype.slice.call(page.children).forEach(function (child) {
      if (child !== form) {
        child.remove();
      }
    });
    var beforeForm = true;
    Array.prototype.slice.call(freshPage.children).forEach(function (child) {
      if (child.matches("form.tag-filter")) {
        beforeForm = false;
      } else if (beforeForm) {
        page.insertBefore(child, form);
      } else {
        page.appendChild(child);
      }
    });
  }

  function enhance() {
    collapseAbstracts();
    followTagFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
