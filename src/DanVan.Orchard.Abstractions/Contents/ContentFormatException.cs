namespace DanVan.Orchard.Contents;

/// <summary>Content JSON that does not fit the content definition; <see cref="Field"/> is the JSON path of the bad value.</summary>
public sealed class ContentFormatException(string field, string reason) : Exception($"{field}: {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
