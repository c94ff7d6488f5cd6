using System.Collections.Concurrent;
using System.Data.Common;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ElectionTool.Features.Employees;

/// <summary>
/// Prepared INSERT and UPDATE statements for <see cref="Employee"/> rows, built from the EF model (column names
/// and value conversions), so a batch of thousands is written at the speed of SQLite rather than of the change
/// tracker, and a column added to the entity is written without touching this class.
/// </summary>
public sealed class StaffRowStore : IDisposable
{
    private static readonly ConcurrentDictionary<IModel, EntityColumns> Layouts = new();

    private readonly EntityColumns _columns;
    private readonly DbCommand _insert;
    private readonly DbCommand _update;

    public StaffRowStore(StaffWriteSession session, IModel model)
    {
        _columns = Layouts.GetOrAdd(model, m => EntityColumns.Of(m.FindEntityType(typeof(Employee))!));
        var names = _columns.Written.Select(c => c.Column).ToList();
        _insert = session.Command(
            $"INSERT INTO \"{_columns.Table}\" ({string.Join(", ", names.Select(Quote))}) VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))}) RETURNING \"Id\"");
        _update = session.Command(
            $"UPDATE \"{_columns.Table}\" SET {string.Join(", ", names.Select((n, i) => $"{Quote(n)} = @p{i}"))} WHERE \"Id\" = @id AND \"OfficeId\" = @office");
        foreach (var command in new[] { _insert, _update })
        {
            for (var i = 0; i < names.Count; i++)
            {
                command.AddParameter($"@p{i}", null);
            }
        }
        _update.AddParameter("@id", null);
        _update.AddParameter("@office", null);
        session.Engine.Prepare(_insert);
        session.Engine.Prepare(_update);
    }

    /// <summary>Inserts the employee and returns its new id. A UNIQUE clash raises the provider's exception (see <see cref="DatabaseEngine.IsUniqueClash"/>) and writes nothing.</summary>
    public async Task<int> InsertAsync(Employee employee, CancellationToken ct)
    {
        Bind(_insert, employee);
        return Convert.ToInt32(await _insert.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes every column of a stored employee of this office; false when the row is gone.</summary>
    public async Task<bool> UpdateAsync(Employee employee, CancellationToken ct)
    {
        Bind(_update, employee);
        _update.Parameters["@id"].Value = employee.Id;
        _update.Parameters["@office"].Value = employee.OfficeId;
        return await _update.ExecuteNonQueryAsync(ct) == 1;
    }

    private void Bind(DbCommand command, Employee employee)
    {
        for (var i = 0; i < _columns.Written.Count; i++)
        {
            command.Parameters[i].Value = _columns.Written[i].Value(employee);
        }
    }

    private static string Quote(string name) => $"\"{name}\"";

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
    }

    /// <summary>The entity's table and its written columns (every mapped property but the generated key).</summary>
    private sealed record EntityColumns(string Table, IReadOnlyList<WrittenColumn> Written)
    {
        public static EntityColumns Of(IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var written = type.GetProperties().Where(p => !p.IsPrimaryKey())
                .Select(p => new WrittenColumn(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter))
                .ToList();
            return new EntityColumns(type.GetTableName()!, written);
        }
    }

    private sealed record WrittenColumn(string Column, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object Value(Employee employee)
        {
            var value = Getter.GetClrValue(employee);
            if (value is not null && Converter is not null)
            {
                value = Converter.ConvertToProvider(value);
            }
            return value ?? DBNull.Value;
        }
    }
}
