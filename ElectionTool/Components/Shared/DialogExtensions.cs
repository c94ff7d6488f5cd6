using MudBlazor;

namespace ElectionTool.Components.Shared;

public static class DialogExtensions
{
    /// <summary>Asks before a destructive or irreversible action; true only when the user confirms.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText = "Delete")
    {
        var answer = await dialogs.ShowMessageBoxAsync(title, message, yesText: confirmText, cancelText: "Cancel");
        return answer == true;
    }
}
