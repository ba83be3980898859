// Behaviour of the public layout. A static file, not inline script: the site's Content-Security-Policy allows none.
// On a narrow screen the main navigation folds behind a "Menu" button so the content comes first. Without script the
// class below is never set and the navigation simply stays open.
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.menu-button');
    const header = document.querySelector('.site-header');
    if (!button || !header) {
        return;
    }

    button.hidden = false;
    const setOpen = open => {
        header.classList.toggle('menu-open', open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    };

    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', event => {
        if (event.key === 'Escape' && header.classList.contains('menu-open')) {
            setOpen(false);
            button.focus();
        }
    });
});
