// PaperScope math: typesets the formulas a page marks as
//   <span class="math" data-tex="TeX source">Unicode form</span>
// with KaTeX, served by PaperScope itself (/static/katex/), loaded only on pages that have one.
// Every page reads without this file: the server writes each formula's Unicode form ("Adam⁺",
// "Õ(√T)"), and that form stays wherever KaTeX cannot parse the TeX (a paper's own macros).
(function () {
  "use strict";

  var formulas = document.querySelectorAll(".math[data-tex]");
  if (formulas.length === 0) {
    return;
  }

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
  // Content-Security-Policy (script-src 'self'; style-src 'self') allows.
  function typeset() {
    formulas.forEach(function (element) {
      try {
        window.katex.render(element.getAttribute("data-tex"), element, {
          throwOnError: true,
          strict: "ignore",
          trust: false,
          maxSize: 10,
          maxExpand: 100
        });
        element.classList.add("math-typeset");
        glue(element);
      } catch (error) {
        element.classList.add("math-unicode");
      }
    });
  }

  // Typeset once both the stylesheet and the script have arrived, so no half-styled formula shows.
  var waiting = 2;
  function arrived() {
    waiting -= 1;
    if (waiting === 0) {
      typeset();
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
  document.head.appendChild(script);
})();
