// Personnel import: a large file takes a while to upload and check, so the form says so while the request runs and
// its button cannot send the file twice. A static file (the Content-Security-Policy allows no inline script).
document.addEventListener('submit', event => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || !form.dataset.busy) {
        return;
    }

    const status = document.getElementById('import-busy');
    if (status) {
        status.textContent = form.dataset.busy;
        status.hidden = false;
    }

    form.querySelectorAll('button[type="submit"]').forEach(button => {
        // Disabled after the form data is taken, so the request still carries every field.
        window.setTimeout(() => { button.disabled = true; }, 0);
    });
});
