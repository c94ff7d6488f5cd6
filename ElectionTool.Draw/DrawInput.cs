namespace ElectionTool.Draw;

/// <summary>One person of the pool, as the draw sees them. Unit codes are the election's constituency units.</summary>
public sealed record DrawEmployee
{
    public required long Id { get; init; }
    /// <summary>For display only: ET-DRAW-2 never writes it into the input text, so a bundle carries no EPIC.</summary>
    public string Epic { get; init; } = "";

    /// <summary>For display only: ET-DRAW-2 never writes it into the input text, so a bundle carries no name.</summary>
    public string Name { get; init; } = "";
    public required long OfficeId { get; init; }
    public required string OfficeCode { get; init; }
    public required string DepartmentCode { get; init; }
    public required DrawGender Gender { get; init; }
    public required int PayLevel { get; init; }
    public required decimal BasicPay { get; init; }
    public bool Gazetted { get; init; }
    public bool Contractual { get; init; }
    public bool Disability { get; init; }
    public bool ExemptionApproved { get; init; }

    /// <summary>Null when no superannuation date applies; such a person is never excluded for retirement.</summary>
    public DateOnly? RetirementDate { get; init; }

    public string? VoterUnit { get; init; }
    public string? ResidenceUnit { get; init; }
    public string? HomeUnit { get; init; }
    public string? OfficeUnit { get; init; }

    /// <summary>Two people with the same non-empty key are a couple.</summary>
    public string? SpouseKey { get; init; }

    public bool OfficeFinalized { get; init; }
}

/// <summary>The election's draw rules.</summary>
public sealed record DrawSettings
{
    public required DateOnly PollDate { get; init; }
    public int RetirementMarginMonths { get; init; } = 6;
    public required int PresidingMinPayLevel { get; init; }
    public required int PollingOfficer1MinPayLevel { get; init; }
    public bool PresidingAllowGazetted { get; init; } = true;
    public bool IncludeFourthOfficer { get; init; }

    /// <summary>A station gets a 4th polling officer when its electors exceed this.</summary>
    public int FourthOfficerElectorsThreshold { get; init; }

    public int ReservePercent { get; init; } = 20;
    public bool NoSameDepartment { get; init; }
    public WomenRule WomenRule { get; init; } = WomenRule.None;
    public bool AllWomenForWomenManaged { get; init; } = true;
}

public sealed record DrawUnit(string Code, string Name);

public sealed record DrawStation(string UnitCode, int Number, string Name, int Electors, bool WomenManaged);

/// <summary>Everything a stage reads besides its seed and the previous stage's result.</summary>
public sealed record DrawInput
{
    public required string ElectionId { get; init; }
    public required DrawSettings Settings { get; init; }
    public required IReadOnlyList<DrawUnit> Units { get; init; }
    public required IReadOnlyList<DrawStation> Stations { get; init; }
    public required IReadOnlyList<DrawEmployee> Pool { get; init; }
}
