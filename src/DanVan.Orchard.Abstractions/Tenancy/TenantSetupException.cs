namespace DanVan.Orchard.Tenancy;

/// <summary>Setup did not complete; the tenant is left Failed (or untouched for bad input) and can be set up again.</summary>
public sealed class TenantSetupException(string message, Exception? inner = null) : Exception(message, inner);
