// Print and one-click copy buttons. No third-party code: the page works without this file.
document.addEventListener('click', async (event) => {
  const print = event.target.closest('[data-print]');
  if (print) {
    window.print();
    return;
  }
  const copy = event.target.closest('[data-copy]');
  if (copy) {
    const source = document.getElementById(copy.getAttribute('data-copy'));
    const status = document.getElementById(copy.getAttribute('data-copy') + '-status');
    try {
      await navigator.clipboard.writeText(source.value ?? source.textContent);
      if (status) status.textContent = copy.getAttribute('data-done') || 'Tersalin.';
    } catch {
      source.select?.();
      if (status) status.textContent = copy.getAttribute('data-fail') || 'Salin manual (Ctrl+C).';
    }
  }
});
