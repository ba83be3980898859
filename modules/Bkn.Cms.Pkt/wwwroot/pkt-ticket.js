// Ticket page: print button, print once after taking a ticket at the kiosk, refresh while waiting.
(function () {
    'use strict';
    var script = document.currentScript;
    document.querySelectorAll('[data-print]').forEach(function (b) { b.addEventListener('click', function () { window.print(); }); });
    if (script && script.getAttribute('data-autoprint') === '1') {
        window.addEventListener('load', function () { setTimeout(function () { window.print(); }, 300); });
        if (window.history && window.history.replaceState) { window.history.replaceState(null, '', location.pathname); }
    }
    var page = document.querySelector('[data-refresh]');
    var seconds = page ? parseInt(page.getAttribute('data-refresh'), 10) : 0;
    if (seconds > 0) { setTimeout(function () { location.reload(); }, seconds * 1000); }
})();
