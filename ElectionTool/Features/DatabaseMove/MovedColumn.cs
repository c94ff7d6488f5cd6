using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ElectionTool.Features.DatabaseMove;

/// <summary>
/// One column as the move reads and writes it: read from either database as the model's stored type (e.g. a date
/// SQLite keeps as text comes back as a DateOnly), written to PostgreSQL with its native type, and put into one
/// canonical text for the checksum, so both sides of the move are compared value by value.
/// </summary>
internal abstract partial class MovedColumn(string name, string dataTypeName)
{
    public string Name { get; } = name;

    protected string DataTypeName { get; } = dataTypeName;

    public string Quoted => $"\"{Name}\"";

    public static MovedColumn For(IColumn column)
    {
        var type = Nullable.GetUnderlyingType(column.ProviderClrType) ?? column.ProviderClrType;
        // COPY wants the bare type name: "character varying", not "character varying(40)".
        var dataType = Facets().Replace(column.StoreType, "").Trim();
        return (MovedColumn)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(type), column.Name, dataType)!;
    }

    public abstract object? Read(DbDataReader reader, int ordinal);

    public abstract Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken ct);

    /// <summary>The value as the checksum sees it: the same text whichever database it came from.</summary>
    public static string Canonical(object? value) => value switch
    {
        null => "\u2400",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        decimal m => m.ToString("G29", CultureInfo.InvariantCulture),
        double f => f.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"\(.*\)")]
    private static partial Regex Facets();

    private sealed class Typed<T>(string name, string dataTypeName) : MovedColumn(name, dataTypeName)
    {
        public override object? Read(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

        public override Task WriteAsync(NpgsqlBinaryImporter importer, object? value, CancellationToken ct) =>
            value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync((T)value, DataTypeName, ct);
    }
}
