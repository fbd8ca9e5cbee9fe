namespace DanVan.Search.Admin;

/// <summary>One district's line in the dashboard's index section; <see cref="NeedsAttention"/> lines come first.</summary>
public sealed record SearchDistrictIndexRow(string Name, string DisplayName, string State, bool NeedsAttention)
{
    public int? Documents { get; init; }

    /// <summary>Tasks the worker last found pending; null when it has not looked since the process started.</summary>
    public int? Pending { get; init; }

    public DateTime? UpdatedUtc { get; init; }
}
