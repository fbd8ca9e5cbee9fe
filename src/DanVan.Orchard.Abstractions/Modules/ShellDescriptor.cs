namespace DanVan.Orchard.Modules;

/// <summary>The document listing a tenant's enabled features (Orchard's shell descriptor).</summary>
public sealed class ShellDescriptor
{
    public const string DocumentId = "ShellDescriptor";

    // Built once per loaded descriptor: the cached document is read-only, and "is this feature on?" is asked several
    // times by every request (the endpoint gate, the layout, the menu, the content parts).
    private IReadOnlySet<string>? _enabled;

    public List<string> Features { get; set; } = [];

    /// <summary>The features as a case-insensitive set; read-only, like the cached document it comes from.</summary>
    public IReadOnlySet<string> EnabledSet() =>
        _enabled ??= Features.ToHashSet(StringComparer.OrdinalIgnoreCase);
}
