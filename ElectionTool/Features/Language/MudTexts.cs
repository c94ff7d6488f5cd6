using System.Globalization;
using ElectionTool.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ElectionTool.Features.Language;

/// <summary>
/// MudBlazor's own words (pager, date picker, dialogs, file upload) from our resources: in Hindi the app's Hindi,
/// in English MudBlazor's own English (reported as not found, so MudBlazor falls back to it).
/// </summary>
public sealed class MudTexts : MudLocalizer
{
    /// <summary>MudBlazor's key → our resource key (the English text MudBlazor shows).</summary>
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["MudDataGridPager_RowsPerPage"] = T("Rows per page:"),
        ["MudDataGridPager_InfoFormat"] = T("{0}-{1} of {2}"),
        ["MudDataGridPager_AllItems"] = T("All"),
        ["MudDataGridPager_FirstPage"] = T("First page"),
        ["MudDataGridPager_PreviousPage"] = T("Previous page"),
        ["MudDataGridPager_NextPage"] = T("Next page"),
        ["MudDataGridPager_LastPage"] = T("Last page"),
        ["MudTablePager_FirstPage"] = T("First page"),
        ["MudTablePager_PreviousPage"] = T("Previous page"),
        ["MudTablePager_NextPage"] = T("Next page"),
        ["MudTablePager_LastPage"] = T("Last page"),
        ["MudPagination_FirstPage"] = T("First page"),
        ["MudPagination_PreviousPage"] = T("Previous page"),
        ["MudPagination_NextPage"] = T("Next page"),
        ["MudPagination_LastPage"] = T("Last page"),
        ["MudPagination_CurrentPage"] = T("Current page {0}"),
        ["MudPagination_PageIndex"] = T("Page {0}"),
        ["MudDataGrid_Loading"] = T("Loading..."),
        ["MudTable_Loading"] = T("Loading..."),
        ["MudDataGrid_Sort"] = T("Sort"),
        ["MudDataGrid_Unsort"] = T("Unsort"),
        ["MudDataGrid_Filter"] = T("Filter"),
        ["MudDataGrid_Apply"] = T("Apply"),
        ["MudDataGrid_Clear"] = T("Clear"),
        ["MudDataGrid_Cancel"] = T("Cancel"),
        ["MudDataGrid_Save"] = T("Save"),
        ["MudDataGrid_Hide"] = T("Hide"),
        ["MudDataGrid_Columns"] = T("Columns"),
        ["MudDataGrid_SelectAllRows"] = T("Select all rows"),
        ["MudDataGrid_SelectRow"] = T("Select row"),
        ["MudTable_SelectAllRows"] = T("Select all rows"),
        ["MudTable_SelectRow"] = T("Select row"),
        ["MudBaseDatePicker_PrevMonth"] = T("Previous month {0}"),
        ["MudBaseDatePicker_NextMonth"] = T("Next month {0}"),
        ["MudBaseDatePicker_PrevYear"] = T("Previous year {0}"),
        ["MudBaseDatePicker_NextYear"] = T("Next year {0}"),
        ["MudBaseDatePicker_Open"] = T("Open the calendar"),
        ["MudTimePicker_Open"] = T("Open the clock"),
        ["MudDialog_Close"] = T("Close dialog"),
        ["MudSnackbar_Close"] = T("Close"),
        ["MudAlert_Close"] = T("Close"),
        ["MudChip_Close"] = T("Close"),
        ["MudInput_Clear"] = T("Clear"),
        ["MudInput_Increment"] = T("Increase"),
        ["MudInput_Decrement"] = T("Decrease"),
        ["MudSelect_SelectAll"] = T("Select all"),
        ["MudFormComponent_Required"] = T("Required"),
        ["MudFileUpload_Button"] = T("Choose a file"),
        ["MudFileUpload_DragAndDrop"] = T("Drop the file here"),
        ["MudNavGroup_ToggleExpand"] = T("Open or close {0}"),
        ["MudStepper_Next"] = T("Next"),
        ["MudStepper_Previous"] = T("Previous"),
        ["Converter_InvalidNumber"] = T("Not a valid number"),
        ["Converter_InvalidDateTime"] = T("Not a valid date or time"),
        ["Converter_InvalidTimeSpan"] = T("Not a valid time"),
    };

    public override LocalizedString this[string key] => this[key, []];

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            if (!AppCultures.IsHindi(CultureInfo.CurrentUICulture) || !Keys.TryGetValue(key, out var english))
            {
                return new LocalizedString(key, key, resourceNotFound: true);
            }
            return new LocalizedString(key, arguments.Length == 0 ? UiText.Of(english) : UiText.Format(english, arguments));
        }
    }

    /// <summary>Whether MudBlazor's key has a text in our resources (for the tests).</summary>
    public static IReadOnlyCollection<string> Known => Keys.Keys;

    private static string T(string english) => english;
}
