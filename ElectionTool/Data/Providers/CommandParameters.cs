using System.Data.Common;

namespace ElectionTool.Data.Providers;

/// <summary>Parameters on a provider-neutral command (ADO.NET's base classes have no AddWithValue).</summary>
public static class CommandParameters
{
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
