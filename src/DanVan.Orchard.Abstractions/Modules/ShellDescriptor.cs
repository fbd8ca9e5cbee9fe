namespace DanVan.Orchard.Modules;

/// <summary>The document listing a tenant's enabled features (Orchard's shell descriptor).</summary>
public sealed class ShellDescriptor
{
    public const string DocumentId = "ShellDescriptor";

    public List<string> Features { get; set; } = [];
}
