using ElectionTool.Features.Common;

namespace ElectionTool.Features.PendingOffices;

/// <summary>A nodal officer reminded this office.</summary>
public sealed record OfficeReminded(int OfficeId);

/// <summary>Tells the office's open screens (its staff page, the operator's home page) that a reminder arrived.</summary>
public sealed class OfficeReminders(ILogger<OfficeReminders> logger) : LiveUpdates<OfficeReminded>(logger);
