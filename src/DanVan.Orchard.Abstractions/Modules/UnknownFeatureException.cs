namespace DanVan.Orchard.Modules;

public sealed class UnknownFeatureException(string featureId)
    : Exception($"There is no feature '{featureId}'.")
{
    public string FeatureId { get; } = featureId;
}
