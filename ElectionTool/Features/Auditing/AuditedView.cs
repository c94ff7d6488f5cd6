namespace ElectionTool.Features.Auditing;

/// <summary>
/// Marks a page or download that shows personal data (print pages, lists, orders, slips, import reports): each
/// successful view is written to the audit log by <see cref="AuditedViews"/>, so a page cannot forget to log itself.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class AuditedViewAttribute(string what) : Attribute
{
    /// <summary>What was viewed, in the office's words ("certified staff list", "appointment orders").</summary>
    public string What { get; } = what;
}

public static class AuditedViews
{
    /// <summary>After the endpoint runs: a 2xx answer from a marked endpoint is recorded (who, what, which address).</summary>
    public static IApplicationBuilder UseAuditedViews(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedViewAttribute>() is { } view
                && context.Response.StatusCode is >= 200 and < 300
                && context.User.Identity?.IsAuthenticated == true)
            {
                var audit = context.RequestServices.GetRequiredService<AccountAudit>();
                await audit.RecordAsync(context.User.Identity.Name ?? "unknown", "View " + view.What, context.Request.Path + context.Request.QueryString,
                    new { Path = context.Request.Path.Value }, entityType: "Personal data"); // English: audit entity type
            }
        });

    /// <summary>For minimal-API downloads: <c>.WithMetadata(AuditedViews.Of("import report"))</c>.</summary>
    public static AuditedViewAttribute Of(string what) => new(what);
}
