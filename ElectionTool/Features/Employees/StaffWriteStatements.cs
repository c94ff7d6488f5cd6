using System.Globalization;
using ElectionTool.Data.Entities;
using ElectionTool.Data.Providers;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ElectionTool.Features.Employees;

/// <summary>The few statements a staff write runs besides the rows themselves: claim the office, find a holder, audit.</summary>
internal static class StaffWriteStatements
{
    /// <summary>
    /// The first statement of every staff write: locks the office row until the write commits (PostgreSQL) and says
    /// whether its list is still open. Every writer of an office (staff writes, finalize, reopen) takes the office row
    /// before its staff rows and staff counts, so two of them never wait on each other in a circle.
    /// </summary>
    public static async Task<bool> LockOfficeAsync(StaffWriteSession s, int officeId, CancellationToken ct)
    {
        var command = s.Prepared("SELECT \"ListState\" FROM \"Offices\" WHERE \"Id\" = @id" + s.Engine.LockRowsClause, "@id");
        command.Parameters["@id"].Value = officeId;
        return await command.ExecuteScalarAsync(ct) is { } state && Convert.ToInt32(state, CultureInfo.InvariantCulture) != (int)StaffListState.Finalized;
    }

    /// <summary>
    /// Bumps the office's version (a finalize that read the list before this write then fails) and starts its list,
    /// unless it is finalized: false then, and the caller must undo its rows.
    /// </summary>
    public static async Task<bool> ClaimOfficeAsync(StaffWriteSession s, IModel model, int officeId, DateTimeOffset now, CancellationToken ct)
    {
        var command = s.Prepared(
            "UPDATE \"Offices\" SET \"Version\" = \"Version\" + 1, \"LastActivityAt\" = @now, " +
            "\"ListState\" = CASE WHEN \"ListState\" = @notStarted THEN @inProgress ELSE \"ListState\" END " +
            "WHERE \"Id\" = @id AND \"ListState\" <> @finalized", "@now", "@notStarted", "@inProgress", "@finalized", "@id");
        command.Parameters["@now"].Value = Provider<Office>(model, nameof(Office.LastActivityAt), now);
        command.Parameters["@notStarted"].Value = (int)StaffListState.NotStarted;
        command.Parameters["@inProgress"].Value = (int)StaffListState.InProgress;
        command.Parameters["@finalized"].Value = (int)StaffListState.Finalized;
        command.Parameters["@id"].Value = officeId;
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Who holds this EPIC or mobile now (read inside the write transaction, so it is the truth).</summary>
    public static async Task<Employee?> HolderAsync(StaffWriteSession s, string epic, string mobile, CancellationToken ct)
    {
        await using var command = s.Command(
            "SELECT e.\"Id\", e.\"Name\", e.\"Epic\", e.\"Mobile\", e.\"OfficeId\", o.\"Code\", o.\"Name\", o.\"Phone\" " +
            "FROM \"Employees\" e JOIN \"Offices\" o ON o.\"Id\" = e.\"OfficeId\" WHERE e.\"Epic\" = @epic OR e.\"Mobile\" = @mobile LIMIT 1");
        command.AddParameter("@epic", epic);
        command.AddParameter("@mobile", mobile);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        return new Employee
        {
            Id = reader.GetInt32(0),
            Name = reader.GetString(1),
            FatherOrHusbandName = "",
            Epic = reader.GetString(2),
            Mobile = reader.GetString(3),
            Designation = "",
            OfficeId = reader.GetInt32(4),
            Office = new Office { Id = reader.GetInt32(4), Code = reader.GetString(5), Name = reader.GetString(6), Phone = reader.GetString(7) },
        };
    }

    public static async Task AuditAsync(StaffWriteSession s, IModel model, string actor, string action, string key, string? before, string? after, DateTimeOffset at, CancellationToken ct)
    {
        var command = s.Prepared(
            "INSERT INTO \"AuditEntries\" (\"At\", \"UserName\", \"Action\", \"EntityType\", \"EntityKey\", \"Before\", \"After\") " +
            "VALUES (@at, @user, @action, 'Employee', @key, @before, @after)", "@at", "@user", "@action", "@key", "@before", "@after");
        command.Parameters["@at"].Value = Provider<AuditEntry>(model, nameof(AuditEntry.At), at);
        command.Parameters["@user"].Value = actor;
        command.Parameters["@action"].Value = action;
        command.Parameters["@key"].Value = key;
        command.Parameters["@before"].Value = (object?)before ?? DBNull.Value;
        command.Parameters["@after"].Value = (object?)after ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A value as the database stores it for this property (the model's value conversion).</summary>
    public static object Provider<TEntity>(IModel model, string property, object value) =>
        model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(value) ?? DBNull.Value
            : value;

}
