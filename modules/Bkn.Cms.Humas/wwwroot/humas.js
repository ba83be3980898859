// Print buttons, one-click copy and the live channel preview. No third-party code; pages work without it.
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
      if (status) status.textContent = copy.getAttribute('data-fail') || 'Salin manual (Ctrl+C).';
    }
  }
});

// In the content editor: the previews follow what the editor types.
document.querySelectorAll('[data-channel-preview]').forEach((preview) => {
  const bind = (sourceId, previewId, copyId, counter) => {
    const input = document.getElementById(sourceId);
    if (!input) return;
    const update = () => {
      document.getElementById(previewId).textContent = input.value;
      document.getElementById(copyId).value = input.value;
      if (counter) {
        const count = preview.querySelector('[data-count]');
        count.textContent = [...input.value].length;
        count.parentElement.classList.toggle('over', [...input.value].length > Number(preview.dataset.max));
      }
    };
    input.addEventListener('input', update);
  };
  bind(preview.dataset.socialSource, 'pratinjau-medsos', 'salin-medsos', true);
  bind(preview.dataset.waSource, 'pratinjau-wa', 'salin-wa', false);
});
