namespace ElectionTool.Data.Entities;

public enum DepartmentCategory
{
    StateGovt,
    CentralGovt,
    StatePsu,
    CentralPsu,
    Bank,
    LocalBody,
    AidedInstitution,
    Other,
}

public class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DepartmentCategory Category { get; set; }
    public List<Office> Offices { get; set; } = [];
}
