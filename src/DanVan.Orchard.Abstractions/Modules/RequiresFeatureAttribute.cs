namespace DanVan.Orchard.Modules;

/// <summary>Endpoint metadata: the endpoint answers 404 in tenants where the feature is off.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RequiresFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
