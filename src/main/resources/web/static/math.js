// PaperScope math: typesets the formulas a page marks as
//   <span class="math" data-tex="TeX source">Unicode form</span>
// with KaTeX, served by PaperScope itself (/static/katex/), loaded only on pages that have one
// (or when the summary editor's preview shows one: window.PaperScopeMath.typeset(element)).
// Every page reads without this file: the server writes each formula's Unicode form ("Adam⁺",
// "Õ(√T)"), and that form stays wherever KaTeX cannot parse the TeX (a paper's own macros).
(function () {
  "use strict";

  // A formula written against a word ("Adam$^+$:") must not wrap away from it: the word's end,
  // the formula and what follows up to the next space go into one unbreakable span.
  function glue(element) {
    var before = element.previousSibling;
    var after = element.nextSibling;
    var head = before && before.nodeType === Node.TEXT_NODE ? /\S+$/.exec(before.data) : null;
    var tail = after && after.nodeType === Node.TEXT_NODE ? /^\S+/.exec(after.data) : null;
    if (!head && !tail) {
      return;
    }
    var wrapper = document.createElement("span");
    wrapper.className = "math-glue";
    element.parentNode.insertBefore(wrapper, element);
    if (head) {
      wrapper.appendChild(before.splitText(head.index));
    }
    wrapper.appendChild(element);
    if (tail) {
      after.splitText(tail[0].length);
      wrapper.appendChild(after);
    }
  }

  // KaTeX builds its output through the DOM (element.style, not style attributes), which the
  // Content-Security-Policy (script-src 'self'; style-src 'self') allows. A display formula
  // (data-display="true", from a summary's $$…$$) is set on its own line.
  function typesetIn(root) {
    var formulas = root.querySelectorAll(".math[data-tex]:not(.math-typeset):not(.math-unicode)");
    formulas.forEach(function (element) {
      var display = element.getAttribute("data-display") === "true";
      try {
        window.katex.render(element.getAttribute("data-tex"), element, {
          displayMode: display,
          throwOnError: true,
          strict: "ignore",
          trust: false,
          maxSize: 10,
          maxExpand: 100
        });
        element.classList.add("math-typeset");
        if (!display) {
          glue(element);
        }
      } catch (error) {
        element.classList.add("math-unicode");
      }
    });
  }

  // KaTeX is loaded once, the first time a page has a formula; callbacks wait for both the
  // stylesheet and the script, so no half-styled formula shows.
  var loaded = false;
  var waitingCallbacks = null;
  function withKatex(callback) {
    if (loaded) {
      callback();
      return;
    }
    if (waitingCallbacks) {
      waitingCallbacks.push(callback);
      return;
    }
    waitingCallbacks = [callback];
    var waiting = 2;
    function arrived() {
      waiting -= 1;
      if (waiting === 0) {
        loaded = true;
        var callbacks = waitingCallbacks;
        waitingCallbacks = null;
        callbacks.forEach(function (cb) { cb(); });
      }
    }
    var stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = "/static/katex/katex.min.css";
    stylesheet.onload = arrived;
    stylesheet.onerror = arrived;
    document.head.appendChild(stylesheet);

    var script = document.createElement("script");
    script.src = "/static/katex/katex.min.js";
    script.onload = arrived;
    script.onerror = arrived;
    document.head.appendChild(script);
  }

  // The summary editor's live preview typesets what it inserts through this.
  window.PaperScopeMath = {
    typeset: function (root) {
      if (root.querySelector(".math[data-tex]")) {
        withKatex(function () { typesetIn(root); });
      }
    }
  };
  window.PaperScopeMath.typeset(document);
})();
