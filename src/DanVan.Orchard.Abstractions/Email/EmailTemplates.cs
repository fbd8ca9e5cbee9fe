namespace DanVan.Orchard.Email;

/// <summary>The messages the Email module has templates for, and the names of their values.</summary>
public static class EmailTemplates
{
    /// <summary>A new administrator is invited to choose a password: <see cref="Values.Link"/>, <see cref="Values.UserName"/>.</summary>
    public const string Invitation = "Invitation";

    /// <summary>A user asked to reset a forgotten password: <see cref="Values.Link"/>, <see cref="Values.UserName"/>.</summary>
    public const string PasswordReset = "PasswordReset";

    public static class Values
    {
        public const string Link = "Link";
        public const string UserName = "UserName";
    }
}
