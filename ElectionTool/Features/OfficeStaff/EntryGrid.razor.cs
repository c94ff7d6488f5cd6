using ElectionTool.Features.Employees;
using ElectionTool.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace ElectionTool.Features.OfficeStaff;

/// <summary>
/// Keyboard-first bulk entry: one row per person, one text cell per prescribed column. Enter saves a row,
/// a paste of spreadsheet rows adds rows, Save all saves every filled row one by one.
/// </summary>
public sealed partial class EntryGrid : IAsyncDisposable
{
    [Inject] private EmployeeService Employees { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public required int OfficeId { get; set; }

    /// <summary>Rows were saved (the count): the staff list and the office's status should reload.</summary>
    [Parameter] public EventCallback<int> OnSaved { get; set; }

    private readonly List<EntryDraft> _rows = [new()];
    private ElementReference _table;
    private IJSObjectReference? _module;
    private DotNetObjectReference<EntryGrid>? _self;
    private (int Row, int Col)? _focus;
    private bool _savingAll;
    private int _done;
    private int _total;

    private List<EntryDraft> FilledRows => _rows.Where(r => !r.IsBlank).ToList();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/OfficeStaff/EntryGrid.razor.js");
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("attach", _table, _self);
            }
        }
        if (_focus is { } focus && _module is not null)
        {
            _focus = null;
            await _module.InvokeVoidAsync("focusCell", _table, focus.Row, focus.Col);
        }
    }

    private async Task SaveOneAsync(EntryDraft draft)
    {
        if (_savingAll)
        {
            return;
        }
        var index = _rows.IndexOf(draft);
        var outcome = await SaveAsync(draft);
        if (outcome is null)
        {
            return;
        }
        if (outcome.Succeeded)
        {
            Snackbar.Add(UiText.Format("Saved {0}.", draft.Input.Name.Trim()), Severity.Success);
            _focus = (Math.Min(index, _rows.Count - 1), 0);
            await OnSaved.InvokeAsync(1);
        }
        else
        {
            var firstBad = EmployeeColumns.All.ToList().FindIndex(c => outcome.ErrorFor(c.Key) is not null);
            _focus = (index, Math.Max(0, firstBad));
        }
    }

    private async Task SaveAllAsync()
    {
        var rows = FilledRows;
        (_savingAll, _done, _total) = (true, 0, rows.Count);
        var saved = 0;
        try
        {
            foreach (var draft in rows)
            {
                StateHasChanged();
                if (await SaveAsync(draft) is { Succeeded: true })
                {
                    saved++;
                }
                _done++;
            }
        }
        finally
        {
            _savingAll = false;
        }
        var left = rows.Count - saved;
        Snackbar.Add(left == 0 ? UiText.Format("Saved {0} row(s).", saved) : UiText.Format("Saved {0} row(s); {1} need correcting — see the red cells.", saved, left),
            left == 0 ? Severity.Success : Severity.Warning);
        if (saved > 0)
        {
            await OnSaved.InvokeAsync(saved);
        }
    }

    /// <summary>Saves one row; a saved row leaves the grid, a rejected one stays with its messages. Null when skipped.</summary>
    private async Task<RowOutcome?> SaveAsync(EntryDraft draft)
    {
        if (draft.IsBlank || draft.Saving)
        {
            return null;
        }
        draft.Saving = true;
        StateHasChanged();
        try
        {
            draft.Outcome = await Employees.SaveRowAsync(OfficeId, draft.Input, CancellationToken.None);
        }
        finally
        {
            draft.Saving = false;
        }
        if (draft.Outcome.Succeeded)
        {
            _rows.Remove(draft);
            KeepBlankRowAtBottom();
        }
        StateHasChanged();
        return draft.Outcome;
    }

    /// <summary>Called from EntryGrid.razor.js when spreadsheet rows are pasted into a cell.</summary>
    [JSInvokable]
    public async Task PasteRowsAsync(int row, int col, string text)
    {
        var pasted = EntryPaste.Parse(text, col);
        if (pasted.Count == 0)
        {
            return;
        }
        var at = Math.Clamp(row, 0, _rows.Count - 1);
        EntryPaste.MergeInto(_rows[at].Input, pasted[0]);
        _rows[at].Outcome = null;
        _rows[at].Touch();
        _rows.InsertRange(at + 1, pasted.Skip(1).Select(p => new EntryDraft { Input = p }));
        KeepBlankRowAtBottom();
        Snackbar.Add(UiText.Format("Pasted {0} row(s). Check them and press Save all.", pasted.Count), Severity.Info);
        await InvokeAsync(StateHasChanged);
    }

    private void KeepBlankRowAtBottom()
    {
        if (_rows.Count == 0 || !_rows[^1].IsBlank)
        {
            _rows.Add(new EntryDraft());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _table);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone; nothing to detach from.
            }
        }
        _self?.Dispose();
    }
}
