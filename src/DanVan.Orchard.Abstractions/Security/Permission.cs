namespace DanVan.Orchard.Security;

/// <summary>Something a role may be allowed to do; <see cref="Name"/> is what recipes and role claims store.</summary>
public sealed record Permission(string Name, string Description, string Category);
