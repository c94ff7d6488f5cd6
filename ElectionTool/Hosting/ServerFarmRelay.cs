using System.Runtime.CompilerServices;
using System.Text.Json;
using ElectionTool.Data.Providers;
using ElectionTool.Features.Common;
using Npgsql;

namespace ElectionTool.Hosting;

/// <summary>
/// Live updates across app servers on PostgreSQL, by the database's own LISTEN/NOTIFY (no extra service to run,
/// unlike a Redis backplane): every change published on this server's buses (staff lists, finalize/reopen, draw
/// stages, elections, reminders) is sent as a NOTIFY; every other server LISTENs and publishes it on its own buses,
/// so dashboards open on server B move when an office finalizes through server A. On SQLite (one server) it does nothing.
/// </summary>
public sealed class ServerFarmRelay(IServiceProvider services, IConfiguration configuration, ILogger<ServerFarmRelay> logger) : BackgroundService
{
    public const string Channel = "electiontool_live";

    private readonly string _origin = Guid.NewGuid().ToString("N");
    private readonly List<IRelay> _relays = [];
    private NpgsqlDataSource? _source;

    /// <summary>True once this server LISTENs (tests wait for it).</summary>
    public bool Listening { get; private set; }

    private interface IRelay
    {
        string Name { get; }

        void Receive(string json);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!ServerFarmSetup.OnPostgreSql(services))
        {
            return;
        }
        _source = PostgreSqlEngine.DataSource(configuration.GetConnectionString("Default")!);
        Carry(services.GetRequiredService<Features.Employees.StaffListNotifier>());
        Carry(services.GetRequiredService<Features.Draw.DrawChanges>());
        Carry(services.GetRequiredService<Features.Elections.ElectionChanges>());
        Carry(services.GetRequiredService<Features.PendingOffices.OfficeReminders>());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                Listening = false;
                logger.LogWarning(e, "Lost the live-update channel to PostgreSQL; listening again in 2 s");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = await _source!.OpenConnectionAsync(ct);
        connection.Notification += (_, e) => Dispatch(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(ct);
        }
        Listening = true;
        while (!ct.IsCancellationRequested)
        {
            await connection.WaitAsync(ct);
        }
    }

    private void Dispatch(string payload)
    {
        try
        {
            var message = JsonSerializer.Deserialize<Message>(payload);
            if (message is null || message.Origin == _origin)
            {
                return;
            }
            _relays.FirstOrDefault(r => r.Name == message.Type)?.Receive(message.Json);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a live update that could not be read");
        }
    }

    private void Carry<T>(LiveUpdates<T> bus) where T : class
    {
        var relay = new Relay<T>(bus, this);
        _relays.Add(relay);
        bus.Subscribe(relay.SendAsync);
    }

    private async Task NotifyAsync(string type, string json)
    {
        if (_source is null)
        {
            return;
        }
        try
        {
            await using var command = _source.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new Message(_origin, type, json)));
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning(e, "Could not tell the other app servers about a live update ({Type})", type);
        }
    }

    private sealed record Message(string Origin, string Type, string Json);

    private sealed class Relay<T>(LiveUpdates<T> bus, ServerFarmRelay owner) : IRelay where T : class
    {
        // Changes that came from another server: published here, but not sent back out.
        private readonly ConditionalWeakTable<T, object> _received = [];

        public string Name => typeof(T).FullName!;

        public Task SendAsync(T change) =>
            _received.TryGetValue(change, out _) ? Task.CompletedTask : owner.NotifyAsync(Name, JsonSerializer.Serialize(change));

        public void Receive(string json)
        {
            if (JsonSerializer.Deserialize<T>(json) is { } change)
            {
                _received.Add(change, this);
                bus.Publish(change);
            }
        }
    }
}
