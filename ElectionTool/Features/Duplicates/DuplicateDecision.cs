namespace ElectionTool.Features.Duplicates;

public enum DuplicateAction
{
    KeepBoth,
    Merge,
    DeleteOther,
}

public sealed record DuplicateDecision(DuplicatePair Pair, DuplicateAction Action, DuplicatePerson? Keep);
