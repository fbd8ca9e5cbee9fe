namespace DanVan.Orchard.Tenancy;

/// <summary>Endpoint metadata: the endpoint serves only a tenant that is not set up yet (the setup page).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SetupEndpointAttribute : Attribute;
