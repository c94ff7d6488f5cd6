using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ElectionTool.Data.Providers;

/// <summary>
/// Migrations per provider in one assembly: SQLite's live in <c>Data/Migrations</c>, PostgreSQL's in
/// <c>Data/Migrations/PostgreSQL</c> (each with its own model snapshot, native types and indexes). Both carry
/// <c>[DbContext(typeof(ElectionDbContext))]</c>, so the context sees only those in its engine's namespace.
/// </summary>
public sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespace;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext)
    {
        _contextType = currentContext.Context.GetType();
        _namespace = DatabaseEngine.Of(currentContext.Context).MigrationsNamespace;
        Assembly = typeof(ElectionDbContext).Assembly;
        _migrations = new(() => new SortedList<string, TypeInfo>(
            Ours(typeof(Migration)).ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, t => t), StringComparer.Ordinal));
        _snapshot = new(() => Ours(typeof(ModelSnapshot)).Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!).FirstOrDefault());
    }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    public Assembly Assembly { get; }

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_') + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> Ours(Type baseType) =>
        Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(baseType)
            && t.Namespace == _namespace
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType is { } context && context.IsAssignableFrom(_contextType)
            && (baseType != typeof(Migration) || t.GetCustomAttribute<MigrationAttribute>() is not null));
}
