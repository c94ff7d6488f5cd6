using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ElectionTool.Features.DatabaseMove;

/// <summary>One table of the model: copied from SQLite into PostgreSQL with COPY, then counted and checksummed on both sides.</summary>
internal sealed class MovedTable
{
    private readonly IReadOnlyList<MovedColumn> _columns;
    private readonly int[] _keyOrdinals;

    public MovedTable(ITable table)
    {
        Name = table.Name;
        _columns = table.Columns.Select(MovedColumn.For).ToList();
        var keys = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [.. table.Columns.Select(c => c.Name)];
        _keyOrdinals = [.. keys.Select(k => _columns.ToList().FindIndex(c => c.Name == k))];
        // An integer key the database numbers: its sequence must continue after the copied rows.
        IdentityColumn = table.PrimaryKey?.Columns is [{ ProviderClrType: var t } key] && (t == typeof(int) || t == typeof(long))
            && key.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd) ? key.Name : null;
    }

    public string Name { get; }

    public string? IdentityColumn { get; }

    private string Select => $"SELECT {string.Join(", ", _columns.Select(c => c.Quoted))} FROM \"{Name}\"";

    /// <summary>Copies every row (in key order, so a row referring to an earlier row of its own table finds it).</summary>
    public async Task<long> CopyAsync(DbTransaction source, NpgsqlConnection target, CancellationToken ct)
    {
        await using var read = source.Connection!.CreateCommand();
        read.Transaction = source;
        read.CommandText = Select + (_keyOrdinals.Length > 0 ? " ORDER BY " + string.Join(", ", _keyOrdinals.Select(i => _columns[i].Quoted)) : "");
        await using var reader = await read.ExecuteReaderAsync(ct);
        await using var importer = await target.BeginBinaryImportAsync(
            $"COPY \"{Name}\" ({string.Join(", ", _columns.Select(c => c.Quoted))}) FROM STDIN (FORMAT BINARY)", ct);
        while (await reader.ReadAsync(ct))
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < _columns.Count; i++)
            {
                await _columns[i].WriteAsync(importer, _columns[i].Read(reader, i), ct);
            }
        }
        return (long)await importer.CompleteAsync(ct);
    }

    /// <summary>Rows and a SHA-256 over every row's canonical values, rows taken in key order (compared ordinally, not by collation).</summary>
    public async Task<(long Rows, string Checksum)> ChecksumAsync(DbConnection connection, DbTransaction? transaction, CancellationToken ct)
    {
        await using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = Select;
        await using var reader = await read.ExecuteReaderAsync(ct);
        var rows = new List<(string Key, string Row)>();
        var values = new string[_columns.Count];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                values[i] = MovedColumn.Canonical(_columns[i].Read(reader, i));
            }
            rows.Add((string.Join("\u241F", _keyOrdinals.Select(k => values[k])), string.Join("\u241F", values)));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey : string.CompareOrdinal(a.Row, b.Row));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, row) in rows)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(row + "\n"));
        }
        return (rows.Count, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>Makes the table's identity continue after the highest copied key.</summary>
    public async Task ContinueNumberingAsync(NpgsqlConnection target, CancellationToken ct)
    {
        if (IdentityColumn is null)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence('\"{Name}\"', '{IdentityColumn}'), COALESCE(MAX(\"{IdentityColumn}\"), 0) + 1, false) FROM \"{Name}\"", target);
        await command.ExecuteScalarAsync(ct);
    }

    /// <summary>The tables in an order where every table comes after those it refers to.</summary>
    public static IReadOnlyList<ITable> InDependencyOrder(IEnumerable<ITable> tables)
    {
        var ordered = new List<ITable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var pending = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable.Name == t.Name || placed.Contains(fk.PrincipalTable.Name))).ToList();
            if (ready.Count == 0)
            {
                ready = [pending[0]]; // a cycle between tables: none in this model, but never loop forever
            }
            foreach (var table in ready)
            {
                ordered.Add(table);
                placed.Add(table.Name);
                pending.Remove(table);
            }
        }
        return ordered;
    }
}
