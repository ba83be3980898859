// Counter console: keyboard shortcuts (N call next, U recall, L skip, M start, S case record, A transfer), the
// documents checklist follows the chosen service, the helpdesk question follows the case notes, report bars take their width from data attributes.
(function () {
    'use strict';
    document.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.metaKey || e.altKey) { return; }
        var target = e.target;
        if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) { return; }
        var key = e.key.toLowerCase();
        var button = document.querySelector('button[data-key="' + key + '"]');
        if (button && !button.disabled) { e.preventDefault(); button.click(); return; }
        var field = document.querySelector('[data-key-focus="' + key + '"]');
        if (field) { e.preventDefault(); field.focus(); }
    });
    var select = document.getElementById('kasus-layanan');
    if (select) {
        select.addEventListener('change', function () {
            document.querySelectorAll('.pkt-docs').forEach(function (f) {
                var on = f.getAttribute('data-service') === select.value;
                f.hidden = !on;
                f.querySelectorAll('input').forEach(function (i) { i.disabled = !on; });
            });
        });
    }
    // The helpdesk question starts as the case notes being written, until staff edit it themselves.
    var notes = document.querySelector('#catatan-kasus textarea[name="catatan"]');
    var question = document.getElementById('helpdesk-pertanyaan');
    if (notes && question) {
        var edited = question.value !== '';
        question.addEventListener('input', function () { edited = true; });
        notes.addEventListener('input', function () { if (!edited) { question.value = notes.value; } });
        if (!edited) { question.value = notes.value; }
    }
    document.querySelectorAll('[data-width]').forEach(function (bar) { bar.style.width = bar.getAttribute('data-width') + '%'; });
})();
