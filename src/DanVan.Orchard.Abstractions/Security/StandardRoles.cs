namespace DanVan.Orchard.Security;

public static class StandardRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";

    /// <summary>Every signed-in user of the tenant is in this role.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Everybody, signed in or not, is in this role.</summary>
    public const string Anonymous = "Anonymous";
}
