// The media field: when another picture is chosen, the alt-text box shows that picture's library text as its
// placeholder (the text used when the editor leaves the box empty).
document.addEventListener('change', function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio') {
        return;
    }

    var field = input.closest('[data-media-picker]');
    var alt = field && field.querySelector('[data-media-alt]');
    if (alt) {
        alt.placeholder = input.getAttribute('data-alt') || '';
    }
});
