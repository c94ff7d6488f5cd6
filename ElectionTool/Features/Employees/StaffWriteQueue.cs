using System.Collections.Concurrent;
using System.Data.Common;
using ElectionTool.Data.Providers;

namespace ElectionTool.Features.Employees;

/// <summary>One open write transaction: every staff write runs its statements on this connection and transaction.</summary>
public sealed record StaffWriteSession(DbConnection Connection, DbTransaction Transaction, DatabaseEngine Engine) : IDisposable
{
    private readonly Dictionary<Type, IDisposable> _shared = [];

    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// One <typeparamref name="T"/> for every write of this transaction: prepared statements are compiled once per
    /// group commit instead of once per save. Disposed with the session.
    /// </summary>
    public T Shared<T>(Func<StaffWriteSession, T> create) where T : class, IDisposable
    {
        if (!_shared.TryGetValue(typeof(T), out var shared))
        {
            _shared[typeof(T)] = shared = create(this);
        }
        return (T)shared;
    }

    /// <summary>A statement compiled once per group transaction, with its parameters; the caller sets their values.</summary>
    public DbCommand Prepared(string sql, params string[] parameters)
    {
        var commands = Shared(_ => new PreparedCommands());
        if (!commands.TryGetValue(sql, out var command))
        {
            command = Command(sql);
            foreach (var name in parameters)
            {
                command.AddParameter(name, null);
            }
            Engine.Prepare(command);
            commands[sql] = command;
        }
        return command;
    }

    private sealed class PreparedCommands : Dictionary<string, DbCommand>, IDisposable
    {
        public void Dispose()
        {
            foreach (var command in Values)
            {
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// Runs one statement whose failure the caller handles (a UNIQUE clash). On PostgreSQL a failed statement
    /// spoils the transaction, so it gets its own savepoint there; SQLite undoes the statement by itself.
    /// </summary>
    public async Task<T> StatementAsync<T>(Func<Task<T>> statement, CancellationToken ct)
    {
        if (!Engine.FailedStatementAbortsTransaction)
        {
            return await statement();
        }
        await Transaction.SaveAsync("staff_row", ct);
        try
        {
            var result = await statement();
            await Transaction.ReleaseAsync("staff_row", ct);
            return result;
        }
        catch
        {
            await Transaction.RollbackAsync("staff_row", ct);
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var shared in _shared.Values)
        {
            shared.Dispose();
        }
        _shared.Clear();
    }
}

/// <summary>
/// Group commit for staff writes. SQLite has one writer: instead of each save opening its own transaction and
/// sleeping on SQLITE_BUSY while others write, saves queue here, and whoever finds the queue idle writes every save
/// waiting at that moment in one <c>BEGIN IMMEDIATE</c> transaction (one commit, one disk flush), each in its own
/// savepoint so a failing save is undone alone. One queue per database (per app server on PostgreSQL, where
/// several queues write side by side: rows are then claimed by their UNIQUE indexes and the office row's lock).
/// </summary>
public sealed class StaffWriteQueue
{
    private const int MaxBatch = 256;

    private static readonly ConcurrentDictionary<string, StaffWriteQueue> Queues = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly DatabaseEngine _engine;
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _pending = new();
    private bool _draining;
    private long _batches;
    private long _writes;

    private StaffWriteQueue(DatabaseEngine engine, string connectionString) => (_engine, _connectionString) = (engine, connectionString);

    public static StaffWriteQueue For(DatabaseEngine engine, string connectionString) =>
        Queues.GetOrAdd(engine.Provider + "|" + connectionString, _ => new StaffWriteQueue(engine, connectionString));

    /// <summary>Group transactions committed so far, and the writes they held (for the benches: how well saves are grouped).</summary>
    public (long Batches, long Writes) Written => (Interlocked.Read(ref _batches), Interlocked.Read(ref _writes));

    /// <summary>The queue of the database this context works on.</summary>
    public static StaffWriteQueue For(Microsoft.EntityFrameworkCore.DbContext db) =>
        For(DatabaseEngine.Of(db), Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!);

    private sealed record Pending(Func<StaffWriteSession, CancellationToken, Task<object?>> Work, TaskCompletionSource<object?> Done, CancellationToken Ct);

    /// <summary>Runs <paramref name="work"/> inside the next group transaction; its changes are committed when this returns.</summary>
    public async Task<T> RunAsync<T>(Func<StaffWriteSession, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var pending = new Pending(async (s, c) => await work(s, c), new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously), ct);
        bool lead;
        lock (_gate)
        {
            _pending.Enqueue(pending);
            lead = !_draining;
            _draining = true;
        }
        if (lead)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }
        return (T)(await pending.Done.Task)!;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }
                batch = [];
                while (_pending.Count > 0 && batch.Count < MaxBatch)
                {
                    batch.Add(_pending.Dequeue());
                }
            }
            await WriteBatchAsync(batch);
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        (object? Value, Exception? Error)[] results;
        try
        {
            // On PostgreSQL two writers can still meet in a deadlock (two app servers' batches, or a batch holding one
            // office's staff counts while a finalize of another office of the department waits): the database undoes
            // one of them, and that one writes its whole batch again.
            results = await _engine.RetryOnConflictAsync(_ => WriteOnceAsync(batch), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The commit (or opening the database) failed: nothing of this batch was written.
            foreach (var item in batch)
            {
                item.Done.TrySetException(e);
            }
            return;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                batch[i].Done.TrySetException(error);
            }
            else
            {
                batch[i].Done.TrySetResult(results[i].Value);
            }
        }
    }

    private async Task<(object? Value, Exception? Error)[]> WriteOnceAsync(List<Pending> batch)
    {
        var results = new (object? Value, Exception? Error)[batch.Count];
        var (connection, transaction) = await _engine.BeginWriteAsync(_connectionString, CancellationToken.None);
        await using var _ = connection;
        await using var __ = transaction;
        using var session = new StaffWriteSession(connection, transaction, _engine);
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (item.Ct.IsCancellationRequested)
            {
                results[i] = (null, new OperationCanceledException(item.Ct));
                continue;
            }
            await transaction.SaveAsync("staff_write");
            try
            {
                results[i] = (await item.Work(session, item.Ct), null);
                await transaction.ReleaseAsync("staff_write");
            }
            catch (Exception e) when (!_engine.IsTransientConflict(e))
            {
                await transaction.RollbackAsync("staff_write");
                await transaction.ReleaseAsync("staff_write");
                results[i] = (null, e);
            }
        }
        await transaction.CommitAsync();
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _writes, batch.Count);
        return results;
    }
}
