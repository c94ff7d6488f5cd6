using ElectionTool.Resources;
using MudBlazor;

namespace ElectionTool.Components.Shared;

public static class DialogExtensions
{
    /// <summary>Asks before a destructive or irreversible action; true only when the user confirms.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string? confirmText = null)
    {
        var answer = await dialogs.ShowMessageBoxAsync(title, message, yesText: confirmText ?? UiText.Of("Delete"), cancelText: UiText.Of("Cancel"));
        return answer == true;
    }
}
