using ElectionTool.Data.Entities;
using ElectionTool.Resources;

namespace ElectionTool.Features.Employees;

/// <summary>
/// What a clerk is told when an EPIC or mobile is already in the district. An operator learns only which office
/// holds the person and how to call it — never the person's name or anything else from another office. The Admin
/// (and the IT cell's command line) sees the full picture.
/// </summary>
public static class HeldElsewhere
{
    /// <param name="what">"EPIC ABC1234567" or "Mobile 9876543210".</param>
    public static string Message(string what, Employee holder, int ownOfficeId, bool wholeDistrict)
    {
        if (holder.Id == 0)
        {
            return UiText.Format("{0} appears twice in this batch; the earlier row is kept.", what);
        }
        var office = holder.Office;
        if (holder.OfficeId == ownOfficeId)
        {
            return UiText.Format("{0} is already on this office's list ({1}).", what, holder.Name);
        }
        var phone = string.IsNullOrWhiteSpace(office?.Phone) ? UiText.Of("no phone on record") : UiText.Format("phone {0}", office!.Phone);
        return wholeDistrict
            ? UiText.Format("{0} is already entered for {1} by {2} ({3}, {4}).", what, holder.Name, office?.Name, office?.Code, phone)
            : UiText.Format("{0} is already entered by office {1} ({2}).", what, office?.Code, phone);
    }
}
