namespace DanVan.Orchard.Modules;

/// <summary>Declares a feature of the module assembly it is applied to (the module's manifest).</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id, string name) : Attribute
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Description { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public string[] Dependencies { get; init; } = [];

    /// <summary>Only the Default tenant (the provincial portal) may enable the feature.</summary>
    public bool DefaultTenantOnly { get; init; }

    /// <summary>The feature cannot be turned off (the admin and its users would lock themselves out).</summary>
    public bool IsAlwaysEnabled { get; init; }
}
