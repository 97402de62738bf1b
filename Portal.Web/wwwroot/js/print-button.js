// The print buttons of the printable pages (decisions, reports). An inline onclick would be refused by the content
// security policy (scripts from the portal's files only), and the button would do nothing.
document.addEventListener('click', e => {
    if (e.target instanceof Element && e.target.closest('[data-print]')) window.print();
});
