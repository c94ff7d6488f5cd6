using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ElectionTool.Tests.Features.DutyLookup;

/// <summary>A stand-in SMS gateway on a loopback port: records every request it receives.</summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSmsGateway(WebApplication app) => _app = app;

    public ConcurrentQueue<IQueryCollection> Received { get; } = new();
    public string Address => _app.Urls.First();

    /// <summary>When set, the gateway answers 503 as a gateway that is down or refuses the sender does.</summary>
    public bool Refuse { get; set; }

    public static async Task<FakeSmsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeSmsGateway(app);
        app.MapGet("/send", (HttpRequest request) =>
        {
            if (gateway.Refuse)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
            gateway.Received.Enqueue(request.Query);
            return Results.Text("Message accepted");
        });
        await app.StartAsync();
        return gateway;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
