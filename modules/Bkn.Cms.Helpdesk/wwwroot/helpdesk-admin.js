// Keyboard shortcuts of the helpdesk queue and ticket pages: j/k move, Enter open, x select, / search, r reply, n note.
(function () {
  'use strict';
  function typing(e) { var t = e.target; return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable); }
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.hd-queue tbody tr[data-href]'));
  var current = -1;
  function focusRow(i) {
    if (!rows.length) { return; }
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r) { r.classList.remove('current'); });
    rows[current].classList.add('current');
    var link = rows[current].querySelector('a');
    if (link) { link.focus(); }
  }
  var all = document.getElementById('pilih-semua');
  if (all) {
    all.addEventListener('change', function () {
      document.querySelectorAll('table.hd-queue input[name=pilih]').forEach(function (c) { c.checked = all.checked; });
    });
  }
  document.querySelectorAll('select[data-canned]').forEach(function (select) {
    select.addEventListener('change', function () {
      var target = document.getElementById(select.getAttribute('data-canned'));
      var option = select.options[select.selectedIndex];
      if (target && option && option.getAttribute('data-body')) {
        target.value = (target.value ? target.value + '\n\n' : '') + option.getAttribute('data-body');
        target.focus();
      }
      select.selectedIndex = 0;
    });
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e)) { return; }
    if (e.key === '/') { var q = document.getElementById('q'); if (q) { e.preventDefault(); q.focus(); } }
    else if (e.key === 'j') { focusRow(current + 1); }
    else if (e.key === 'k') { focusRow(current - 1); }
    else if (e.key === 'x' && current >= 0) { var c = rows[current].querySelector('input[type=checkbox]'); if (c) { c.checked = !c.checked; } }
    else if (e.key === 'r') { var reply = document.getElementById('isi-balasan'); if (reply) { e.preventDefault(); reply.focus(); } }
    else if (e.key === 'n') { var note = document.getElementById('isi-catatan'); if (note) { e.preventDefault(); note.focus(); } }
  });
})();
