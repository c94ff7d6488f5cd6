// Print pages' "Print" button (an inline onclick would be refused by the Content-Security-Policy).
document.addEventListener('click', function (e) {
    if (e.target instanceof Element && e.target.closest('[data-print]')) {
        window.print();
    }
});
