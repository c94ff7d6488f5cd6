using ElectionTool.Draw;
using ElectionTool.Resources;
using Microsoft.Extensions.Options;

namespace ElectionTool.Features.Draw;

/// <summary>The <c>Draw</c> section of appsettings.json.</summary>
public sealed class DrawOptions
{
    public const string Section = "Draw";

    /// <summary>
    /// How long one run of the engine may take (a stage, its verification, an uploaded bundle's check) before it is stopped
    /// with nothing stored. A district's stage takes about a second; one that goes on for minutes is searching for an
    /// arrangement that its rules and pool do not allow.
    /// </summary>
    public double TimeLimitMinutes { get; set; } = 5;
}

/// <summary>An engine run that returned nothing: the Admin stopped it, or it reached <see cref="DrawOptions.TimeLimitMinutes"/>.</summary>
public sealed class DrawStoppedException(bool timedOut, string message) : DrawRefusedException(message)
{
    public bool TimedOut { get; } = timedOut;

    /// <summary>What the audit log records (English, like the whole log).</summary>
    public string AuditReason(double minutes) => TimedOut ? $"no result within the time limit of {minutes} minutes" : "stopped by the user"; // English: audit log text
}

/// <summary>
/// The one way the app runs the draw engine: off the caller's thread, stopped by <see cref="DrawStop"/> when the caller's
/// token is cancelled (the Stop button) or after <see cref="DrawOptions.TimeLimitMinutes"/>. A run that finishes is the
/// same as without the limit.
/// </summary>
public sealed class DrawEngineRunner(IOptions<DrawOptions> options, TimeProvider clock)
{
    public double LimitMinutes => options.Value.TimeLimitMinutes;

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken stop)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(LimitMinutes), clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, limit.Token);
        try
        {
            return await Task.Run(() => DrawStop.Within(either.Token, work), CancellationToken.None);
        }
        catch (OperationCanceledException) when (either.IsCancellationRequested)
        {
            throw stop.IsCancellationRequested ? ByUser() : new DrawStoppedException(true, UiText.Format(
                "The draw was stopped after {0} minutes without a result (Draw:TimeLimitMinutes in appsettings.json). Nothing was stored. Its rules are probably too tight for this pool: read the checks, ease the rule they name and run it again.",
                LimitMinutes));
        }
    }

    public static DrawStoppedException ByUser() => new(false, UiText.Of("The draw was stopped. Nothing was stored."));
}
