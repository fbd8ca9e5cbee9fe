using DanVan.Orchard.Modules;

namespace DanVan.Orchard.Contents.Parts;

/// <summary>A part (by part name) or a field type (by field type name) with its handler and editor, owned by a feature.</summary>
public sealed class ContentElementRegistration(ContentElementKind kind, string name) : IFeatureBound
{
    public ContentElementKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Type? HandlerType { get; internal set; }

    public Type? EditorType { get; internal set; }

    public string? FeatureId { get; set; }
}
