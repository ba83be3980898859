// Behaviour shared by admin pages. A static file, not inline handlers: the site's Content-Security-Policy allows no
// inline script. A form or a submit button with data-confirm asks before the form is sent.
document.addEventListener('submit', event => {
    const form = event.target;
    const button = event.submitter;
    const question = (button && button.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
        event.preventDefault();
    }
});
