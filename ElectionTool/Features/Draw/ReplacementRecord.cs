using ElectionTool.Data;
using ElectionTool.Data.Entities;
using ElectionTool.Features.Auditing;

namespace ElectionTool.Features.Draw;

/// <summary>
/// How every replacement is kept, whatever the duty: a row beside the accepted run (which is never rewritten), orders
/// marked — the absent person's withdrawn, the incoming person's new, the rest of a party's reprinted — and one audit entry.
/// </summary>
public static class ReplacementRecord
{
    public static PartyReplacement Add(ElectionDbContext db, int electionId, long runId, int absent, int? incoming, int? partyNumber, string role, string unitCode,
        ReplacementKind kind, string reason, string user, DateTimeOffset now, IEnumerable<int> reprint, object audit)
    {
        var replacement = new PartyReplacement
        {
            RunId = runId,
            AbsentEmployeeId = absent,
            ReplacementEmployeeId = incoming,
            PartyNumber = partyNumber,
            Role = role,
            UnitCode = unitCode,
            Kind = kind,
            Reason = reason.Trim(),
            By = user,
            At = now,
        };
        db.Add(replacement);
        Mark(absent, ReprintKind.Cancelled);
        if (incoming is { } id)
        {
            Mark(id, ReprintKind.NewOrder);
            foreach (var other in reprint)
            {
                Mark(other, ReprintKind.Reprint);
            }
        }
        AuditLog.Record(db, user, "DrawReplacement", nameof(PartyReplacement), $"{absent}", after: audit);
        return replacement;

        void Mark(int employeeId, ReprintKind mark) =>
            db.Add(new OrderReprint { Replacement = replacement, ElectionId = electionId, EmployeeId = employeeId, PartyNumber = partyNumber, Kind = mark, MarkedAt = now });
    }
}
