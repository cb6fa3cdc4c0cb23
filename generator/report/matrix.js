// Filters and sorting for matrix.html. State lives in the URL fragment
// (#status=failing&target=x&q=text&sort=-id) so a view is a link.
(function () {
  "use strict";
  var table = document.getElementById("matrix");
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  rows.forEach(function (r, i) { r._index = i; r._text = r.textContent.toLowerCase(); });
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var selects = Array.prototype.slice.call(document.querySelectorAll("#controls select"));
  var search = document.getElementById("q");
  var shown = document.getElementById("shown");
  var sort = "";

  function state() {
    var p = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) p.set(s.dataset.key, s.value); });
    if (search.value) p.set("q", search.value);
    if (sort) p.set("sort", sort);
    return p;
  }

  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, "") || location.search.replace(/^\?/, ""));
    selects.forEach(function (s) {
      var v = p.get(s.dataset.key) || "";
      s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : "";
    });
    search.value = p.get("q") || "";
    sort = p.get("sort") || "";
  }

  function writeHash() {
    var h = state().toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }

  function value(key) {
    var s = document.getElementById("f-" + key);
    return s ? s.value : "";
  }

  function apply() {
    var f = { status: value("status"), doc: value("doc"), section: value("section"), level: value("level"),
      actor: value("actor"), target: value("target"), result: value("result") };
    var q = search.value.trim().toLowerCase();
    table.querySelectorAll("[data-target]").forEach(function (c) {
      c.hidden = !!f.target && c.dataset.target !== f.target;
    });
    var n = 0;
    rows.forEach(function (r) {
      var d = r.dataset;
      var ok = (!f.status || d.status === f.status) && (!f.doc || d.doc === f.doc) &&
        (!f.section || d.section === f.section || d.section.indexOf(f.section + ".") === 0) &&
        (!f.level || d.level === f.level) && (!f.actor || d.actor === f.actor) &&
        (!q || r._text.indexOf(q) >= 0);
      if (ok && f.result) {
        ok = Array.prototype.some.call(r.querySelectorAll("td[data-target]"), function (c) {
          return (!f.target || c.dataset.target === f.target) && c.dataset.v === f.result;
        });
      }
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + " of " + rows.length + " statements";
    document.body.dataset.shown = String(n);
  }

  function key(r, col) {
    var c = r.cells[col];
    return c ? (c.dataset.k !== undefined ? c.dataset.k : c.textContent.trim()) : "";
  }

  function applySort() {
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    var desc = sort.charAt(0) === "-";
    var name = desc ? sort.slice(1) : sort;
    var col = heads.findIndex(function (h) { return (h.dataset.target || h.dataset.col) === name; });
    var order = rows.slice();
    if (col >= 0) {
      heads[col].setAttribute("aria-sort", desc ? "descending" : "ascending");
      order.sort(function (a, b) {
        var c = key(a, col).localeCompare(key(b, col), undefined, { numeric: true });
        return (desc ? -c : c) || a._index - b._index;
      });
    }
    order.forEach(function (r) { tbody.appendChild(r); });
  }

  heads.forEach(function (h) {
    h.addEventListener("click", function () {
      var name = h.dataset.target || h.dataset.col;
      sort = sort === name ? "-" + name : sort === "-" + name ? "" : name;
      applySort();
      writeHash();
    });
  });
  selects.forEach(function (s) { s.addEventListener("change", function () { apply(); writeHash(); }); });
  search.addEventListener("input", function () { apply(); writeHash(); });
  document.getElementById("reset").addEventListener("click", function () {
    selects.forEach(function (s) { s.value = ""; });
    search.value = "";
    sort = "";
    applySort();
    apply();
    writeHash();
  });
  window.addEventListener("hashchange", function () { readHash(); applySort(); apply(); });
  readHash();
  applySort();
  apply();
  document.body.dataset.ready = "1";
})();
