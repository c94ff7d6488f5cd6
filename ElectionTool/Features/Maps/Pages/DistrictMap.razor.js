// The district map in the browser: drag to pan, wheel to zoom about the pointer. The view box changes at once on
// screen; when the gesture ends it is handed to .NET, which redraws line widths, tiles and the scale bar for it.
// Nothing here loads anything from any server.

export function attach(svg, dotnet, minWidth, maxWidth) {
    let drag = null;
    let dragged = false;
    let timer = 0;

    const view = () => svg.getAttribute('viewBox').split(/[\s,]+/).map(Number);
    const show = v => svg.setAttribute('viewBox', v.map(n => n.toFixed(2)).join(' '));
    const unitsPerPixel = v => {
        const r = svg.getBoundingClientRect();
        return Math.max(v[2] / r.width, v[3] / r.height);
    };
    const report = delay => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const v = view();
            dotnet.invokeMethodAsync('SetView', v[0], v[1], v[2], v[3]);
        }, delay);
    };
    const frame = () => {
        const r = svg.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
            dotnet.invokeMethodAsync('SetFrame', r.width, r.height);
        }
    };

    const down = e => {
        if (e.button !== 0) {
            return;
        }
        drag = { id: e.pointerId, x: e.clientX, y: e.clientY, v: view() };
        dragged = false;
    };
    const move = e => {
        if (!drag || e.pointerId !== drag.id) {
            return;
        }
        const dx = e.clientX - drag.x;
        const dy = e.clientY - drag.y;
        if (!dragged && Math.hypot(dx, dy) < 4) {
            return; // a click on a station, not a drag
        }
        if (!dragged) {
            dragged = true;
            svg.setPointerCapture(e.pointerId);
            svg.style.cursor = 'grabbing';
        }
        const k = unitsPerPixel(drag.v);
        show([drag.v[0] - dx * k, drag.v[1] - dy * k, drag.v[2], drag.v[3]]);
    };
    const up = e => {
        if (!drag || e.pointerId !== drag.id) {
            return;
        }
        drag = null;
        svg.style.cursor = 'grab';
        if (dragged) {
            report(0);
        }
    };
    // The click that ends a drag must not pick the station under the pointer.
    const click = e => {
        if (dragged) {
            e.stopPropagation();
            e.preventDefault();
            dragged = false;
        }
    };
    const wheel = e => {
        e.preventDefault();
        const v = view();
        const r = svg.getBoundingClientRect();
        const k = unitsPerPixel(v);
        const px = v[0] + (e.clientX - r.left - (r.width - v[2] / k) / 2) * k;
        const py = v[1] + (e.clientY - r.top - (r.height - v[3] / k) / 2) * k;
        const f = Math.min(Math.max(e.deltaY < 0 ? 0.8 : 1.25, minWidth / v[2]), maxWidth / v[2]);
        show([px - (px - v[0]) * f, py - (py - v[1]) * f, v[2] * f, v[3] * f]);
        report(200);
    };

    svg.addEventListener('pointerdown', down);
    svg.addEventListener('pointermove', move);
    svg.addEventListener('pointerup', up);
    svg.addEventListener('pointercancel', up);
    svg.addEventListener('click', click, true);
    svg.addEventListener('wheel', wheel, { passive: false });
    window.addEventListener('resize', frame);
    svg._districtMap = { down, move, up, click, wheel, frame };
    frame();
}

export function detach(svg) {
    const h = svg && svg._districtMap;
    if (!h) {
        return;
    }
    svg.removeEventListener('pointerdown', h.down);
    svg.removeEventListener('pointermove', h.move);
    svg.removeEventListener('pointerup', h.up);
    svg.removeEventListener('pointercancel', h.up);
    svg.removeEventListener('click', h.click, true);
    svg.removeEventListener('wheel', h.wheel);
    window.removeEventListener('resize', h.frame);
    delete svg._districtMap;
}
