// Keeps the "Indeks Pencarian" table current: polls the status endpoint every second (a static file, so the
// page works under the site's Content-Security-Policy, which allows no inline script).
(() => {
    const table = document.querySelector('table[data-status-url]');
    if (!table) return;
    const idle = table.dataset.idleText;
    async function poll() {
        try {
            const response = await fetch(table.dataset.statusUrl, { headers: { 'Accept': 'application/json' } });
            if (response.ok) {
                for (const s of await response.json()) {
                    const row = table.querySelector(`tr[data-index="${CSS.escape(s.name)}"]`);
                    if (!row) continue;
                    row.querySelector('[data-field=documents]').textContent = s.documents;
                    row.querySelector('[data-field=lag]').textContent = s.lag;
                    row.querySelector('[data-field=error]').textContent = s.lastError ?? '—';
                    const bar = row.querySelector('[data-field=progress]');
                    bar.hidden = !s.rebuilding;
                    bar.value = Math.floor(s.rebuildPercent);
                    row.querySelector('[data-field=progress-text]').textContent = s.rebuilding ? `${s.rebuildDone} / ${s.rebuildTotal}` : idle;
                }
            }
        } catch { /* next poll */ }
        setTimeout(poll, 1000);
    }
    setTimeout(poll, 1000);
})();
