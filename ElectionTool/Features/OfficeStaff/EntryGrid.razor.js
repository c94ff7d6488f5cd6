// Bulk entry grid: a paste of spreadsheet rows into any cell is handed to .NET, which splits it into rows.
export function attach(table, dotnet) {
    const onPaste = e => {
        const cell = e.target.closest('input[data-col]');
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
        if (!cell || !text || (!text.includes('\t') && !text.trim().includes('\n'))) {
            return; // one value: let the input take it as typed
        }
        e.preventDefault();
        dotnet.invokeMethodAsync('PasteRowsAsync', parseInt(cell.dataset.row, 10), parseInt(cell.dataset.col, 10), text);
    };
    table._entryPaste = onPaste;
    table.addEventListener('paste', onPaste);
}

export function detach(table) {
    if (table && table._entryPaste) {
        table.removeEventListener('paste', table._entryPaste);
        delete table._entryPaste;
    }
}

export function focusCell(table, row, col) {
    const input = table && table.querySelector(`input[data-row="${row}"][data-col="${col}"]`);
    if (input) {
        input.focus();
        input.select();
    }
}
