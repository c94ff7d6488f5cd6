using ElectionTool.Data.Entities;

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
            return $"{what} appears twice in this batch; the earlier row is kept.";
        }
        var office = holder.Office;
        if (holder.OfficeId == ownOfficeId)
        {
            return $"{what} is already on this office's list ({holder.Name}).";
        }
        var phone = string.IsNullOrWhiteSpace(office?.Phone) ? "no phone on record" : $"phone {office!.Phone}";
        return wholeDistrict
            ? $"{what} is already entered for {holder.Name} by {office?.Name} ({office?.Code}, {phone})."
            : $"{what} is already entered by office {office?.Code} ({phone}).";
    }
}
