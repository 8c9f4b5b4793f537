// The evaluation report's filter: failed / passed, by type, and a search over each question's whole text.
// Passing questions start collapsed and failures expanded (the template sets that); a link to #q-ID opens it.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll(".q-row"));
  var status = document.getElementById("f-status");
  var type = document.getElementById("f-type");
  var search = document.getElementById("f-search");
  var count = document.getElementById("f-count");
  var none = document.getElementById("f-none");
  if (!status || !type || !search) return;
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase().replace(/\s+/g, " "); });

  function apply() {
    var wantStatus = status.value, wantType = type.value;
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var ok = (wantStatus === "all" || row.dataset.status === wantStatus) &&
        (!wantType || row.dataset.type === wantType) &&
        words.every(function (w) { return haystacks[i].indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " questions";
    none.hidden = shown > 0;
  }

  function setOpen(open) {
    rows.forEach(function (row) { if (!row.hidden) row.open = open; });
  }

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (row && row.classList.contains("q-row")) {
      row.hidden = false;
      row.open = true;
      row.scrollIntoView();
    }
  }

  status.addEventListener("change", apply);
  type.addEventListener("change", apply);
  search.addEventListener("input", apply);
  document.getElementById("f-open").addEventListener("click", function () { setOpen(true); });
  document.getElementById("f-close").addEventListener("click", function () { setOpen(false); });
  window.addEventListener("hashchange", openTarget);
  apply();
  openTarget();
})();
