namespace DanVan.Orchard.Tenancy;

/// <summary>A tenant request that cannot be honoured (bad name, taken prefix, wrong state…); the message says why.</summary>
public sealed class TenantValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
