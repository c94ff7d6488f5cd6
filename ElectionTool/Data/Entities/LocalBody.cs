namespace ElectionTool.Data.Entities;

public enum LocalBodyKind
{
    NagarNigam,
    NagarPalika,
    NagarPanchayat,
    JanpadPanchayat,
    GramPanchayat,
}

public class LocalBody
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public LocalBodyKind Kind { get; set; }
    public List<ConstituencyUnit> Wards { get; set; } = [];
}
