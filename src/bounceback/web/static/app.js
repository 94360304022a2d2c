/* bounceback web: small enhancements over plain forms. No inline script anywhere (CSP). */
(function () {
  "use strict";

  function csrf() { return document.body.getAttribute("data-csrf") || ""; }

  function announce(text) {
    var live = document.getElementById("live");
    if (live) { live.textContent = ""; window.setTimeout(function () { live.textContent = text; }, 30); }
  }

  /* Board: drag-and-drop, and Alt+arrow keys on a focused card. Both call the same move URL
     as the card's own form, which also works without JavaScript. */
  function stages() {
    return Array.prototype.map.call(document.querySelectorAll(".column[data-stage]"),
      function (c) { return c.getAttribute("data-stage"); });
  }

  function moveCard(card, stage) {
    var id = card.getAttribute("data-id");
    var from = card.closest(".column").getAttribute("data-stage");
    if (!id || !stage || stage === from) { return Promise.resolve(false); }
    var body = new FormData();
    body.append("stage", stage);
    body.append("csrf_token", csrf());
    return fetch("/applications/" + encodeURIComponent(id) + "/move", {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf(), "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { announce(data.message || "That move did not work."); return false; }
        var column = document.querySelector('.column[data-stage="' + stage + '"] .cards');
        if (column) { column.insertBefore(card, column.firstChild); }
        var select = card.querySelector("select[name=stage]");
        if (select) { select.value = stage; }
        recount();
        announce(data.message || "Moved.");
        return true;
      });
    }).catch(function () { announce("That move did not work; is bounceback still running?"); return false; });
  }

  function recount() {
    document.querySelectorAll(".column[data-stage]").forEach(function (column) {
      var count = column.querySelector("[data-count]");
      if (count) { count.textContent = column.querySelectorAll(".kcard").length; }
    });
  }

  function setUpBoard() {
    var board = document.querySelector(".board[data-movable]");
    if (!board) { return; }
    var dragged = null;
    board.querySelectorAll(".kcard").forEach(function (card) {
      card.setAttribute("draggable", "true");
      card.addEventListener("dragstart", function (event) {
        dragged = card; card.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", card.getAttribute("data-id"));
      });
      card.addEventListener("dragend", function () { card.classList.remove("dragging"); dragged = null; });
      card.addEventListener("keydown", function (event) {
        if (!event.altKey || (event.key !== "ArrowRight" && event.key !== "ArrowLeft")) { return; }
        if (event.target !== card) { return; }
        event.preventDefault();
        var order = stages();
        var here = order.indexOf(card.closest(".column").getAttribute("data-stage"));
        var next = order[here + (event.key === "ArrowRight" ? 1 : -1)];
        if (next) { moveCard(card, next).then(function () { card.focus(); }); }
      });
    });
    board.querySelectorAll(".column[data-stage]").forEach(function (column) {
      column.addEventListener("dragover", function (event) {
        if (!dragged) { return; }
        event.preventDefault(); column.classList.add("drop-target");
      });
      column.addEventListener("dragleave", function () { column.classList.remove("drop-target"); });
      column.addEventListener("drop", function (event) {
        event.preventDefault(); column.classList.remove("drop-target");
        if (dragged) { moveCard(dragged, column.getAttribute("data-stage")); }
      });
    });
  }

  /* Forms that ask "are you sure?" first (deleting one application). */
  function setUpConfirms() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      var question = form.getAttribute && form.getAttribute("data-confirm");
      if (question && !window.confirm(question)) { event.preventDefault(); }
    }, true);
  }

  /* Range inputs show their value beside them. */
  function setUpRanges() {
    document.querySelectorAll("input[type=range][data-show]").forEach(function (input) {
      var out = document.getElementById(input.getAttribute("data-show"));
      function show() { if (out) { out.textContent = input.value; } }
      input.addEventListener("input", show); show();
    });
  }

  /* The writing exercise: a quiet timer the user may ignore or stop early. */
  function setUpTimer() {
    var timer = document.querySelector("[data-minutes]");
    if (!timer) { return; }
    var left = parseInt(timer.getAttribute("data-minutes"), 10) * 60;
    var started = false;
    var area = document.querySelector("textarea.writing");
    function show() {
      var m = Math.floor(left / 60), s = left % 60;
      timer.textContent = left > 0 ? m + ":" + (s < 10 ? "0" : "") + s + " left" : "Time is up; finish your sentence and save when you are ready.";
    }
    show();
    if (!area) { return; }
    area.addEventListener("input", function () {
      if (started) { return; }
      started = true;
      var tick = window.setInterval(function () { left -= 1; show(); if (left <= 0) { window.clearInterval(tick); } }, 1000);
    });
  }

  /* Charts take the page's colours (light or dark, from app.css) in place of the light theme
     they are drawn in for files (charts/theme.py: ink, muted, grid, paper), and on a narrow
     screen a layout of their own: the subtitle as text above the chart, the legend and the
     labels where they fit; a Sankey in a box that scrolls sideways. */
  var THEME = { "#33414e": "--text", "#6b7884": "--muted", "#e6eaee": "--line", "#ffffff": "--surface" };
  var NARROW = 600;

  function pageColours(fig) {
    var css = window.getComputedStyle(document.documentElement);
    var json = JSON.stringify(fig).replace(/"#(33414e|6b7884|e6eaee|ffffff)"/gi, function (found) {
      var value = css.getPropertyValue(THEME[found.slice(1, -1).toLowerCase()]).trim();
      return value ? JSON.stringify(value) : found;
    });
    return JSON.parse(json);
  }

  function wrapWords(text, width) {
    var lines = [], line = "";
    String(text).split(" ").forEach(function (word) {
      if (line && (line + " " + word).length > width) { lines.push(line); line = word; } else { line = line ? line + " " + word : word; }
    });
    if (line) { lines.push(line); }
    return lines.join("<br>");
  }

  function fitNarrow(el, fig) {
    var layout = fig.layout;
    var title = layout.title || {};
    var card = el.closest("section");
    var heading = card && card.querySelector("h2, h3");
    if (heading && title.text) {  // the title and subtitle as text above the chart, wrapped
      heading.classList.remove("sr-only");
      if (title.subtitle && title.subtitle.text) {
        var note = document.createElement("p");
        note.className = "muted small chart-note";
        note.textContent = title.subtitle.text.replace(/<br\s*\/?>/gi, " ");
        el.parentNode.insertBefore(note, el);
      }
      layout.title = { text: "" };
    }
    var sankey = fig.data.some(function (t) { return t.type === "sankey"; });
    if (sankey && !el.parentNode.classList.contains("chart-scroll")) {
      // Five columns of labels need more than a phone's width: the chart scrolls on its own.
      var scroller = document.createElement("div");
      scroller.className = "chart-scroll";
      scroller.setAttribute("tabindex", "0");
      scroller.setAttribute("aria-label", "The chart, wider than the screen: scroll sideways");
      el.parentNode.insertBefore(scroller, el);
      scroller.appendChild(el);
      var hint = document.createElement("p");
      hint.className = "muted small chart-note";
      hint.textContent = "Wider than your screen: swipe sideways to see it all.";
      scroller.parentNode.insertBefore(hint, scroller.nextSibling);
    }
    layout.width = null;
    layout.height = sankey ? 560 : Math.min(layout.height || 460, 460);
    layout.margin = { l: 8, r: 32, t: 12, b: 16, pad: 2 };
    Object.keys(layout).forEach(function (key) {
      var axis = layout[key];
      if (!/^[xy]axis\d*$/.test(key) || !axis) { return; }
      axis.automargin = true;
      if (axis.title && axis.title.text) { axis.title.text = wrapWords(axis.title.text, 30); }
    });
    var named = fig.data.filter(function (t) { return t.showlegend !== false && t.name; }).length;
    if (layout.showlegend !== false && named > 1) {  // one row per entry, above the plot
      layout.legend = Object.assign({}, layout.legend, { orientation: "h", x: 0, xanchor: "left", y: 1, yanchor: "bottom", font: { size: 12 } });
      layout.margin.t = 12 + 21 * named;
    }
    fig.data.forEach(function (trace) {
      if (trace.type === "sankey") {
        trace.textfont = Object.assign({}, trace.textfont, { size: 11 });
        trace.node = Object.assign({}, trace.node, { pad: 16, thickness: 12 });
      }
      if (trace.textposition === "outside" && Array.isArray(trace.text)) {  // "25 · 43% of ..." -> "25"
        trace.text = trace.text.map(function (t) { var n = String(t).match(/^[\d,.]+%?/); return n ? n[0] : t; });
      }
    });
    (layout.annotations || []).forEach(function (a) { if (a.font) { a.font.size = Math.min(a.font.size || 12, 11); } });
  }

  function fitChart(el, fig) {
    fig = pageColours({ data: fig.data || [], layout: fig.layout || {} });
    if (el.clientWidth < NARROW) { fitNarrow(el, fig); }
    return fig;
  }

  /* Charts: figures come as JSON from the server and are drawn with the local plotly.js. */
  function setUpCharts() {
    var charts = document.querySelectorAll("[data-chart]");
    if (!charts.length || typeof window.Plotly === "undefined") { return; }
    charts.forEach(function (el) {
      fetch(el.getAttribute("data-chart"), { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error("chart"); } return r.json(); })
        .then(function (fig) {
          el.textContent = "";
          fig = fitChart(el, fig);
          window.Plotly.newPlot(el, fig.data, fig.layout, { displayModeBar: false, displaylogo: false, responsive: true, showLink: false });
        })
        .catch(function () { el.textContent = "This chart could not be drawn."; });
    });
  }

  /* Links with data-copy copy a text (a message to a support person) to the clipboard. */
  function setUpCopy() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        if (!source || !navigator.clipboard) { return; }
        navigator.clipboard.writeText(source.value || source.textContent).then(function () { announce("Copied."); });
      });
    });
  }

  function start() { setUpBoard(); setUpConfirms(); setUpRanges(); setUpTimer(); setUpCharts(); setUpCopy(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  document.addEventListener("htmx:afterSwap", function () { setUpRanges(); });

  /* A part of a page that could not be loaded says so, instead of "Loading…" for ever. */
  function partFailed(event, words) {
    var target = event.detail && event.detail.target;
    if (!target) { return; }
    var note = document.createElement("p");
    note.className = "error-text";
    note.textContent = words;
    target.textContent = "";
    target.appendChild(note);
  }
  document.addEventListener("htmx:responseError", function (event) {
    partFailed(event, "This part could not be shown. Reload the page to try again.");
  });
  document.addEventListener("htmx:sendError", function (event) {
    partFailed(event, "bounceback did not answer. Is it still running?");
  });
})();
