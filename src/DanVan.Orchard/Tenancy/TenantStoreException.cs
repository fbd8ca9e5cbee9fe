namespace DanVan.Orchard.Tenancy;

/// <summary>
/// The tenant store cannot be read (e.g. a hand-edited tenants.json that is no longer valid JSON). The message is one
/// line that names the file and the position, meant to be printed as it is.
/// </summary>
public sealed class TenantStoreException(string message, Exception? innerException = null) : Exception(message, innerException);
