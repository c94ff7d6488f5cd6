using ElectionTool.Data;
using ElectionTool.Features.Auditing;

namespace ElectionTool.Features.Common;

/// <summary>Create-or-update by code, audited; a snapshot record (value equality) tells whether anything changed.</summary>
public static class Upsert
{
    public static SaveOutcome Apply<TEntity, TSnapshot>(
        ElectionDbContext db, TEntity? existing, Func<TEntity> create, Action<TEntity> apply,
        Func<TEntity, TSnapshot> snapshot, string actor, string entityType, string key)
        where TEntity : class
    {
        if (existing is null)
        {
            var entity = create();
            apply(entity);
            db.Add(entity);
            AuditLog.Record(db, actor, "Create", entityType, key, null, snapshot(entity));
            return SaveOutcome.Created;
        }
        var before = snapshot(existing);
        apply(existing);
        var after = snapshot(existing);
        if (EqualityComparer<TSnapshot>.Default.Equals(before, after))
        {
            return SaveOutcome.Unchanged;
        }
        AuditLog.Record(db, actor, "Update", entityType, key, before, after);
        return SaveOutcome.Updated;
    }

    public static void Delete<TEntity, TSnapshot>(ElectionDbContext db, TEntity entity, Func<TEntity, TSnapshot> snapshot, string actor, string entityType, string key)
        where TEntity : class
    {
        AuditLog.Record(db, actor, "Delete", entityType, key, snapshot(entity));
        db.Remove(entity);
    }
}
