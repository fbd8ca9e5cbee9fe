namespace DanVan.Orchard.Tenancy;

/// <summary>
/// What setting up a tenant needs: the setup recipe first, then any others (e.g. sample-content), and the first
/// administrator. Without a password the administrator gets an invitation link to choose one. <see cref="Variables"/>
/// replace the recipe's variables of the same name (Orchard's <c>variables</c>, filled from a form or a CSV).
/// </summary>
public sealed record TenantSetupRequest(
    IReadOnlyList<string> Recipes,
    string? SiteName,
    string AdminUserName,
    string AdminEmail,
    string? AdminPassword,
    IReadOnlyDictionary<string, string>? Variables = null)
{
    /// <summary>
    /// The portal's address the invitation link is built on (the admin's or the CLI's, see
    /// <see cref="PublicAddress.PortalOrigin"/>); null: the configured one.
    /// </summary>
    public string? PortalOrigin { get; init; }

    /// <summary>Skip the recipes' unknown steps, feature ids and theme ids (one warning each) instead of refusing them.</summary>
    public bool Lenient { get; init; }

    /// <summary>Recipes already read (an imported export's), run in place of <see cref="Recipes"/>' names from the recipes folder.</summary>
    public IReadOnlyList<Recipes.RecipeDescriptor>? RecipeDocuments { get; init; }

    /// <summary>
    /// The recipes bring the users (an import): the administrator is only given <see cref="AdminPassword"/> (created if
    /// absent), and without a password the setup only checks that an administrator came with them.
    /// </summary>
    public bool ImportsUsers { get; init; }
}
