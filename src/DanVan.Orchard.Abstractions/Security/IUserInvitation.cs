namespace DanVan.Orchard.Security;

/// <summary>
/// Invites an existing user of the current tenant to choose a password (the Users module implements it), so that a
/// module such as Tenants can invite a district's administrator without referencing the Users module.
/// </summary>
public interface IUserInvitation
{
    /// <summary>A one-time, tenant-relative link (no leading slash) for the user with this e-mail; null if there is none.</summary>
    Task<string?> CreateLinkAsync(string email, CancellationToken cancellationToken);
}
