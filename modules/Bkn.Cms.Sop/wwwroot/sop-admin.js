// SOP editor helpers: shows only the exits that fit the chosen symbol and refreshes the flowchart preview while the
// author types. Everything also works without this file (the row buttons post the form).
(function () {
    'use strict';
    var form = document.getElementById('sop-form');
    var preview = document.getElementById('sop-preview');
    if (!form || !preview) { return; }

    form.addEventListener('change', function (event) {
        var target = event.target;
        if (target && target.classList && target.classList.contains('sop-kind')) {
            var row = target.closest('.sop-row');
            if (row) {
                row.className = row.className.replace(/sop-kind-\w+/, 'sop-kind-' + target.value.toLowerCase());
            }
        }
        schedule();
    });
    form.addEventListener('input', schedule);

    var timer = null;
    var pending = null;
    function schedule() {
        if (timer) { clearTimeout(timer); }
        timer = setTimeout(refresh, 400);
    }

    function refresh() {
        if (pending) { pending.abort(); }
        pending = new AbortController();
        var data = new FormData(form);
        data.delete('Perintah');
        fetch(form.getAttribute('data-preview'), { method: 'POST', body: data, signal: pending.signal, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (svg) { if (svg) { preview.innerHTML = svg; } })
            .catch(function () { /* the preview is a convenience; the saved form is what counts */ });
    }
})();
