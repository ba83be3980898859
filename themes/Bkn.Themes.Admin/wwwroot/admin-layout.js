// Responsive admin layout (a static file: the Content-Security-Policy allows no inline script).
// - On a phone the side menu folds behind the "Menu" button; without script it simply stays open.
// - Every table of the content area gets its own horizontal scroll container, so a wide table never widens the page.
document.documentElement.classList.add('js');

document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('.admin-bar .menu-button');
    const menu = document.getElementById('menu-admin');
    if (button && menu) {
        button.hidden = false;
        const setOpen = open => {
            document.body.classList.toggle('admin-menu-open', open);
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
        };
        button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
        document.addEventListener('keydown', event => {
            if (event.key === 'Escape' && document.body.classList.contains('admin-menu-open')) {
                setOpen(false);
                button.focus();
            }
        });
    }

    document.querySelectorAll('.admin-main table').forEach(table => {
        if (table.parentElement && table.parentElement.classList.contains('table-scroll')) {
            return;
        }
        const wrapper = document.createElement('div');
        wrapper.className = 'table-scroll';
        // Focusable so that keyboard users can scroll it; named after the table's caption when it has one.
        wrapper.tabIndex = 0;
        wrapper.setAttribute('role', 'region');
        const caption = table.querySelector('caption');
        wrapper.setAttribute('aria-label', caption ? caption.textContent.trim() : (document.documentElement.lang === 'en' ? 'Table' : 'Tabel'));
        table.parentNode.insertBefore(wrapper, table);
        wrapper.appendChild(table);
    });
});
